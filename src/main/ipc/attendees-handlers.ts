import type { AttendeesResponses } from '../../shared/ipc/channels/attendees'
import type { Handlers, HandlerDeps } from './handler-types'

/** The attendees channels' handlers. */
export function attendeesHandlers(_deps: HandlerDeps): Pick<Handlers, keyof AttendeesResponses> {
  return {}
}
