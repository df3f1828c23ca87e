/** Finding people and summarising what they attended (DESIGN.md §2, "Attended"). */
import type { Event, Person, Registration } from '../domain/schemas'
import { eventStart } from '../events/event-time'
import { attendanceOf, eventsWithCheckInData } from '../metrics/attendance-rule'
import { foldText } from './resolve-identity'

/**
 * People whose name or an e-mail contains every word of the query, ignoring accents and case
 * ("jose" finds "José", "LUKASZ" finds "Łukasz"). Names that start with the query come first, then
 * names with a word starting with it, then the rest, each group in the given order.
 */
export function searchPeople(people: readonly Person[], query: string): Person[] {
  const folded = foldText(query)
  if (folded === '') return [...people]
  const words = folded.split(' ')
  const ranked: Person[][] = [[], [], []]
  for (const person of people) {
    const name = foldText(person.name)
    const emails = person.emails.map(foldText)
    const isMatch = words.every(
      (word) => name.includes(word) || emails.some((email) => email.includes(word)),
    )
    if (!isMatch) continue
    const rank = name.startsWith(folded) ? 0 : ` ${name}`.includes(` ${words[0] ?? ''}`) ? 1 : 2
    ranked[rank]?.push(person)
  }
  return ranked.flat()
}

// The attendance rule lives in one module; these names stay importable from here for callers.
export { attendanceOf, eventsWithCheckInData } from '../metrics/attendance-rule'

export interface AttendedEvent {
  eventId: string
  title: string
  /** Venue wall-clock start (`YYYY-MM-DDTHH:mm`). */
  start: string
  /** True when the event has no check-in data and `going` stood in for attendance. */
  isEstimated: boolean
}

export interface PersonSummary {
  personId: string
  /** Distinct events the person has any registration for, upcoming ones included. */
  eventsRegistered: number
  /** Of those, the events that have not started yet. */
  eventsUpcoming: number
  /** Distinct events attended, in start order; never one that has not started yet. */
  attended: AttendedEvent[]
  /** True when any attended event is estimated, so the count is labelled estimated. */
  isEstimated: boolean
  firstAttended: AttendedEvent | null
}

/** The part of a `SummaryContext` that does not depend on the clock. */
export interface AttendanceFacts {
  checkInEventIds: ReadonlySet<string>
  /** Each event with its start as epoch milliseconds, converted from venue time once. */
  eventsById: ReadonlyMap<string, { event: Event; startsAt: number }>
}

/** What summaries share across people; built once when summarising many. */
export interface SummaryContext extends AttendanceFacts {
  /**
   * The current time as epoch milliseconds. An event that starts after it is upcoming: being
   * `going` to it is a registration, not attendance, exactly as the journey funnel counts.
   */
  now: number
}

/** The clock-free part of `summaryContext`, computed once over all registrations and events. */
export function attendanceFacts(
  registrations: readonly Registration[],
  events: readonly Event[],
): AttendanceFacts {
  return {
    checkInEventIds: eventsWithCheckInData(registrations),
    eventsById: new Map(
      events.map((event) => [event.id, { event, startsAt: eventStart(event).getTime() }]),
    ),
  }
}

/** The shared part of `personSummary` at `now`, computed once over all registrations and events. */
export function summaryContext(
  registrations: readonly Registration[],
  events: readonly Event[],
  now: Date,
): SummaryContext {
  return { ...attendanceFacts(registrations, events), now: now.getTime() }
}

/** How many events have started by `now`: summaries at two times agree while it is the same. */
export function startedEventCount(facts: AttendanceFacts, now: Date): number {
  let started = 0
  for (const { startsAt } of facts.eventsById.values()) if (startsAt <= now.getTime()) started += 1
  return started
}

/** Whether the event has not started by the context's `now` (unknown events are not upcoming). */
export function isUpcomingEvent(eventId: string, context: SummaryContext): boolean {
  const known = context.eventsById.get(eventId)
  return known !== undefined && known.startsAt > context.now
}

/**
 * A person's events registered and attended, and the first event they attended (DESIGN.md §2:
 * "Attended" = checked-in where the event has check-in data; where it has none, status `going`
 * counts and is labelled estimated; events are ordered by start time). An event that has not
 * started by the context's `now` is upcoming and counts as registered only, as in the journey
 * funnel (DESIGN.md §1.9), so a person's count and their stage always agree. When summarising
 * many people, pass a `summaryContext` built once and only this person's registrations.
 */
export function personSummary(
  person: Person,
  registrations: readonly Registration[],
  context: SummaryContext,
): PersonSummary {
  const registered = new Set<string>()
  const upcoming = new Set<string>()
  const attended: (AttendedEvent & { startsAt: number })[] = []
  const attendedIds = new Set<string>()
  for (const registration of registrations) {
    if (registration.personId !== person.id) continue
    const known = context.eventsById.get(registration.eventId)
    if (known === undefined) continue
    registered.add(known.event.id)
    if (known.startsAt > context.now) {
      upcoming.add(known.event.id)
      continue
    }
    const { isAttended, isEstimated } = attendanceOf(registration, context.checkInEventIds)
    // Two registrations for one event (on Luma and on Meetup) are one event attended.
    if (!isAttended || attendedIds.has(known.event.id)) continue
    attendedIds.add(known.event.id)
    attended.push({
      eventId: known.event.id,
      title: known.event.title,
      start: known.event.start,
      isEstimated,
      startsAt: known.startsAt,
    })
  }
  const ordered = attended
    .sort((a, b) => a.startsAt - b.startsAt || a.eventId.localeCompare(b.eventId))
    .map(({ startsAt: _startsAt, ...entry }) => entry)
  return {
    personId: person.id,
    eventsRegistered: registered.size,
    eventsUpcoming: upcoming.size,
    attended: ordered,
    isEstimated: ordered.some((entry) => entry.isEstimated),
    firstAttended: ordered[0] ?? null,
  }
}

/**
 * What is true of someone who has attended nothing: registered only for nights still to come
 * ("Registered, not attended yet"), registered for nights that are past ("Registered, did not
 * attend"), or not registered at all (null). Null too once they attended something.
 */
export function notAttendedLabel(
  summary: Pick<PersonSummary, 'eventsRegistered' | 'eventsUpcoming' | 'firstAttended'>,
): string | null {
  if (summary.firstAttended !== null || summary.eventsRegistered === 0) return null
  if (summary.eventsUpcoming === summary.eventsRegistered) return 'Registered, not attended yet'
  return summary.eventsUpcoming > 0
    ? 'Registered, did not attend; registered for an upcoming night'
    : 'Registered, did not attend'
}
