import { describe, expect, it } from 'vitest'
import { eventOn, registrationsOf, type RegistrationRow } from './metric-test-data'
import { noShowRates } from './no-show-rate'
import { ratio, type Ratio } from './ratio'

const E1 = eventOn('e1', '2026-01-10')
const E2 = eventOn('e2', '2026-02-10')

const cases: { name: string; rows: RegistrationRow[]; expected: (Ratio | null)[] }[] = [
  {
    name: 'counts going people: two platforms for one person count once, checked in wins',
    rows: [
      ['a', 'e1', 'going', 'checked-in'],
      ['b', 'e1', 'going', 'no-show'],
      ['c', 'e1', 'waitlist', 'no-show'], // not going: left out
      ['d', 'e1', 'going', 'no-show'], // d (merged: both rows now point at d) came after all
      ['d', 'e1', 'going', 'checked-in'],
      ['e', 'e1', 'going', 'no-show'], // e twice, a no-show both times: one no-show
      ['e', 'e1', 'going', 'no-show'],
      ['f', 'e1', 'going', 'unknown'], // not marked either way: left out
      ['a', 'e2', 'going', 'unknown'],
    ],
    // e2 has no check-in data: no rate, not an estimate.
    expected: [ratio(2, 4, false), null],
  },
  {
    name: 'an event where only walk-ins checked in has no going base',
    rows: [['w', 'e1', 'waitlist', 'checked-in']],
    expected: [ratio(0, 0, false), null],
  },
  { name: 'no registrations at all: no rates', rows: [], expected: [null, null] },
]

describe('noShowRates', () => {
  it.each(cases)('$name', ({ rows, expected }) => {
    expect(noShowRates([E2, E1], registrationsOf(rows))).toEqual([
      { eventId: 'e1', rate: expected[0] },
      { eventId: 'e2', rate: expected[1] },
    ])
  })
})
