import { describe, expect, it } from 'vitest'
import type { GateOverride } from '../domain/schemas'
import { fatigueIndex, fatigueScore } from './fatigue-index'
import { eventOn } from './metric-test-data'

describe('fatigueScore', () => {
  it.each([
    { energy: 5, hours: 0, overrides: 0, expected: 0 },
    { energy: 1, hours: 20, overrides: 3, expected: 100 },
    // Hours and overrides are capped: 40 hours and 6 overrides weigh as 20 and 3.
    { energy: 1, hours: 40, overrides: 6, expected: 100 },
    { energy: 3, hours: 10, overrides: 1, expected: 25 + 15 + 20 / 3 },
  ])('energy $energy, $hours h, $overrides overrides → $expected', (row) => {
    expect(fatigueScore(row.energy, row.hours, row.overrides)).toBeCloseTo(row.expected, 10)
  })
})

function override(at: string): GateOverride {
  return { id: at, gate: 'announce-demos', reason: 'Speakers confirmed by phone', at, by: '' }
}

// Each event runs 18:00–21:00 UTC; a cycle is (previous event's end, this event's end].
const EVENTS = [
  eventOn('e1', '2026-01-10', {
    gateOverrides: [
      override('2026-01-05T10:00:00.000Z'), // e1 has no previous event: its cycle starts at −∞
      override('2026-01-10T21:00:00.000Z'), // exactly at e1's end: still e1's cycle
    ],
  }),
  eventOn('e2', '2026-02-10', {
    gateOverrides: [override('2026-01-20T10:00:00.000Z'), override('2026-02-10T20:00:00.000Z')],
  }),
  // Recorded on e4 but after e2 ended: it weighs on e3's cycle, whichever event holds it.
  eventOn('e4', '2026-04-10', { gateOverrides: [override('2026-02-10T22:00:00.000Z')] }),
  eventOn('e3', '2026-03-10'),
]

function checkIn(eventId: string, energy: number, hours: number) {
  return { eventId, energy, hours, at: '2026-04-20T10:00:00.000Z' }
}

describe('fatigueIndex', () => {
  it('scores each check-in with its cycle’s overrides and averages the last three', () => {
    const result = fatigueIndex(EVENTS, [
      checkIn('e4', 3, 30),
      checkIn('e1', 5, 0),
      checkIn('e3', 2, 10),
      checkIn('e2', 1, 20),
      checkIn('deleted-event', 1, 100),
    ])
    const e1 = (20 * 2) / 3
    const e2 = 50 + 30 + (20 * 2) / 3
    const e3 = 37.5 + 15 + 20 / 3
    const e4 = 25 + 30
    expect(result.perCheckIn.map((entry) => [entry.eventId, entry.overridesInCycle])).toEqual([
      ['e1', 2],
      ['e2', 2],
      ['e3', 1],
      ['e4', 0],
    ])
    // The overrides themselves, so the screen can say which ones fed a score and where they were
    // recorded (the e3 one lives on e4).
    expect(
      result.perCheckIn.map((entry) =>
        entry.overrides.map((override) => [override.eventId, override.at]),
      ),
    ).toEqual([
      [
        ['e1', '2026-01-05T10:00:00.000Z'],
        ['e1', '2026-01-10T21:00:00.000Z'],
      ],
      [
        ['e2', '2026-01-20T10:00:00.000Z'],
        ['e2', '2026-02-10T20:00:00.000Z'],
      ],
      [['e4', '2026-02-10T22:00:00.000Z']],
      [],
    ])
    expect(result.perCheckIn.map((entry) => entry.score)).toEqual(
      [e1, e2, e3, e4].map((score) => expect.closeTo(score, 10)),
    )
    expect(result.value).toBeCloseTo((e2 + e3 + e4) / 3, 10)
    expect(result.basedOn).toBe(3)
    expect(result.isWarning).toBe(true)
  })

  it.each([
    { name: 'no check-ins: no figure, no warning', checkIns: [], value: null, isWarning: false },
    {
      name: 'a single check-in is the figure: 60 plus e3’s override warns',
      checkIns: [checkIn('e3', 2, 15)],
      value: 37.5 + 22.5 + 20 / 3,
      isWarning: true,
    },
    {
      name: 'fewer than three check-ins average what there is',
      checkIns: [checkIn('e4', 5, 0), checkIn('e3', 5, 0)],
      value: (0 + 20 / 3) / 2,
      isWarning: false,
    },
  ])('$name', ({ checkIns, value, isWarning }) => {
    const result = fatigueIndex(EVENTS, checkIns)
    if (value === null) expect(result.value).toBeNull()
    else expect(result.value).toBeCloseTo(value, 10)
    expect(result.isWarning).toBe(isWarning)
  })

  it('does not warn at exactly 60', () => {
    const result = fatigueIndex([eventOn('e1', '2026-01-10')], [checkIn('e1', 2, 15)])
    expect(result.value).toBe(60)
    expect(result.isWarning).toBe(false)
  })
})
