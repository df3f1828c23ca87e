import type { ReviewResponses } from '../../shared/ipc/channels/review'
import type { Handlers, HandlerDeps } from './handler-types'

/** The review channels' handlers. */
export function reviewHandlers(_deps: HandlerDeps): Pick<Handlers, keyof ReviewResponses> {
  return {}
}
