import { describe, expect, it } from 'vitest'
import type { Demo } from '../domain/demo-schemas'
import type { MergeRecord } from '../domain/schemas'
import { journeyFunnel, type JourneyStage } from './journey-funnel'
import {
  checkedIn,
  demoBy,
  eventOn,
  registrationsOf,
  type RegistrationRow,
} from './metric-test-data'
import { keepEveryPerson, personResolver, type PersonResolver } from './person-resolver'

const NOW = new Date('2026-11-01T12:00:00.000Z')
// 90 days before now is 2026-08-03: E3 and E4 are recent, E1 and E2 are not, E5 is upcoming.
const EVENTS = [
  eventOn('e1', '2026-01-10'),
  eventOn('e2', '2026-03-10'),
  eventOn('e3', '2026-09-10'),
  eventOn('e4', '2026-10-20'),
  eventOn('e5', '2026-12-01'),
]

function intro(a: string, b: string, sparkedAt: string | null) {
  return { personIds: [a, b] as [string, string], sparkedAt }
}

interface Case {
  name: string
  people: string[]
  rows: RegistrationRow[]
  demos?: Demo[]
  intros?: ReturnType<typeof intro>[]
  resolve?: PersonResolver
  stages: Record<JourneyStage, string[]>
  isEstimated?: boolean
}

const cases: Case[] = [
  {
    name: 'each person sits at the highest stage that applies',
    people: ['aw1', 'aw2', 'fut', 'on1', 'ad1', 're1', 're2', 'adv1', 'adv2'],
    rows: [
      ['aw1', 'e1', 'going', 'no-show'], // registered, never attended
      // aw2 never registered: Awareness too.
      ['fut', 'e5', 'going', 'unknown'], // going to an upcoming event is not attendance
      checkedIn('on1', 'e1'),
      checkedIn('ad1', 'e1'), // twice, both over 90 days ago: Adoption
      checkedIn('ad1', 'e2'),
      checkedIn('re1', 'e1'), // three times: Retention
      checkedIn('re1', 'e2'),
      checkedIn('re1', 'e3'),
      checkedIn('re2', 'e3'), // twice within 90 days: Retention
      checkedIn('re2', 'e4'),
      checkedIn('adv2', 'e1'),
    ],
    demos: [demoBy('adv1', 'e1'), demoBy('on1', 'e2', 'confirmed')],
    intros: [intro('adv2', 'nobody', '2026-10-01T00:00:00.000Z'), intro('on1', 'ad1', null)],
    stages: {
      awareness: ['aw1', 'aw2', 'fut'],
      onboarding: ['on1'],
      adoption: ['ad1'],
      retention: ['re1', 're2'],
      advocacy: ['adv1', 'adv2'],
    },
  },
  {
    name: 'without check-in data going counts as attended, estimated',
    people: ['a', 'b'],
    rows: [
      ['a', 'e1', 'going', 'unknown'],
      ['a', 'e2', 'going', 'unknown'],
      ['b', 'e1', 'declined', 'unknown'],
    ],
    stages: { awareness: ['b'], onboarding: [], adoption: ['a'], retention: [], advocacy: [] },
    isEstimated: true,
  },
  {
    name: 'a merged person counts once; a deleted person is nowhere',
    people: ['s'],
    // The survivor now holds both platforms' rows for e1 and the absorbed record's row for e2.
    rows: [checkedIn('s', 'e1'), checkedIn('s', 'e1'), checkedIn('s', 'e2')],
    // The deleted person's demo and sparked intro outlive them; they make nobody an advocate.
    demos: [demoBy('gone', 'e1')],
    intros: [intro('gone', 'nobody', '2026-10-01T00:00:00.000Z')],
    resolve: personResolver(
      [{ id: 's' }],
      [{ absorbed: { id: 'x' }, survivorBefore: { id: 's' }, undoneAt: null } as MergeRecord],
    ),
    // Two events, not three rows: Adoption, not Retention.
    stages: { awareness: [], onboarding: [], adoption: ['s'], retention: [], advocacy: [] },
  },
]

describe('journeyFunnel', () => {
  it.each(cases)('$name', ({ people, rows, demos, intros, resolve, stages, isEstimated }) => {
    const funnel = journeyFunnel(
      {
        events: EVENTS,
        registrations: registrationsOf(rows),
        demos: demos ?? [],
        intros: intros ?? [],
        people: people.map((id) => ({ id })),
      },
      NOW,
      resolve ?? keepEveryPerson,
    )
    expect(
      Object.fromEntries(funnel.stages.map((entry) => [entry.stage, entry.personIds])),
    ).toEqual(stages)
    expect(funnel.stages.map((entry) => entry.count)).toEqual(
      Object.values(stages).map((ids) => ids.length),
    )
    expect(funnel.isEstimated).toBe(isEstimated ?? false)
  })

  it('converts between consecutive stages and names the largest drop', () => {
    const funnel = journeyFunnel(
      {
        events: EVENTS,
        registrations: registrationsOf(cases[0]?.rows ?? []),
        demos: cases[0]?.demos ?? [],
        intros: cases[0]?.intros ?? [],
        people: (cases[0]?.people ?? []).map((id) => ({ id })),
      },
      NOW,
    )
    // At or beyond each stage: 9, 6, 5, 4, 2.
    expect(
      funnel.conversions.map(({ from, to, conversion }) => [
        from,
        to,
        conversion.numerator,
        conversion.denominator,
      ]),
    ).toEqual([
      ['awareness', 'onboarding', 6, 9],
      ['onboarding', 'adoption', 5, 6],
      ['adoption', 'retention', 4, 5],
      ['retention', 'advocacy', 2, 4],
    ])
    expect(funnel.largestDrop?.from).toBe('retention')
    expect(funnel.largestDrop?.conversion.value).toBe(0.5)
  })

  it('has no conversions and no drop for an empty workspace', () => {
    const funnel = journeyFunnel(
      { events: [], registrations: [], demos: [], intros: [], people: [] },
      NOW,
    )
    expect(funnel.stages.map((entry) => entry.count)).toEqual([0, 0, 0, 0, 0])
    expect(funnel.conversions.every((entry) => entry.conversion.value === null)).toBe(true)
    expect(funnel.largestDrop).toBeNull()
  })
})
