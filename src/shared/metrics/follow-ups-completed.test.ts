import { describe, expect, it } from 'vitest'
import { followUpsCompleted } from './follow-ups-completed'
import { eventOn } from './metric-test-data'
import { ratio } from './ratio'

const NOW = new Date('2026-03-01T12:00:00.000Z')
const EVENTS = [
  eventOn('e2', '2026-02-10'),
  eventOn('e1', '2026-01-10'),
  eventOn('e3', '2026-03-10'), // not ended: no follow-ups due yet
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
})
