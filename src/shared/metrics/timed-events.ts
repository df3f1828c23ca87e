/** Events with their start and end as epoch milliseconds, converted from venue time once. */
import type { Event } from '../domain/schemas'
import { eventEnd, eventStart } from '../events/event-time'

export interface TimedEvent {
  event: Event
  startsAt: number
  endsAt: number
}

/**
 * Events in start order (DESIGN.md §2: "Events are ordered by start time"), ties by id as
 * `sortByStart` breaks them, each converted once: venue-time conversion is the costly step.
 */
export function timedEvents(events: readonly Event[]): TimedEvent[] {
  return events
    .map((event) => ({
      event,
      startsAt: eventStart(event).getTime(),
      endsAt: eventEnd(event).getTime(),
    }))
    .sort((a, b) => a.startsAt - b.startsAt || a.event.id.localeCompare(b.event.id))
}

/** The event that ended most recently, at or before `now` (as `lastEndedEvent`, on converted times). */
export function lastEndedOf<T extends TimedEvent>(events: readonly T[], now: Date): T | null {
  let best: T | null = null
  for (const entry of events) {
    if (entry.endsAt <= now.getTime() && (best === null || entry.endsAt > best.endsAt)) best = entry
  }
  return best
}
