/**
 * Returning builder rate (DESIGN.md §2): of the people who attended an event, the share who had
 * attended an earlier one. The series over events is the program's trend.
 */
import type { Event, Registration } from '../domain/schemas'
import { sortByStart } from '../events/event-time'
import { attendanceOf, eventsWithCheckInData } from './attendance-rule'

type OrderableEvent = Pick<Event, 'id' | 'start' | 'timeZone'>

export interface EventAttendance {
  eventId: string
  /** Ids of the people who attended, by the DESIGN.md §2 "Attended" rule. */
  attendees: Set<string>
  /** True where the event has no check-in data, so `going` registrations stood in for check-ins. */
  isEstimated: boolean
}

export interface ReturningBuilderRate {
  eventId: string
  attendees: number
  /** Attendees who attended any earlier event (the numerator). */
  returning: number
  /** Attendees seen at no earlier event: `attendees − returning`. */
  firstTimers: number
  /** `returning / attendees`; null when nobody attended, because 0 of 0 is no rate at all. */
  rate: number | null
  isEstimated: boolean
}

/**
 * Who attended each event, earliest event first (DESIGN.md §2: "Attended" = checked-in where the
 * event has check-in data; where it has none, registrations with status `going` count, and the
 * metric is labelled *estimated*. Events are ordered by start time).
 */
export function eventAttendance(
  events: readonly OrderableEvent[],
  registrations: readonly Registration[],
): EventAttendance[] {
  const checkInEventIds = eventsWithCheckInData(registrations)
  const attendeesByEvent = new Map<string, Set<string>>()
  for (const registration of registrations) {
    if (!attendanceOf(registration, checkInEventIds).isAttended) continue
    const attendees = attendeesByEvent.get(registration.eventId) ?? new Set<string>()
    attendees.add(registration.personId)
    attendeesByEvent.set(registration.eventId, attendees)
  }
  return sortByStart(events).map((event) => ({
    eventId: event.id,
    attendees: attendeesByEvent.get(event.id) ?? new Set<string>(),
    isEstimated: !checkInEventIds.has(event.id),
  }))
}

/**
 * Returning builder rate per event, earliest first (DESIGN.md §2: **Returning builder rate** of
 * event E = |attendees(E) who attended any earlier event| / |attendees(E)|; trend = the series over
 * events). The first event has no earlier one, so its rate is 0 whenever anyone attended.
 */
export function returningBuilderRates(
  events: readonly OrderableEvent[],
  registrations: readonly Registration[],
): ReturningBuilderRate[] {
  const seenBefore = new Set<string>()
  return eventAttendance(events, registrations).map(({ eventId, attendees, isEstimated }) => {
    let returning = 0
    for (const personId of attendees) if (seenBefore.has(personId)) returning += 1
    // Added after counting: attending this event must not make someone "returning" to it.
    for (const personId of attendees) seenBefore.add(personId)
    return {
      eventId,
      attendees: attendees.size,
      returning,
      firstTimers: attendees.size - returning,
      rate: attendees.size === 0 ? null : returning / attendees.size,
      isEstimated,
    }
  })
}
