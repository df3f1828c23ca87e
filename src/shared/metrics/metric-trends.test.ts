import { describe, expect, it } from 'vitest'
import type { GateOverride } from '../domain/schemas'
import { fatigueIndex } from './fatigue-index'
import { metricTrends } from './metric-trends'
import type { MetricWindow } from './metric-window'
import { checkedIn, eventOn, registrationsOf } from './metric-test-data'
import { noShowRates } from './no-show-rate'
import { returningBuilderRates } from './returning-builders'

const override = (at: string): GateOverride => ({
  id: at,
  gate: 'plan-after-retro',
  reason: 'Venue only free that week',
  at,
  by: '',
})

// e0 is before the window, e1–e3 in it, e4 not yet held; e2 has nobody recorded as attending.
const EVENTS = [
  eventOn('e4', '2026-05-10'),
  eventOn('e0', '2025-12-10'),
  eventOn('e1', '2026-02-10', { title: 'Night #1' }),
  eventOn('e2', '2026-03-10', { gateOverrides: [override('2026-03-01T09:00:00.000Z')] }),
  eventOn('e3', '2026-04-10', { title: 'Night #3' }),
]
const REGISTRATIONS = registrationsOf([
  checkedIn('a', 'e0'),
  checkedIn('a', 'e1'),
  checkedIn('b', 'e1'),
  ['c', 'e1', 'going', 'no-show'],
  checkedIn('a', 'e3'),
  ['b', 'e3', 'going', 'unknown'],
  ['d', 'e3', 'going', 'unknown'],
  ['a', 'e4', 'going', 'unknown'],
])
const CHECK_INS = [
  { eventId: 'e0', energy: 3, hours: 5, at: '2025-12-11T10:00:00.000Z' },
  { eventId: 'e2', energy: 1, hours: 20, at: '2026-03-11T10:00:00.000Z' },
  { eventId: 'e3', energy: 4, hours: 4, at: '2026-04-11T10:00:00.000Z' },
]
const NOW = new Date('2026-04-20T12:00:00.000Z')
const WINDOW = { from: new Date('2026-01-01T00:00:00.000Z'), to: NOW }

function trends(window: MetricWindow = WINDOW) {
  return metricTrends(
    {
      events: EVENTS,
      returning: returningBuilderRates(EVENTS, REGISTRATIONS),
      noShowRates: noShowRates(EVENTS, REGISTRATIONS),
      fatigue: fatigueIndex(EVENTS, CHECK_INS),
      window,
    },
    NOW,
  )
}

describe('metricTrends', () => {
  it('charts the returning rate of ended events in the window, skipping a night nobody attended', () => {
    expect(trends().returning).toEqual([
      {
        eventId: 'e1',
        title: 'Night #1',
        start: '2026-02-10T18:00',
        attendees: 2,
        returning: 1,
        rate: 0.5,
        isEstimated: false,
      },
      {
        eventId: 'e3',
        title: 'Night #3',
        start: '2026-04-10T18:00',
        attendees: 1,
        returning: 1,
        rate: 1,
        isEstimated: false,
      },
    ])
  })

  it('charts no-shows only where check-in data says who stayed away', () => {
    // e1: c said going and did not come; e3: a came, b and d are unknown, so not counted either way.
    expect(
      trends().noShow.map(({ eventId, noShows, going, rate }) => [eventId, noShows, going, rate]),
    ).toEqual([
      ['e1', 1, 3, 1 / 3],
      ['e3', 0, 1, 0],
    ])
  })

  it('charts each check-in with its inputs and flags scores above 60', () => {
    const fatigue = trends().fatigue
    expect(
      fatigue.map(({ eventId, energy, hours, overridesInCycle }) => [
        eventId,
        energy,
        hours,
        overridesInCycle,
      ]),
    ).toEqual([
      ['e2', 1, 20, 1],
      ['e3', 4, 4, 0],
    ])
    expect(fatigue.map((point) => [point.score, point.isWarning])).toEqual([
      [50 + 30 + 20 / 3, true],
      [12.5 + 6, false],
    ])
    expect(fatigue[0]?.overrides.map((entry) => entry.reason)).toEqual([
      'Venue only free that week',
    ])
  })

  it('follows the window: all time brings the earlier event back, never the one to come', () => {
    const all = trends({ from: null, to: NOW })
    expect(all.returning.map((point) => point.eventId)).toEqual(['e0', 'e1', 'e3'])
    expect(all.fatigue.map((point) => point.eventId)).toEqual(['e0', 'e2', 'e3'])
  })
})
