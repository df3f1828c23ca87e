/**
 * The door (DESIGN.md §1.10): what happens there is attendance. A check-in sets the registration's
 * attendance to `checked-in` — so the one attendance rule (metrics/attendance-rule.ts) reads the
 * night as having real check-in data, not an estimate — and writes a line to the door log: when,
 * how, and why where the list said waitlist or cancelled. Walk-ins become a person (through the
 * identity rules of an import) and a registration on the door's own platform. Pure.
 */
import type { DoorEntry, DoorMethod } from '../domain/night-schemas'
import type {
  Attendance,
  Event,
  MergeSuggestion,
  Person,
  Registration,
  RegistrationStatus,
  Tombstone,
} from '../domain/schemas'
import { eventStart } from '../events/event-time'
import { currentPersonLookup } from '../identity/current-person'
import { resolveIdentity } from '../identity/resolve-identity'
import { normaliseEmail } from '../import/normalise'
import type { ImportedRow } from '../import/types'
import { attendanceOf, eventsWithCheckInData, nightAttendees } from '../metrics/attendance-rule'
import { ticketCodes, type DoorCandidate } from './door-search'

/** Statuses the door lets in without asking: the person said they come, or has not said no. */
const WELCOME: ReadonlySet<RegistrationStatus> = new Set(['going', 'maybe', 'invited', 'unknown'])

/** Whether someone with this status is let in without "let in anyway". */
export function isWelcomeAtDoor(status: RegistrationStatus): boolean {
  return WELCOME.has(status)
}

/** One person on tonight's list at the door, however many lists they are on. */
export interface DoorRow extends DoorCandidate {
  /** The registration a check-in writes: the checked-in one, else the most committed one. */
  id: string
  personId: string
  status: RegistrationStatus
  isCheckedIn: boolean
  isWalkIn: boolean
  /** When the door let them in (the latest check-in not taken back); null otherwise. */
  checkedInAt: string | null
}

export interface DoorState {
  people: readonly Person[]
  registrations: readonly Registration[]
  doorLog: readonly DoorEntry[]
}

/**
 * The night's people as the door shows them, one row per person, in list order. The row's
 * registration is the one checked in, else the most committed (going before waitlist).
 */
export function doorRows(state: DoorState, eventId: string): DoorRow[] {
  const people = new Map(state.people.map((person) => [person.id, person]))
  const registrations = new Map<string, Registration>()
  for (const registration of state.registrations) {
    if (registration.eventId === eventId) registrations.set(registration.id, registration)
  }
  const checkedInAt = doorCheckIns(state.doorLog, eventId)
  return nightAttendees(state.registrations, eventId).flatMap((attendee) => {
    const person = people.get(attendee.personId)
    if (person === undefined) return []
    const own = attendee.registrationIds.flatMap((id) => registrations.get(id) ?? [])
    const chosen =
      own.find((registration) => registration.attendance === 'checked-in') ??
      own.find((registration) => registration.status === attendee.status) ??
      own[0]
    if (chosen === undefined) return []
    const doorTime = own.map((registration) => checkedInAt.get(registration.id)).find(Boolean)
    return [
      {
        id: chosen.id,
        personId: person.id,
        name: person.name,
        emails: person.emails,
        codes: own.flatMap((registration) =>
          ticketCodes(registration.sourceKey, registration.answers),
        ),
        status: attendee.status,
        isCheckedIn: attendee.isCheckedIn,
        isWalkIn: own.some((registration) => registration.platform === 'door'),
        checkedInAt: doorTime ?? null,
      },
    ]
  })
}

/**
 * The registrations of one night the door has checked in and not taken back, with the time it
 * did: the door's own record, which an export's import merges with (and never overrules).
 */
export function doorCheckIns(doorLog: readonly DoorEntry[], eventId: string): Map<string, string> {
  const checkedIn = new Map<string, string>()
  for (const entry of doorLog) {
    if (entry.eventId !== eventId) continue
    if (entry.action === 'check-in') checkedIn.set(entry.registrationId, entry.at)
    else checkedIn.delete(entry.registrationId)
  }
  return checkedIn
}

/** The live counts above the door's search field. */
export interface DoorCounts {
  /** People checked in tonight (at the door or on an imported list). */
  checkedIn: number
  /** People going (the most committed answer across the night's lists). */
  going: number
  capacity: number | null
  /** Checked-in people who attended no earlier night, by the attendance rule. */
  firstTimers: number
  walkIns: number
}

