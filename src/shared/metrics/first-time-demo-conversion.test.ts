import { describe, expect, it } from 'vitest'
import type { Demo } from '../domain/demo-schemas'
import type { MergeRecord } from '../domain/schemas'
import { firstTimeDemoConversion } from './first-time-demo-conversion'
import {
  checkedIn,
  demoBy,
  eventOn,
  registrationsOf,
  type RegistrationRow,
} from './metric-test-data'
import { keepEveryPerson, personResolver, type PersonResolver } from './person-resolver'
import { ratio, type Ratio } from './ratio'

const E1 = eventOn('e1', '2026-01-10')
const E2 = eventOn('e2', '2026-02-10')
const E3 = eventOn('e3', '2026-03-10')
// February and March: E2 and E3 are in it, E1 is not.
const WINDOW = {
  from: new Date('2026-02-01T00:00:00.000Z'),
  to: new Date('2026-03-31T00:00:00.000Z'),
}

interface Case {
  name: string
  rows: RegistrationRow[]
  demos: Demo[]
  resolve?: PersonResolver
  expected: Ratio
}

const cases: Case[] = [
  {
    name: 'first-timers in the window who presented then or later convert; earlier regulars do not count',
    rows: [
      checkedIn('a', 'e1'), // first at E1: outside the window
      checkedIn('a', 'e2'),
      checkedIn('b', 'e2'), // first at E2, presents at E3
      checkedIn('b', 'e3'),
      checkedIn('c', 'e2'), // first at E2, never presents
      checkedIn('d', 'e3'), // first at E3, presented only at E1 (before): not "later"
      checkedIn('e', 'e2'), // first at E2, presents at E2 itself
      ['f', 'e2', 'going', 'no-show'], // a no-show did not attend
    ],
    demos: [
      demoBy('a', 'e2'),
      demoBy('b', 'e3'),
      demoBy('c', 'e3', 'confirmed'), // confirmed is not presented
      demoBy('d', 'e1'),
      demoBy('e', 'e2'),
    ],
    expected: ratio(2, 4, false),
  },
  {
    name: 'with no earlier event everyone attending is a first-timer',
    rows: [checkedIn('a', 'e2'), checkedIn('b', 'e2')],
    demos: [demoBy('a', 'e2')],
    expected: ratio(1, 2, false),
  },
  {
    name: 'an event without check-in data decides first attendance from going, estimated',
    rows: [
      ['a', 'e1', 'going', 'unknown'], // E1 has no check-in data: a counts as attending E1
      checkedIn('a', 'e2'),
      checkedIn('b', 'e2'),
      ['c', 'e1', 'waitlist', 'unknown'], // waitlisted: c's first attended event is E2
      checkedIn('c', 'e2'),
    ],
    demos: [demoBy('b', 'e2')],
    expected: ratio(1, 2, true),
  },
  {
    name: 'a merged person counts once and keeps the absorbed record’s demo',
    // The import of E2 created x; the merge repointed x's registration at the survivor s.
    rows: [checkedIn('s', 'e2'), checkedIn('s', 'e3'), checkedIn('s', 'e3')],
    demos: [demoBy('x', 'e3')],
    resolve: personResolver(
      [{ id: 's' }],
      [
        {
          absorbed: { id: 'x' },
          survivorBefore: { id: 's' },
          undoneAt: null,
        } as unknown as MergeRecord,
      ],
    ),
    expected: ratio(1, 1, false),
  },
  {
    name: 'a deleted person’s registrations are gone, and their leftover demo counts for nobody',
    rows: [checkedIn('b', 'e2')],
    demos: [demoBy('gone', 'e2')],
    resolve: personResolver([{ id: 'b' }], []),
    expected: ratio(0, 1, false),
  },
  {
    name: 'nobody first attending in the window is no rate',
    rows: [checkedIn('a', 'e1')],
    demos: [demoBy('a', 'e1')],
    expected: ratio(0, 0, false),
  },
]

describe('firstTimeDemoConversion', () => {
  it.each(cases)('$name', ({ rows, demos, resolve, expected }) => {
    expect(
      firstTimeDemoConversion(
        [E3, E1, E2],
        registrationsOf(rows),
        demos,
        WINDOW,
        resolve ?? keepEveryPerson,
      ),
    ).toEqual(expected)
  })

  it('counts all time when the window has no lower bound', () => {
    const rows = [checkedIn('a', 'e1'), checkedIn('b', 'e3')]
    const result = firstTimeDemoConversion(
      [E1, E2, E3],
      registrationsOf(rows),
      [demoBy('a', 'e3')],
      {
        from: null,
        to: WINDOW.to,
      },
    )
    expect(result).toEqual(ratio(1, 2, false))
  })
})
