import { describe, expect, it } from 'vitest'
import { eventOn } from './metric-test-data'
import { eventTimeToShip, median, timeToShip } from './time-to-ship'

const CREATED = '2026-09-01T10:00:00.000Z'

describe('eventTimeToShip', () => {
  it.each([
    { metAt: '2026-09-11T10:00:00.000Z', expected: 10 },
    // One minute short of ten days is nine whole days.
    { metAt: '2026-09-11T09:59:00.000Z', expected: 9 },
    { metAt: '2026-09-01T18:00:00.000Z', expected: 0 },
    { metAt: null, expected: null },
  ])('met at $metAt → $expected', ({ metAt, expected }) => {
    expect(eventTimeToShip({ createdAt: CREATED, demoTargetMetAt: metAt })).toBe(expected)
  })
})

describe('median', () => {
  it.each([
    { values: [], expected: null },
    { values: [7], expected: 7 },
    { values: [10, 2, 7], expected: 7 },
    { values: [10, 2, 7, 4], expected: 5.5 },
  ])('median of $values = $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected)
  })
})

function shippedIn(id: string, day: string, days: number | null) {
  const created = Date.parse(`${day}T09:00:00.000Z`) - 30 * 86_400_000
  return eventOn(id, day, {
    createdAt: new Date(created).toISOString(),
    demoTargetMetAt: days === null ? null : new Date(created + days * 86_400_000).toISOString(),
  })
}

describe('timeToShip', () => {
  const window = {
    from: new Date('2026-02-01T00:00:00.000Z'),
    to: new Date('2026-06-30T00:00:00.000Z'),
  }
  const events = [
    shippedIn('jan', '2026-01-10', 1), // starts before the window
    shippedIn('feb', '2026-02-10', 10),
    shippedIn('mar', '2026-03-10', 2),
    shippedIn('apr', '2026-04-10', null), // never met: no time to ship
    shippedIn('may', '2026-05-10', 7),
    shippedIn('jun', '2026-06-10', 4),
  ]

  it('takes the median over the window’s events that met their target, the mean of the middle two', () => {
    const result = timeToShip(events, window)
    expect(result.median).toBe(5.5)
    expect(result.count).toBe(4)
    expect(result.perEvent).toEqual([
      { eventId: 'jan', days: 1 },
      { eventId: 'feb', days: 10 },
      { eventId: 'mar', days: 2 },
      { eventId: 'apr', days: null },
      { eventId: 'may', days: 7 },
      { eventId: 'jun', days: 4 },
    ])
  })

  it('has no median when no event in the window met its target', () => {
    expect(timeToShip([shippedIn('apr', '2026-04-10', null)], window)).toEqual({
      perEvent: [{ eventId: 'apr', days: null }],
      median: null,
      count: 0,
    })
  })
})
