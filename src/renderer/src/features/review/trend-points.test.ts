import { describe, expect, it } from 'vitest'
import type { FatigueTrendPoint } from '../../../../shared/metrics/metric-trends'
import { fatiguePoints, noShowPoints, returningPoints, shortEventLabel } from './trend-points'

describe('shortEventLabel', () => {
  it.each([
    { title: 'AI Demo Night #14 — Agents in production', start: '2026-11-22T18:30', label: '#14' },
    { title: 'Hack evening', start: '2026-03-05T19:00', label: '5 Mar' },
    { title: 'Winter social', start: '2026-12-31T19:00', label: '31 Dec' },
  ])('$title → $label', ({ title, start, label }) => {
    expect(shortEventLabel(title, start)).toBe(label)
  })
})

describe('chart points', () => {
  it('puts returning rates on the 0–100 scale with their counts, a null rate as a gap', () => {
    const points = returningPoints([
      {
        eventId: 'e1',
        title: 'Night #1',
        start: '2026-01-10T18:00',
        attendees: 40,
        returning: 26,
        rate: 0.65,
        isEstimated: true,
      },
      {
        eventId: 'e2',
        title: 'Night #2',
        start: '2026-02-10T18:00',
        attendees: 0,
        returning: 0,
        rate: null,
        isEstimated: false,
      },
    ])
    expect(points.map(({ label, value, valueText }) => [label, value, valueText])).toEqual([
      ['#1', 65, '65%'],
      ['#2', null, '—'],
    ])
    expect(points[0]?.inputs).toEqual([
      { name: 'Attendees', text: '40' },
      { name: 'Returning', text: '26' },
    ])
    expect(points[0]?.isEstimated).toBe(true)
  })

  it('gives no-show rates with who said going and who stayed away', () => {
    const [point] = noShowPoints([
      {
        eventId: 'e1',
        title: 'Night #1',
        start: '2026-01-10T18:00',
        noShows: 12,
        going: 48,
        rate: 0.25,
      },
    ])
    expect(point).toMatchObject({ value: 25, valueText: '25%' })
    expect(point?.inputs.map((input) => input.text)).toEqual(['48', '12'])
  })

  it('gives each check-in its inputs and names the overrides that fed it, a few at most', () => {
    const overrides = ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      eventId: id === 'a' ? 'e0' : 'e1',
      gate: 'announce-follow-ups' as const,
      reason: `reason ${id}`,
      at: '2026-01-05T10:00:00.000Z',
      by: '',
    }))
    const checkIn: FatigueTrendPoint = {
      eventId: 'e1',
      title: 'Night #1',
      start: '2026-01-10T18:00',
      at: '2026-01-11T10:00:00.000Z',
      energy: 1,
      hours: 20,
      overridesInCycle: 4,
      overrides,
      score: 100,
      isWarning: true,
    }
    const points = fatiguePoints(
      [checkIn, { ...checkIn, at: '2026-01-12T10:00:00.000Z', overrides: [], score: 80.4 }],
      new Map([['e1', 'Night #1']]),
    )
    // Two check-ins of one event are two points.
    expect(new Set(points.map((point) => point.key)).size).toBe(2)
    expect(points.map((point) => point.valueText)).toEqual(['100', '80'])
    expect(points[0]?.inputs).toEqual([
      { name: 'Energy', text: '1 of 5' },
      { name: 'Hours', text: '20' },
      { name: 'Overrides in the cycle', text: '4' },
    ])
    expect(points[0]?.notes).toEqual([
      'Override (follow-up minimum) on a deleted event: reason a',
      'Override (follow-up minimum) on Night #1: reason b',
      'Override (follow-up minimum) on Night #1: reason c',
      'and 1 more',
    ])
    expect(points[0]?.isWarning).toBe(true)
  })
})
