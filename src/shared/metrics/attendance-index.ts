/**
 * Attendance indexed once for every metric (DESIGN.md §2: "Attended" = checked-in where the event
 * has check-in data; where it has none, registrations with status `going` count, and the metric is
 * labelled *estimated*. Events are ordered by start time). One pass over the registrations builds
 * everything, so the biggest chapter (250,000 registrations) is read once, not once per metric;
 * that pass is kept per registrations list, so recomputing after an event edit or for another
 * window does not read them again.
 * People are numbered and the per-row facts kept in typed arrays: the heap of a big workspace is
 * already large, and a quarter of a million small arrays or sets would make the garbage collector
 * the slowest part of the metrics screen.
 */
import type { Event, Person, Registration } from '../domain/schemas'
import { ATTENDANCE_BITS, attendanceBits } from './attendance-rule'
import { timedEvents, type TimedEvent } from './timed-events'

export interface IndexedEvent extends TimedEvent {
  /** Place in start order; positions compare like start times. */
  position: number
  hasRegistrations: boolean
  /** At least one registration records checked-in or no-show. */
  hasCheckInData: boolean
  /** How many distinct people attended, by the "Attended" rule. */
  attendeeCount: number
  /** Distinct people with a `going` registration that checked in (no-show rate's base). */
  goingCheckedIn: number
  /** Distinct people with a `going` registration that was a no-show and none that checked in. */
  goingNoShows: number
}

export interface AttendanceIndex {
  /** Earliest start first. */
  events: IndexedEvent[]
  positionById: ReadonlyMap<string, number>
  /** The people given, in their order, then anyone else with a registration. */
  personIds: readonly string[]
  numberOfPerson: ReadonlyMap<string, number>
  /**
   * Person number p attended the events at positions `attendedPositions[attendedStart[p]]` up to
   * (excluding) `attendedPositions[attendedStart[p + 1]]`, ascending and distinct.
   */
  attendedStart: Int32Array
  attendedPositions: Int32Array
}

// The row's facts, as the one attendance rule reads them (attendance-rule.ts).
const CHECKED_IN = ATTENDANCE_BITS.checkedIn
const GOING = ATTENDANCE_BITS.going
const NO_SHOW = ATTENDANCE_BITS.noShow
/** The row records checked-in or no-show: its event has check-in data. */
const HAS_ATTENDANCE = ATTENDANCE_BITS.hasCheckInData

/**
 * The registrations read once: each row's person and event as numbers, and its facts as flags.
 * It depends only on the registrations and people lists, not on the events, so an edit to an
 * event, a new window or the clock moving on reuse it; reading 250,000 rows' string ids is most of
 * what the metrics cost.
 */
interface RegistrationRows {
  people: readonly Pick<Person, 'id'>[]
  rowCount: number
  peopleCount: number
  /** The people given, in their order, then anyone else with a registration. */
  personIds: readonly string[]
  numberOfPerson: ReadonlyMap<string, number>
  /** Every event id the registrations name, in order of first appearance. */
  eventIds: readonly string[]
  rowPerson: Int32Array
  /** Index into `eventIds`. */
  rowEvent: Int32Array
  rowFlags: Uint8Array
  /** The index last built over these rows, and the events list it was built for. */
  last: { events: readonly Event[]; eventCount: number; index: AttendanceIndex } | null
}

// The workspace's lists are replaced, never changed in place (the store and the handlers copy on
// write), so a list that is the same object holds the same rows. Held weakly: a replaced list and
// its rows are freed together.
const rowsCache = new WeakMap<readonly Registration[], RegistrationRows>()
const NO_PEOPLE: readonly Pick<Person, 'id'>[] = []

