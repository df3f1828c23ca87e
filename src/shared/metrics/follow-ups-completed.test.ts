import { describe, expect, it } from 'vitest'
import { followUpsCompleted } from './follow-ups-completed'
import { eventOn } from './metric-test-data'
import { ratio } from './ratio'

const NOW = new Date('2026-03-01T12:00:00.000Z')
// Planned in the app ahead of the nights (not recorded history, which owes no follow-ups).
const PLANNED = { createdAt: '2025-12-01T10:00:00.000Z' }
const EVENTS = [
  eventOn('e2', '2026-02-10', PLANNED),
  eventOn('e1', '2026-01-10', PLANNED),
  eventOn('e3', '2026-03-10', PLANNED), // not ended: no follow-ups due yet
]
const FOLLOW_UPS = [
  { eventId: 'e1', sentOn: '2026-01-11' },
  { eventId: 'e1', sentOn: '2026-01-12' },
  { eventId: 'e1', sentOn: null }, // picked, not sent
  { eventId: 'e2', sentOn: '2026-02-11' },
  { eventId: 'e3', sentOn: '2026-02-28' },
]

describe('followUpsCompleted', () => {
  it('compares each ended event’s sent follow-ups with the minimum', () => {
    expect(
      followUpsCompleted(EVENTS, FOLLOW_UPS, 2, { from: null, to: NOW }, NOW).perEvent,
    ).toEqual([
      { eventId: 'e1', sent: 2, minimum: 2, isMet: true },
      { eventId: 'e2', sent: 1, minimum: 2, isMet: false },
    ])
  })

  it.each([
    { name: 'all time: 3 sent of 2 events × 2', from: null, expected: ratio(3, 4, false) },
    {
      name: 'since February: only e2',
      from: new Date('2026-02-01T00:00:00.000Z'),
      expected: ratio(1, 2, false),
    },
    {
      name: 'a window with no ended event has no rate',
      from: new Date('2026-03-01T00:00:00.000Z'),
      expected: ratio(0, 0, false),
    },
  ])('$name', ({ from, expected }) => {
    expect(followUpsCompleted(EVENTS, FOLLOW_UPS, 2, { from, to: NOW }, NOW).inWindow).toEqual(
      expected,
    )
  })

  // e1 (2 sent) and e2 (1 sent), minimum 2, plus "old", a night of 2026-02-20 entered at `createdAt`.
  // Recorded after its 48-hour window closed it owes no follow-ups: out of perEvent and the ratio,
  // and a follow-up recorded for it does not make up for e2.
  it.each([
    {
      name: 'planned ahead, none sent',
      createdAt: '2026-02-01T10:00:00.000Z',
      sentForOld: 0,
      owing: ['e1', 'e2', 'old'],
      expected: ratio(3, 6, false),
    },
    {
      name: 'entered the day after, window open',
      createdAt: '2026-02-21T10:00:00.000Z',
      sentForOld: 0,
      owing: ['e1', 'e2', 'old'],
      expected: ratio(3, 6, false),
    },
    {
      name: 'recorded a week later, none sent',
      createdAt: '2026-02-27T10:00:00.000Z',
      sentForOld: 0,
      owing: ['e1', 'e2'],
      expected: ratio(3, 4, false),
    },
    {
      name: 'recorded a week later, one sent',
      createdAt: '2026-02-27T10:00:00.000Z',
      sentForOld: 1,
      owing: ['e1', 'e2'],
      expected: ratio(3, 4, false),
    },
  ])('a past night $name → owing $owing', ({ createdAt, sentForOld, owing, expected }) => {
    const old = eventOn('old', '2026-02-20', { createdAt })
    const extra = Array.from({ length: sentForOld }, () => ({
      eventId: 'old',
      sentOn: '2026-02-28',
    }))
    const result = followUpsCompleted(
      [...EVENTS, old],
      [...FOLLOW_UPS, ...extra],
      2,
      { from: null, to: NOW },
      NOW,
    )
    expect(result.perEvent.map((entry) => entry.eventId)).toEqual(owing)
    expect(result.inWindow).toEqual(expected)
  })
})
