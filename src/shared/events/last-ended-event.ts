/** "The last event": the one that ended most recently, for the gates and the pipeline's cycle. */
import type { Event } from '../domain/schemas'
import { eventEnd } from './event-time'

/** The event that ended most recently, at or before `now`. */
export function lastEndedEvent(events: readonly Event[], now: Date): Event | null {
  let best: Event | null = null
  let bestEnd = Number.NEGATIVE_INFINITY
  for (const event of events) {
    const end = eventEnd(event).getTime()
    if (end <= now.getTime() && end > bestEnd) {
      best = event
      bestEnd = end
    }
  }
  return best
}