function registrationRows(
  registrations: readonly Registration[],
  people: readonly Pick<Person, 'id'>[],
): RegistrationRows {
  const cached = rowsCache.get(registrations)
  // The lengths guard against a caller that did append to a list in place.
  if (
    cached !== undefined &&
    cached.people === people &&
    cached.rowCount === registrations.length &&
    cached.peopleCount === people.length
  ) {
    return cached
  }
  const personIds = people.map((person) => person.id)
  const numberOfPerson = new Map(personIds.map((id, number) => [id, number]))
  const eventIds: string[] = []
  const eventNumber = new Map<string, number>()
  const rowCount = registrations.length
  const rowPerson = new Int32Array(rowCount)
  const rowEvent = new Int32Array(rowCount).fill(-1)
  const rowFlags = new Uint8Array(rowCount)

  // Imports write an event's registrations together, so the previous row's event is usually this
  // row's too: comparing ids skips most event lookups.
  let lastEventId: string | null = null
  let event = -1
  for (let row = 0; row < rowCount; row += 1) {
    const registration = registrations[row]
    if (registration === undefined) continue
    if (registration.eventId !== lastEventId) {
      lastEventId = registration.eventId
      let known = eventNumber.get(lastEventId)
      if (known === undefined) {
        known = eventIds.length
        eventIds.push(lastEventId)
        eventNumber.set(lastEventId, known)
      }
      event = known
    }
    let person = numberOfPerson.get(registration.personId)
    if (person === undefined) {
      person = personIds.length
      personIds.push(registration.personId)
      numberOfPerson.set(registration.personId, person)
    }
    rowPerson[row] = person
    rowEvent[row] = event
    rowFlags[row] = attendanceBits(registration)
  }
  const rows: RegistrationRows = {
    people,
    rowCount,
    peopleCount: people.length,
    personIds,
    numberOfPerson,
    eventIds,
    rowPerson,
    rowEvent,
    rowFlags,
    last: null,
  }
  rowsCache.set(registrations, rows)
  return rows
}

/**
 * Builds the attendance index; registrations for unknown events are left out. `people` are
 * numbered first, in order, so a caller walking the same list can use its index as the person
 * number without a lookup. The lists are treated as immutable: the registrations are read once
 * per list (and people list), and the index of the same three lists is handed out again, so
 * callers only read it. The metrics screen recomputes every minute and for every window; those
 * recomputes then allocate nothing large, which spares a garbage collection of a big heap.
 */
export function attendanceIndex(
  events: readonly Event[],
  registrations: readonly Registration[],
  people: readonly Pick<Person, 'id'>[] = NO_PEOPLE,
): AttendanceIndex {
  const rows = registrationRows(registrations, people)
  if (rows.last?.events === events && rows.last.eventCount === events.length) {
    return rows.last.index
  }
  const index = buildIndex(events, rows)
  rows.last = { events, eventCount: events.length, index }
  return index
}

