/** The event an import most likely belongs to when the organizer has not said. */
import type { Event } from '../domain/schemas'
import { eventEnd, eventStart } from './event-time'

/**
 * The event nearest to now: the one running now, else the one whose start or end is closest.
 * An export is downloaded either just before a night (RSVPs) or just after it (check-ins), so the
 * nearest night is the right guess either way; the organizer can still pick another.
 */
export function nearestEvent(events: readonly Event[], now: Date): Event | null {
  let best: Event | null = null
  let bestDistance = Infinity
  const at = now.getTime()
  for (const event of events) {
    const start = eventStart(event).getTime()
    const end = eventEnd(event).getTime()
    const distance = at < start ? start - at : at > end ? at - end : 0
    if (distance < bestDistance) {
      best = event
      bestDistance = distance
    }
  }
  return best
}
