import { describe, expect, it } from 'vitest'
import { eventOn } from './metric-test-data'
import { isInWindow, metricWindow, monthsBefore, type MetricWindowKind } from './metric-window'

const NOW = new Date('2026-11-01T12:00:00.000Z')
// Out of order on purpose; e3 has not happened yet, e2 is the last to have ended.
const EVENTS = [
  eventOn('e3', '2026-11-05'),
  eventOn('e1', '2026-10-20'),
  eventOn('e2', '2026-10-27'),
]

describe('metricWindow', () => {
  it.each<{ kind: MetricWindowKind; from: string | null }>([
    { kind: 'last-event', from: '2026-10-27T18:00:00.000Z' },
    { kind: 'last-3-months', from: '2026-08-01T12:00:00.000Z' },
    { kind: 'last-12-months', from: '2025-11-01T12:00:00.000Z' },
    { kind: 'all-time', from: null },
  ])('$kind starts at $from and ends now', ({ kind, from }) => {
    expect(metricWindow(kind, EVENTS, NOW)).toEqual({
      from: from === null ? null : new Date(from),
      to: NOW,
    })
  })

  it('makes "last event" the empty instant now when no event has ended yet', () => {
    expect(metricWindow('last-event', [eventOn('e3', '2026-11-05')], NOW)).toEqual({
      from: NOW,
      to: NOW,
    })
  })
})

describe('monthsBefore', () => {
  it.each([
    { now: '2026-05-31T10:00:00.000Z', months: 3, expected: '2026-02-28T10:00:00.000Z' },
    { now: '2024-05-31T10:00:00.000Z', months: 3, expected: '2024-02-29T10:00:00.000Z' },
    { now: '2026-01-15T00:00:00.000Z', months: 12, expected: '2025-01-15T00:00:00.000Z' },
    { now: '2026-02-10T23:59:59.999Z', months: 3, expected: '2025-11-10T23:59:59.999Z' },
  ])('$now − $months months = $expected', ({ now, months, expected }) => {
    expect(monthsBefore(new Date(now), months).toISOString()).toBe(expected)
  })
})

describe('isInWindow', () => {
  const window = { from: new Date('2026-01-01T00:00:00.000Z'), to: NOW }
  it.each([
    { at: '2025-12-31T23:59:59.999Z', expected: false },
    { at: '2026-01-01T00:00:00.000Z', expected: true },
    { at: '2026-11-01T12:00:00.000Z', expected: true },
    { at: '2026-11-01T12:00:00.001Z', expected: false },
  ])('$at → $expected (both ends included)', ({ at, expected }) => {
    expect(isInWindow(Date.parse(at), window)).toBe(expected)
  })

  it('has no lower bound when from is null', () => {
    expect(isInWindow(0, { from: null, to: NOW })).toBe(true)
  })
})
