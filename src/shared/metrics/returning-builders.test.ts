import { describe, expect, it } from 'vitest'
import type { Event, Registration } from '../domain/schemas'
import { makeEvent } from '../testing/factories'
import { eventAttendance, returningBuilderRates } from './returning-builders'

function event(id: string, start: string): Event {
  return makeEvent({ id, start, end: `${start.slice(0, 10)}T23:00`, timeZone: 'UTC' })
}

type Row = [personId: string, eventId: string, Registration['status'], Registration['attendance']]

function registrations(rows: readonly Row[]): Registration[] {
  return rows.map(([personId, eventId, status, attendance], index) => ({
    id: `r${index}`,
    eventId,
    personId,
    platform: 'luma',
    sourceKey: `r${index}`,
    status,
    attendance,
    ticketType: '',
    registeredAt: '',
    answers: {},
    importId: null,
  }))
}

// Given out of order on purpose: the metric must follow start time, not array order.
const E3 = event('e3', '2026-03-01T18:00')
const E1 = event('e1', '2026-01-01T18:00')
const E2 = event('e2', '2026-02-01T18:00')

interface Case {
  name: string
  events: Event[]
  rows: Row[]
  expected: {
    eventId: string
    attendees: number
    returning: number
    rate: number | null
    isEstimated: boolean
  }[]
}

const cases: Case[] = [
  {
    name: 'a single event has no earlier one: everyone is a first-timer, rate 0',
    events: [E1],
    rows: [
      ['a', 'e1', 'going', 'checked-in'],
      ['b', 'e1', 'going', 'checked-in'],
      ['c', 'e1', 'going', 'no-show'],
    ],
    expected: [{ eventId: 'e1', attendees: 2, returning: 0, rate: 0, isEstimated: false }],
  },
  {
    name: 'an event without check-in data counts going registrations and is estimated',
    events: [E2, E1],
    rows: [
      // e1 has check-in data: only a attended.
      ['a', 'e1', 'going', 'checked-in'],
      ['b', 'e1', 'going', 'no-show'],
      // e2 has none: a and b (going) count, c (waitlist) and d (declined) do not.
      ['a', 'e2', 'going', 'unknown'],
      ['b', 'e2', 'going', 'unknown'],
      ['c', 'e2', 'waitlist', 'unknown'],
      ['d', 'e2', 'declined', 'unknown'],
    ],
    expected: [
      { eventId: 'e1', attendees: 1, returning: 0, rate: 0, isEstimated: false },
      // b was a no-show at e1, so only a returns: 1 / 2.
      { eventId: 'e2', attendees: 2, returning: 1, rate: 0.5, isEstimated: true },
    ],
  },
  {
    name: 'a person attending three events returns at the second and third',
    events: [E3, E1, E2],
    rows: [
      ['a', 'e1', 'going', 'checked-in'],
      ['a', 'e2', 'going', 'checked-in'],
      ['b', 'e2', 'going', 'checked-in'],
      ['a', 'e3', 'going', 'checked-in'],
      ['c', 'e3', 'going', 'checked-in'],
      ['d', 'e3', 'going', 'checked-in'],
      ['e', 'e3', 'going', 'checked-in'],
    ],
    expected: [
      { eventId: 'e1', attendees: 1, returning: 0, rate: 0, isEstimated: false },
      { eventId: 'e2', attendees: 2, returning: 1, rate: 0.5, isEstimated: false },
      { eventId: 'e3', attendees: 4, returning: 1, rate: 0.25, isEstimated: false },
    ],
  },
  {
    name: 'someone who attended any earlier event returns, not only the previous one',
    events: [E1, E2, E3],
    rows: [
      ['a', 'e1', 'going', 'checked-in'],
      ['b', 'e2', 'going', 'checked-in'],
      ['a', 'e3', 'going', 'checked-in'],
      ['b', 'e3', 'going', 'checked-in'],
      ['c', 'e3', 'going', 'checked-in'],
    ],
    expected: [
      { eventId: 'e1', attendees: 1, returning: 0, rate: 0, isEstimated: false },
      { eventId: 'e2', attendees: 1, returning: 0, rate: 0, isEstimated: false },
      { eventId: 'e3', attendees: 3, returning: 2, rate: 2 / 3, isEstimated: false },
    ],
  },
  {
    name: 'an event nobody attended has no rate, and registering twice counts once',
    events: [E1, E2],
    rows: [
      ['a', 'e1', 'going', 'checked-in'],
      ['a', 'e1', 'going', 'checked-in'],
      ['a', 'e2', 'going', 'no-show'],
    ],
    expected: [
      { eventId: 'e1', attendees: 1, returning: 0, rate: 0, isEstimated: false },
      { eventId: 'e2', attendees: 0, returning: 0, rate: null, isEstimated: false },
    ],
  },
]

describe('returningBuilderRates', () => {
  it.each(cases)('$name', ({ events, rows, expected }) => {
    expect(returningBuilderRates(events, registrations(rows))).toEqual(
      expected.map((row) => ({ ...row, firstTimers: row.attendees - row.returning })),
    )
  })

  it('gives no events for no events', () => {
    expect(returningBuilderRates([], [])).toEqual([])
  })
})

describe('eventAttendance', () => {
  it('lists the attendees of each event in start order, estimated where there are no check-ins', () => {
    const result = eventAttendance(
      [E2, E1],
      registrations([
        ['a', 'e1', 'going', 'checked-in'],
        ['b', 'e1', 'going', 'no-show'],
        ['b', 'e2', 'going', 'unknown'],
        ['c', 'e2', 'cancelled', 'unknown'],
      ]),
    )
    expect(result).toEqual([
      { eventId: 'e1', attendees: new Set(['a']), isEstimated: false },
      { eventId: 'e2', attendees: new Set(['b']), isEstimated: true },
    ])
  })
})
