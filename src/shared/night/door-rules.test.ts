import { describe, expect, it } from 'vitest'
import type { DoorEntry } from '../domain/night-schemas'
import { applyImport } from '../identity/apply-import'
import { eventHeadcount } from '../metrics/attendance-rule'
import {
  importedRow,
  makeEvent,
  makePerson,
  makeRegistration,
  sequentialIds,
} from '../testing/factories'
import { addWalkIn, checkIn, doorCounts, doorRows, undoCheckIn } from './door-rules'

const NOW = new Date('2026-10-20T18:30:00.000Z')
const earlier = makeEvent({ id: 'e0', start: '2026-09-20T18:00', end: '2026-09-20T21:00' })
const tonight = makeEvent({ id: 'e1', title: 'Demo Night', capacity: 60 })
const people = [
  makePerson('ada', { name: 'Ada Lovelace', emails: ['ada@example.com'] }),
  makePerson('alan', { name: 'Alan Turing', emails: ['alan@example.com'] }),
  makePerson('grace', { name: 'Grace Hopper', emails: ['grace@example.com'] }),
]
const registrations = [
  makeRegistration({ id: 'r0', eventId: 'e0', personId: 'ada', attendance: 'checked-in' }),
  makeRegistration({ id: 'r1', eventId: 'e1', personId: 'ada' }),
  makeRegistration({ id: 'r2', eventId: 'e1', personId: 'alan' }),
  makeRegistration({ id: 'r3', eventId: 'e1', personId: 'grace', status: 'waitlist' }),
]
const state = { people, registrations, doorLog: [] as DoorEntry[] }
const ctx = (name: string) => ({ id: `d-${name}`, now: NOW, personName: name })

function checkedIn(registrationId: string, method: 'typed' | 'scanned' = 'typed') {
  const result = checkIn(state, { eventId: 'e1', registrationId, method, reason: '' }, ctx('x'))
  if (!result.ok) throw new Error(result.reason)
  return result
}

describe('the door', () => {
  it('makes a check-in attendance, with the time and how it happened in the door log', () => {
    const result = checkedIn('r1', 'scanned')
    expect(result.registrations.find((each) => each.id === 'r1')?.attendance).toBe('checked-in')
    expect(result.doorLog).toEqual([
      expect.objectContaining({
        registrationId: 'r1',
        personId: 'ada',
        action: 'check-in',
        method: 'scanned',
        at: NOW.toISOString(),
      }),
    ])
    // The night now has real check-in data: Alan, going but not in, is not counted as attended.
    const count = eventHeadcount(result.registrations, 'e1')
    expect(count).toMatchObject({ checkedIn: 1, attended: 1, isEstimated: false, noShows: 1 })
  })

  it('does not check anyone in twice', () => {
    const once = checkedIn('r1')
    const twice = checkIn(
      { ...state, registrations: once.registrations, doorLog: once.doorLog },
      { eventId: 'e1', registrationId: 'r1', method: 'typed', reason: '' },
      ctx('Ada Lovelace'),
    )
    expect(twice).toEqual({ ok: false, reason: 'Ada Lovelace is already checked in.' })
  })

  it('lets someone on the waitlist in only anyway, with a reason it keeps', () => {
    const request = { eventId: 'e1', registrationId: 'r3', method: 'typed' as const, reason: '' }
    expect(checkIn(state, request, ctx('Grace Hopper'))).toEqual({
      ok: false,
      reason: 'Grace Hopper is on the waitlist: let them in anyway, with a reason.',
    })
    expect(checkIn(state, { ...request, method: 'let-in' }, ctx('Grace Hopper'))).toEqual({
      ok: false,
      reason: 'Say why Grace Hopper is let in anyway.',
    })
    const letIn = checkIn(
      state,
      { ...request, method: 'let-in', reason: 'a seat came free' },
      ctx('Grace Hopper'),
    )
    expect(letIn.ok && letIn.doorLog[0]).toMatchObject({
      method: 'let-in',
      reason: 'a seat came free',
    })
  })

  it('takes a check-in back, keeping both lines in the log', () => {
    const once = checkedIn('r1')
    const undone = undoCheckIn(
      { ...state, registrations: once.registrations, doorLog: once.doorLog },
      { eventId: 'e1', registrationId: 'r1' },
      { id: 'd2', now: NOW, personName: 'Ada Lovelace' },
    )
    if (!undone.ok) throw new Error(undone.reason)
    expect(undone.registrations.find((each) => each.id === 'r1')?.attendance).toBe('unknown')
    expect(undone.doorLog.map((entry) => entry.action)).toEqual(['check-in', 'undo'])
    expect(
      doorRows({ ...state, ...undone }, 'e1').find((row) => row.personId === 'ada')?.checkedInAt,
    ).toBeNull()
  })

  it('counts checked in, going, capacity and first-timers so far', () => {
    const ada = checkedIn('r1')
    const alan = checkIn(
      { ...state, ...ada },
      { eventId: 'e1', registrationId: 'r2', method: 'typed', reason: '' },
      ctx('Alan'),
    )
    if (!alan.ok) throw new Error(alan.reason)
    // Ada came in September: Alan alone is a first-timer.
    expect(doorCounts({ ...state, ...alan, events: [earlier, tonight] }, tonight)).toEqual({
      checkedIn: 2,
      going: 2,
      capacity: 60,
      firstTimers: 1,
      walkIns: 0,
    })
  })
})