function buildIndex(events: readonly Event[], rows: RegistrationRows): AttendanceIndex {
  const timed = timedEvents(events)
  const eventCount = timed.length
  const positionById = new Map(timed.map(({ event }, position) => [event.id, position]))
  const { personIds, numberOfPerson, eventIds, rowPerson, rowEvent, rowFlags, rowCount } = rows
  const positionOfEvent = Int32Array.from(eventIds, (id) => positionById.get(id) ?? -1)

  const rowPosition = new Int32Array(rowCount)
  const rowsPerEvent = new Int32Array(eventCount + 1)
  const hasCheckInData = new Uint8Array(eventCount)
  for (let row = 0; row < rowCount; row += 1) {
    const position = positionOfEvent[rowEvent[row] ?? -1] ?? -1
    rowPosition[row] = position
    if (position < 0) continue
    rowsPerEvent[position + 1] = (rowsPerEvent[position + 1] ?? 0) + 1
    if (((rowFlags[row] ?? 0) & HAS_ATTENDANCE) !== 0) hasCheckInData[position] = 1
  }

  const rowsByEvent = groupBy(rowPosition, rowsPerEvent, eventCount)
  const personCount = personIds.length
  // Stamps mark who was already counted at the event being read, instead of a set per event.
  const attendedStamp = new Int32Array(personCount).fill(-1)
  const checkedInStamp = new Int32Array(personCount).fill(-1)
  const noShowStamp = new Int32Array(personCount).fill(-1)
  const attendedPerson = new Int32Array(rowCount)
  const attendedEvent = new Int32Array(rowCount)
  const attendedPerPerson = new Int32Array(personCount + 1)
  let attendedCount = 0

  const indexed = timed.map(({ event, startsAt, endsAt }, at): IndexedEvent => {
    const from = rowsPerEvent[at] ?? 0
    const to = rowsPerEvent[at + 1] ?? 0
    const isCheckInEvent = hasCheckInData[at] === 1
    const attendedFlag = isCheckInEvent ? CHECKED_IN : GOING
    let attendeeCount = 0
    let goingCheckedIn = 0
    for (let cursor = from; cursor < to; cursor += 1) {
      const row = rowsByEvent[cursor] ?? 0
      const person = rowPerson[row] ?? 0
      const flags = rowFlags[row] ?? 0
      if ((flags & attendedFlag) !== 0 && attendedStamp[person] !== at) {
        attendedStamp[person] = at
        attendedPerson[attendedCount] = person
        attendedEvent[attendedCount] = at
        attendedCount += 1
        attendedPerPerson[person + 1] = (attendedPerPerson[person + 1] ?? 0) + 1
        attendeeCount += 1
      }
      if (
        (flags & (GOING | CHECKED_IN)) === (GOING | CHECKED_IN) &&
        checkedInStamp[person] !== at
      ) {
        checkedInStamp[person] = at
        goingCheckedIn += 1
      }
    }
    let goingNoShows = 0
    // After all check-ins of the event: someone on two lists who checked in on one came.
    for (let cursor = from; cursor < to; cursor += 1) {
      const row = rowsByEvent[cursor] ?? 0
      const person = rowPerson[row] ?? 0
      const flags = rowFlags[row] ?? 0
      if ((flags & (GOING | NO_SHOW)) !== (GOING | NO_SHOW)) continue
      if (checkedInStamp[person] === at || noShowStamp[person] === at) continue
      noShowStamp[person] = at
      goingNoShows += 1
    }
    return {
      event,
      startsAt,
      endsAt,
      position: at,
      hasRegistrations: to > from,
      hasCheckInData: isCheckInEvent,
      attendeeCount,
      goingCheckedIn,
      goingNoShows,
    }
  })

  // Pairs were written in event order, so grouping them by person keeps each person's ascending.
  const attendedOrder = groupBy(
    attendedPerson.subarray(0, attendedCount),
    attendedPerPerson,
    personCount,
  )
  const attendedPositions = new Int32Array(attendedCount)
  for (let cursor = 0; cursor < attendedCount; cursor += 1) {
    attendedPositions[cursor] = attendedEvent[attendedOrder[cursor] ?? 0] ?? 0
  }
  return {
    events: indexed,
    positionById,
    personIds,
    numberOfPerson,
    attendedStart: attendedPerPerson,
    attendedPositions,
  }
}

/**
 * A stable counting sort: the indices of `keys` grouped by key (negative keys left out). `counts`
 * holds each key's count at `key + 1` and is turned into each group's start in place.
 */
function groupBy(keys: Int32Array, counts: Int32Array, keyCount: number): Int32Array {
  for (let key = 0; key < keyCount; key += 1) {
    counts[key + 1] = (counts[key + 1] ?? 0) + (counts[key] ?? 0)
  }
  const order = new Int32Array(counts[keyCount] ?? 0)
  const next = counts.slice(0, keyCount)
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] ?? -1
    if (key < 0) continue
    const slot = next[key] ?? 0
    order[slot] = index
    next[key] = slot + 1
  }
  return order
}

/** The positions of the events person number `person` attended, ascending. */
export function attendedEventsOfNumber(index: AttendanceIndex, person: number): Int32Array {
  return index.attendedPositions.subarray(
    index.attendedStart[person] ?? 0,
    index.attendedStart[person + 1] ?? 0,
  )
}

/**
 * Whether any event that started by `until` and has registrations lacks check-in data: then some
 * attendance was estimated from `going` and the metric is labelled estimated.
 */
export function hasEstimatedAttendance(index: AttendanceIndex, until: number): boolean {
  return index.events.some(
    (entry) => entry.startsAt <= until && entry.hasRegistrations && !entry.hasCheckInData,
  )
}
