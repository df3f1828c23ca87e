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

  // A night on 2026-03-20 whose demos all went in the moment it was created (0 days). Run in the
  // app, that is a real 0; recorded from an old export after its retro window, it is no planning
  // time at all and stays out: the median stays 5.5 over the four others.
  it.each([
    {
      name: 'run in the app, created a month before',
      createdAt: '2026-02-18T10:00:00.000Z',
      days: 0,
      mid: 4,
      count: 5,
    },
    {
      name: 'recorded the morning after, window still open',
      createdAt: '2026-03-21T08:00:00.000Z',
      days: 0,
      mid: 4,
      count: 5,
    },
    {
      name: 'recorded 12 days later from an old export',
      createdAt: '2026-04-01T10:00:00.000Z',
      days: null,
      mid: 5.5,
      count: 4,
    },
  ])('a night $name → days $days, median $mid over $count', ({ createdAt, days, mid, count }) => {
    const metAt = new Date(Date.parse(createdAt) + 5 * 60_000).toISOString()
    const night = eventOn('mar20', '2026-03-20', { createdAt, demoTargetMetAt: metAt })
    const result = timeToShip([...events, night], window)
    expect(result.perEvent.find((entry) => entry.eventId === 'mar20')?.days).toBe(days)
    expect(result).toMatchObject({ median: mid, count })
  })

  it('has no median when no event in the window met its target', () => {
    expect(timeToShip([shippedIn('apr', '2026-04-10', null)], window)).toEqual({
      perEvent: [{ eventId: 'apr', days: null }],
      median: null,
      count: 0,
    })
  })
})