describe('walk-ins', () => {
  const walkInState = { ...state, tombstones: [], mergeSuggestions: [], events: [earlier, tonight] }
  const newIds = () => ({ newId: sequentialIds('w'), now: NOW })

  it('creates the person and a walk-in registration on the door, checked in', () => {
    const result = addWalkIn(
      walkInState,
      { eventId: 'e1', name: 'Katherine Johnson', email: '', isFirstTime: true, personId: null },
      newIds(),
    )
    if (!result.ok) throw new Error(result.reason)
    expect(result.people.map((person) => person.name)).toContain('Katherine Johnson')
    const added = result.registrations.find((each) => each.personId === result.personId)
    expect(added).toMatchObject({ platform: 'door', status: 'going', attendance: 'checked-in' })
    expect(result.doorLog[0]).toMatchObject({ method: 'walk-in', isFirstTime: true })
    expect(doorCounts({ ...walkInState, ...result }, tonight)).toMatchObject({
      walkIns: 1,
      firstTimers: 1,
    })
  })

  it('joins an e-mail the workspace knows to that person instead of adding someone new', () => {
    const result = addWalkIn(
      walkInState,
      {
        eventId: 'e1',
        name: 'Ada L.',
        email: 'ADA@example.com ',
        isFirstTime: false,
        personId: null,
      },
      newIds(),
    )
    if (!result.ok) throw new Error(result.reason)
    expect(result.personId).toBe('ada')
    expect(result.people).toHaveLength(3)
    // Ada is on tonight's list already: checked in on it, not registered twice.
    expect(result.registrations).toHaveLength(4)
    expect(result.outcome).toBe('Ada Lovelace was on the list: checked in')
  })

  it('offers a similar name for review, never merging it', () => {
    const result = addWalkIn(
      walkInState,
      {
        eventId: 'e1',
        name: 'Alan Turing',
        email: 'turing@elsewhere.org',
        isFirstTime: false,
        personId: null,
      },
      newIds(),
    )
    if (!result.ok) throw new Error(result.reason)
    expect(result.personId).not.toBe('alan')
    expect(result.mergeSuggestions).toHaveLength(1)
  })
})

describe('an export imported after the door', () => {
  it('keeps the door’s check-ins, counts nobody twice, and says what it merged', () => {
    const ada = checkedIn('r1')
    const walkIn = addWalkIn(
      { ...state, ...ada, tombstones: [], mergeSuggestions: [], events: [tonight] },
      {
        eventId: 'e1',
        name: 'Katherine Johnson',
        email: 'kj@example.com',
        isFirstTime: true,
        personId: null,
      },
      { newId: sequentialIds('w'), now: NOW },
    )
    if (!walkIn.ok) throw new Error(walkIn.reason)
    // The platform's export afterwards: Ada without a check-in (the platform's app was not used),
    // Alan as a no-show, and Katherine, who registered on the platform after all.
    const result = applyImport(
      {
        people: walkIn.people,
        tombstones: [],
        mergeSuggestions: [],
        registrations: walkIn.registrations,
        imports: [],
        events: [tonight],
        doorLog: walkIn.doorLog,
      },
      {
        eventId: 'e1',
        platform: 'luma',
        fileName: 'luma.csv',
        rows: [
          importedRow(2, {
            name: 'Ada Lovelace',
            email: 'ada@example.com',
            sourceKey: 'r1',
            attendance: 'no-show',
          }),
          importedRow(3, {
            name: 'Alan Turing',
            email: 'alan@example.com',
            sourceKey: 'r2',
            attendance: 'no-show',
          }),
          importedRow(4, {
            name: 'Katherine Johnson',
            email: 'kj@example.com',
            sourceKey: 'g-kj',
            attendance: 'no-show',
          }),
        ],
        rowErrors: [],
        duplicatesCollapsed: 0,
      },
      { now: NOW, newId: sequentialIds('i') },
    )
    expect(result.registrations.find((each) => each.id === 'r1')?.attendance).toBe('checked-in')
    expect(result.report.doorMerge).toEqual({ checkedInAtDoor: 2, keptFromDoor: 2, notOnList: 0 })
    // Katherine is on two lists (the door's and Luma's) and counted once; Alan did not come.
    expect(eventHeadcount(result.registrations, 'e1')).toMatchObject({
      registered: 4,
      checkedIn: 2,
      attended: 2,
      noShows: 1,
      isEstimated: false,
    })
  })

  it('reports no merge where the door recorded nothing', () => {
    const result = applyImport(
      { people, tombstones: [], mergeSuggestions: [], registrations, imports: [] },
      {
        eventId: 'e1',
        platform: 'luma',
        fileName: 'luma.csv',
        rows: [importedRow(2, { name: 'Ada Lovelace', email: 'ada@example.com', sourceKey: 'r1' })],
        rowErrors: [],
        duplicatesCollapsed: 0,
      },
      { now: NOW, newId: sequentialIds('i') },
    )
    expect(result.report.doorMerge).toBeNull()
  })
})
