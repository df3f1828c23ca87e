/** Events with their start and end as epoch milliseconds, converted from venue time once. */
import type { Event } from '../domain/schemas'
import { wallClockToInstant } from '../events/event-time'

export interface TimedEvent {
  event: Event
  startsAt: number
  endsAt: number
}

/**
 * Venue wall-clock times already converted, by zone and time. The conversion asks Intl for the
 * zone's offset (about 20 µs); the metrics screen recomputes on every edit and every minute, and
 * an event's times rarely change. A wall-clock time in a zone is always the same instant, so the
 * answer never goes stale; clearing when full bounds the memory.
 */
const instants = new Map<string, number>()
const INSTANTS_KEPT = 20_000

function instantOf(local: string, timeZone: string): number {
  const key = `${timeZone} ${local}`
  let instant = instants.get(key)
  if (instant === undefined) {
    if (instants.size >= INSTANTS_KEPT) instants.clear()
    instant = wallClockToInstant(local, timeZone).getTime()
    instants.set(key, instant)
  }
  return instant
}

/**
 * Events in start order (DESIGN.md §2: "Events are ordered by start time"), ties by id as
 * `sortByStart` breaks them, each converted once: venue-time conversion is the costly step.
 */
export function timedEvents(events: readonly Event[]): TimedEvent[] {
  return events
    .map((event) => ({
      event,
      startsAt: instantOf(event.start, event.timeZone),
      endsAt: instantOf(event.end, event.timeZone),
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
