import { describe, expect, it } from 'vitest'
import type { Demo } from '../domain/demo-schemas'
import type { MergeRecord } from '../domain/schemas'
import { demoBy, eventOn } from './metric-test-data'
import { keepEveryPerson, personResolver, type PersonResolver } from './person-resolver'
import { ratio, type Ratio } from './ratio'
import { repeatSpeakerRate } from './repeat-speaker-rate'

const EVENTS = [eventOn('e1', '2026-01-10'), eventOn('e2', '2026-02-10')]
const MERGED = { absorbed: { id: 'x' }, survivorBefore: { id: 's' }, undoneAt: null }

const cases: { name: string; demos: Demo[]; resolve?: PersonResolver; expected: Ratio }[] = [
  {
    name: 'two demos at one event are one event; declined demos are not presented',
    demos: [
      demoBy('a', 'e1'),
      demoBy('a', 'e2'),
      { ...demoBy('b', 'e1'), id: 'b1' },
      { ...demoBy('b', 'e1'), id: 'b2' },
      demoBy('c', 'e2', 'declined'),
    ],
    expected: ratio(1, 2, false),
  },
  { name: 'nobody presented: no rate', demos: [], expected: ratio(0, 0, false) },
  {
    name: 'a merged person’s demos under both ids make one repeat speaker',
    demos: [demoBy('x', 'e1'), demoBy('s', 'e2')],
    resolve: personResolver([{ id: 's' }], [MERGED as unknown as MergeRecord]),
    expected: ratio(1, 1, false),
  },
  {
    name: 'a deleted person’s demos are left out, as are demos of deleted events',
    demos: [demoBy('gone', 'e1'), demoBy('gone', 'e2'), demoBy('a', 'e1'), demoBy('a', 'e9')],
    resolve: personResolver([{ id: 'a' }], []),
    expected: ratio(0, 1, false),
  },
]

describe('repeatSpeakerRate', () => {
  it.each(cases)('$name', ({ demos, resolve, expected }) => {
    expect(repeatSpeakerRate(EVENTS, demos, resolve ?? keepEveryPerson)).toEqual(expected)
  })
})
