import type { RetrosResponses } from '../../shared/ipc/channels/retros'
import type { Handlers, HandlerDeps } from './handler-types'

/** The retros channels' handlers. */
export function retrosHandlers(_deps: HandlerDeps): Pick<Handlers, keyof RetrosResponses> {
  return {}
}
