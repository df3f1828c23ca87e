/** What a person page lists: every event a person registered for and how it turned out. */
import type { Event, Platform, Registration } from '../domain/schemas'
import { attendanceOf, isGoing } from '../metrics/attendance-rule'
import { isUpcomingEvent, type SummaryContext } from './people-queries'

/**
 * Registrations grouped by person, in one pass; built once so that summarising any one person
 * of 50,000 reads only their own registrations.
 */
export function registrationsByPerson(
  registrations: readonly Registration[],
): Map<string, Registration[]> {
  const byPerson = new Map<string, Registration[]>()
  for (const registration of registrations) {
    const list = byPerson.get(registration.personId)
    if (list === undefined) byPerson.set(registration.personId, [registration])
    else list.push(registration)
  }
  return byPerson
}

/**
 * How one registered event turned out for the person, best outcome first; `upcoming` is `going` to
 * an event that has not started yet: registered, neither attended nor a no-show.
 */
export const EVENT_OUTCOMES = [
  'attended',
  'upcoming',
  'no-show',
  'maybe',
  'invited',
  'waitlist',
  'unknown',
  'declined',
  'cancelled',
] as const
export type EventOutcome = (typeof EVENT_OUTCOMES)[number]

export interface PersonEventEntry {
  event: Event
  outcome: EventOutcome
  /** Attended only by the `going` stand-in: the event has no check-in data (DESIGN.md §2). */
  isEstimated: boolean
  /** The platforms the person registered through for this event, in first-seen order. */
  platforms: Platform[]
}

/**
 * Each event the person registered for, latest first, with its outcome (DESIGN.md §2: "Attended" =
 * checked-in where the event has check-in data; where it has none, status `going` counts and is
 * labelled estimated). Two registrations for one event (Luma and Meetup) are one entry with the
 * better outcome; a `going` registration that did not check in where check-ins were taken is a
 * no-show. `going` to an event that has not started by the context's `now` is upcoming, as the
 * journey funnel counts it. Registrations for events that no longer exist are left out.
 */
export function personEventHistory(
  registrations: readonly Registration[],
  context: SummaryContext,
): PersonEventEntry[] {
  const entries = new Map<string, PersonEventEntry & { startsAt: number }>()
  for (const registration of registrations) {
    const known = context.eventsById.get(registration.eventId)
    if (known === undefined) continue
    const isUpcoming = isUpcomingEvent(known.event.id, context)
    const attendance = attendanceOf(registration, context.checkInEventIds)
    const isAttended = !isUpcoming && attendance.isAttended
    const isEstimated = isAttended && attendance.isEstimated
    const outcome: EventOutcome = isAttended
      ? 'attended'
      : !isGoing(registration.status)
        ? registration.status
        : isUpcoming
          ? 'upcoming'
          : 'no-show'
    const entry = entries.get(known.event.id)
    if (entry === undefined) {
      entries.set(known.event.id, {
        event: known.event,
        outcome,
        isEstimated,
        platforms: [registration.platform],
        startsAt: known.startsAt,
      })
      continue
    }
    if (!entry.platforms.includes(registration.platform))
      entry.platforms.push(registration.platform)
    if (EVENT_OUTCOMES.indexOf(outcome) < EVENT_OUTCOMES.indexOf(entry.outcome)) {
      entry.outcome = outcome
      entry.isEstimated = isEstimated
    }
  }
  return [...entries.values()]
    .sort((a, b) => b.startsAt - a.startsAt || b.event.id.localeCompare(a.event.id))
    .map(({ startsAt: _startsAt, ...entry }) => entry)
}