/** Tonight's counts, in people: checked in, going, capacity, first-timers so far, walk-ins. */
export function doorCounts(
  state: DoorState & { events: readonly Event[] },
  event: Event,
): DoorCounts {
  const rows = doorRows(state, event.id)
  const start = eventStart(event).getTime()
  const earlier = new Set(
    state.events
      .filter((other) => other.id !== event.id && eventStart(other).getTime() < start)
      .map((other) => other.id),
  )
  const current = currentPersonLookup(state.people, [])
  const checkInEvents = eventsWithCheckInData(state.registrations)
  const cameBefore = new Set<string>()
  for (const registration of state.registrations) {
    if (!earlier.has(registration.eventId)) continue
    if (attendanceOf(registration, checkInEvents).isAttended) {
      cameBefore.add(current(registration.personId)?.id ?? registration.personId)
    }
  }
  // A walk-in who says they have been before is no first-timer, whatever the lists know.
  const saidReturning = new Set(
    state.doorLog
      .filter((entry) => entry.eventId === event.id && entry.isFirstTime === false)
      .map((entry) => entry.personId),
  )
  let checkedIn = 0
  let going = 0
  let firstTimers = 0
  let walkIns = 0
  for (const row of rows) {
    if (row.status === 'going') going += 1
    if (row.isWalkIn) walkIns += 1
    if (!row.isCheckedIn) continue
    checkedIn += 1
    if (!cameBefore.has(row.personId) && !saidReturning.has(row.personId)) firstTimers += 1
  }
  return { checkedIn, going, capacity: event.capacity, firstTimers, walkIns }
}

export type DoorResult =
  | {
      ok: true
      registrations: Registration[]
      doorLog: DoorEntry[]
      outcome: string
    }
  | { ok: false; reason: string }

export interface CheckInRequest {
  eventId: string
  registrationId: string
  method: Exclude<DoorMethod, 'walk-in'>
  reason: string
}

const SHORTEST_REASON = 3

/**
 * Lets one person in: their registration becomes `checked-in` and the door log records when and
 * how. Someone on the waitlist or with a cancelled or declined ticket is let in only "anyway",
 * with a reason; someone already checked in is not checked in twice.
 */
export function checkIn(
  state: DoorState,
  request: CheckInRequest,
  context: { id: string; now: Date; personName: string },
): DoorResult {
  const registration = state.registrations.find((each) => each.id === request.registrationId)
  if (registration === undefined || registration.eventId !== request.eventId) {
    return { ok: false, reason: 'This person is no longer on tonight’s list.' }
  }
  const name = context.personName
  const isCheckedIn = state.registrations.some(
    (each) =>
      each.eventId === request.eventId &&
      each.personId === registration.personId &&
      each.attendance === 'checked-in',
  )
  if (isCheckedIn) return { ok: false, reason: `${name} is already checked in.` }
  const reason = request.reason.trim()
  if (!isWelcomeAtDoor(registration.status)) {
    if (request.method !== 'let-in') {
      return {
        ok: false,
        reason: `${name} is ${statusWords(registration.status)}: let them in anyway, with a reason.`,
      }
    }
    if (reason.length < SHORTEST_REASON) {
      return { ok: false, reason: `Say why ${name} is let in anyway.` }
    }
  }
  const entry: DoorEntry = {
    id: context.id,
    eventId: request.eventId,
    registrationId: registration.id,
    personId: registration.personId,
    action: 'check-in',
    at: context.now.toISOString(),
    method: request.method,
    reason: request.method === 'let-in' ? reason : '',
    isFirstTime: null,
  }
  return {
    ok: true,
    registrations: withAttendance(state.registrations, registration.id, 'checked-in'),
    doorLog: [...state.doorLog, entry],
    outcome: `${name} checked in`,
  }
}

/**
 * Takes back a check-in (a mistaken Enter): the registration's attendance goes back to unknown,
 * and the door log keeps both lines.
 */
export function undoCheckIn(
  state: DoorState,
  request: { eventId: string; registrationId: string },
  context: { id: string; now: Date; personName: string },
): DoorResult {
  const registration = state.registrations.find((each) => each.id === request.registrationId)
  if (registration === undefined || registration.eventId !== request.eventId) {
    return { ok: false, reason: 'This person is no longer on tonight’s list.' }
  }
  if (registration.attendance !== 'checked-in') {
    return { ok: false, reason: `${context.personName} is not checked in.` }
  }
  const entry: DoorEntry = {
    id: context.id,
    eventId: request.eventId,
    registrationId: registration.id,
    personId: registration.personId,
    action: 'undo',
    at: context.now.toISOString(),
    method: 'typed',
    reason: '',
    isFirstTime: null,
  }
  // The door keeps no other record of this row's attendance: "no data" is the honest state.
  return {
    ok: true,
    registrations: withAttendance(state.registrations, registration.id, 'unknown'),
    doorLog: [...state.doorLog, entry],
    outcome: `${context.personName} is no longer checked in`,
  }
}

