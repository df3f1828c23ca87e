import { describe, expect, it } from 'vitest'
import { collaborationSparks } from './collaboration-sparks'
import { ratio } from './ratio'

const FEBRUARY = {
  from: new Date('2026-02-01T00:00:00.000Z'),
  to: new Date('2026-02-28T23:59:59.999Z'),
}

function intro(at: string, sparkedAt: string | null) {
  return { at: `${at}T12:00:00.000Z`, sparkedAt: sparkedAt && `${sparkedAt}T12:00:00.000Z` }
}

describe('collaborationSparks', () => {
  it.each([
    {
      name: 'sparks count when they spark, intros when they are made',
      intros: [
        intro('2026-01-10', '2026-02-05'), // made before, sparked in February: a spark only
        intro('2026-02-02', null), // made in February: an intro only
        intro('2026-02-03', '2026-03-01'), // sparks after the window: an intro only
        intro('2026-02-10', '2026-02-20'), // both
      ],
      expected: { sparks: 2, introsMade: 3, sparkRate: ratio(2, 3, false) },
    },
    {
      name: 'no intros: no rate',
      intros: [],
      expected: { sparks: 0, introsMade: 0, sparkRate: ratio(0, 0, false) },
    },
    {
      name: 'a window harvesting earlier intros can exceed 1',
      intros: [intro('2026-01-02', '2026-02-02'), intro('2026-01-03', '2026-02-03')],
      expected: { sparks: 2, introsMade: 0, sparkRate: ratio(2, 0, false) },
    },
  ])('$name', ({ intros, expected }) => {
    expect(collaborationSparks(intros, FEBRUARY)).toEqual(expected)
  })
})
