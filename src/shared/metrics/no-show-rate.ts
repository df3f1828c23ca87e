/** No-show rate: how many who said they were going did not come. */
import type { Event, Registration } from '../domain/schemas'
import { attendanceIndex, type AttendanceIndex } from './attendance-index'
import { ratio, type Ratio } from './ratio'

export interface EventNoShowRate {
  eventId: string
  /** Null for an event without check-in data: `going` says nothing about who stayed away. */
  rate: Ratio | null
}

/**
 * No-show rate of an event with check-in data = no-shows / (checked-in + no-shows), among people
 * with a `going` registration. Counted per person, so someone on two platforms' lists counts once,
 * and as checked in if either list says so. Events without check-in data have no rate (not an
 * estimate: there is nothing to estimate no-shows from).
 */
export function noShowRates(
  events: readonly Event[],
  registrations: readonly Registration[],
): EventNoShowRate[] {
  return noShowRatesFromIndex(attendanceIndex(events, registrations))
}

/** `noShowRates` over the attendance index, every event in start order. */
export function noShowRatesFromIndex(index: AttendanceIndex): EventNoShowRate[] {
  return index.events.map((entry) => ({
    eventId: entry.event.id,
    rate: entry.hasCheckInData
      ? ratio(entry.goingNoShows, entry.goingCheckedIn + entry.goingNoShows, false)
      : null,
  }))
}