export interface WalkInRequest {
  eventId: string
  name: string
  email: string
  isFirstTime: boolean
  /** The existing person the organizer chose from those offered; null for someone new. */
  personId: string | null
}

export interface WalkInState extends DoorState {
  tombstones: readonly Tombstone[]
  mergeSuggestions: readonly MergeSuggestion[]
  events: readonly Event[]
}

export type WalkInResult =
  | {
      ok: true
      people: Person[]
      mergeSuggestions: MergeSuggestion[]
      registrations: Registration[]
      doorLog: DoorEntry[]
      personId: string
      outcome: string
    }
  | { ok: false; reason: string }

/**
 * Someone at the door who is on no list: through the identity rules of an import (an e-mail the
 * workspace knows is that person, a similar name is offered for review, never merged), they get a
 * registration on the door's platform, going and checked in. Someone already on tonight's list
 * is checked in on it instead of being registered twice.
 */
export function addWalkIn(
  state: WalkInState,
  request: WalkInRequest,
  context: { newId: () => string; now: Date },
): WalkInResult {
  const event = state.events.find((each) => each.id === request.eventId)
  if (event === undefined) return { ok: false, reason: 'That event no longer exists.' }
  const name = request.name.trim()
  const email = normaliseEmail(request.email)
  if (name === '' && email === '') return { ok: false, reason: 'Give the walk-in’s name.' }
  let people: Person[] = [...state.people]
  let mergeSuggestions: MergeSuggestion[] = [...state.mergeSuggestions]
  let personId = request.personId
  if (personId !== null) {
    if (!state.people.some((person) => person.id === personId)) {
      return { ok: false, reason: 'The person chosen is no longer in the workspace.' }
    }
  } else {
    const row: ImportedRow = {
      line: 1,
      name,
      email,
      platformPersonId: '',
      sourceKey: '',
      status: 'going',
      attendance: 'checked-in',
      ticketType: '',
      registeredAt: context.now.toISOString(),
      answers: {},
    }
    const identity = resolveIdentity(
      state,
      { eventId: event.id, eventTitle: event.title, platform: 'door', rows: [row] },
      context,
    )
    const [resolution] = identity.resolutions
    if (resolution === undefined || resolution.kind === 'skipped') {
      return {
        ok: false,
        reason:
          'This e-mail belongs to someone deleted at their request; add the walk-in without it.',
      }
    }
    personId = resolution.personId
    const changed = new Map(identity.changedPeople.map((person) => [person.id, person]))
    people = [
      ...people.map((person) => changed.get(person.id) ?? person),
      ...identity.createdPeople,
    ]
    mergeSuggestions = [...mergeSuggestions, ...identity.suggestions]
  }
  const person = people.find((each) => each.id === personId) as Person
  const own = state.registrations.filter(
    (registration) => registration.eventId === event.id && registration.personId === personId,
  )
  if (own.some((registration) => registration.attendance === 'checked-in')) {
    return { ok: false, reason: `${person.name} is already checked in.` }
  }
  let registrations: Registration[]
  let registrationId: string
  const existing = own[0]
  if (existing !== undefined) {
    // On the list already (an e-mail the walk-in gave matched them): checked in on it.
    registrationId = existing.id
    registrations = withAttendance(state.registrations, existing.id, 'checked-in')
  } else {
    registrationId = context.newId()
    registrations = [
      ...state.registrations,
      {
        id: registrationId,
        eventId: event.id,
        personId,
        platform: 'door',
        sourceKey: '',
        status: 'going',
        attendance: 'checked-in',
        ticketType: 'Walk-in',
        registeredAt: context.now.toISOString(),
        answers: {},
        importId: null,
      },
    ]
  }
  const entry: DoorEntry = {
    id: context.newId(),
    eventId: event.id,
    registrationId,
    personId,
    action: 'check-in',
    at: context.now.toISOString(),
    method: 'walk-in',
    reason: '',
    isFirstTime: request.isFirstTime,
  }
  return {
    ok: true,
    people,
    mergeSuggestions,
    registrations,
    doorLog: [...state.doorLog, entry],
    personId,
    outcome:
      existing !== undefined
        ? `${person.name} was on the list: checked in`
        : `${person.name} added as a walk-in and checked in`,
  }
}

function withAttendance(
  registrations: readonly Registration[],
  id: string,
  attendance: Attendance,
): Registration[] {
  return registrations.map((registration) =>
    registration.id === id ? { ...registration, attendance } : registration,
  )
}

/** How the door names a status in a sentence: "on the waitlist", "cancelled". */
export function statusWords(status: RegistrationStatus): string {
  switch (status) {
    case 'waitlist':
      return 'on the waitlist'
    case 'cancelled':
      return 'cancelled'
    case 'declined':
      return 'not coming (declined)'
    default:
      return status
  }
}
