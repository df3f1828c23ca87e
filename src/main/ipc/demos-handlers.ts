import type { DemosResponses } from '../../shared/ipc/channels/demos'
import type { Handlers, HandlerDeps } from './handler-types'

/** The demos channels' handlers. */
export function demosHandlers(_deps: HandlerDeps): Pick<Handlers, keyof DemosResponses> {
  return {}
}
