import { describe, expect, it } from 'vitest'
import { DEFAULT_BOARD } from '../domain/board-schemas'
import type { FollowUp } from '../domain/journal-schemas'
import { makeDemo, makeEvent } from '../testing/factories'
import { betweenTheNights, type BetweenTheNightsInput } from './between-the-nights'

const now = new Date('2026-11-10T12:00:00.000Z')
// Ran on 2026-10-20, planned in the app a month and a half before.
const ranInApp = makeEvent({ id: 'last', title: 'October night' })
// The same night, recorded from an old export long after its retro window closed.
const recorded = makeEvent({
  id: 'last',
  title: 'October night',
  createdAt: '2026-11-05T09:00:00.000Z',
})
const next = makeEvent({
  id: 'next',
  title: 'December night',
  start: '2026-12-01T18:00',
  end: '2026-12-01T21:00',
  status: 'planning',
  demoContract: { ...ranInApp.demoContract, demoTarget: 2, slotCount: 6 },
})

function input(overrides: Partial<BetweenTheNightsInput>): BetweenTheNightsInput {
  return {
    next: undefined,
    last: undefined,
    events: [],
    demos: [],
    followUps: [],
    followUpMinimum: 10,
    board: DEFAULT_BOARD,
    now,
    ...overrides,
  }
}

const sent = (id: string): FollowUp => ({
  id,
  eventId: 'last',
  personId: `p-${id}`,
  channel: '',
  sentOn: '2026-10-22',
  answer: '',
  outcomes: [],
  answeredAt: null,
  createdAt: '2026-10-21T10:00:00.000Z',
})

describe('between the nights', () => {
  it('says three demos past a target of two, never “3 of 2”', () => {
    const demos = [0, 1, 2].map((order) =>
      makeDemo(`d${order}`, 'confirmed', { eventId: 'next', runOrder: order }),
    )
    const [row] = betweenTheNights(input({ next, events: [next], demos }))
    expect(row).toMatchObject({ id: 'demos', value: '3, target 2', tone: 'ok' })
  })

  it('asks for the follow-up minimum after a night run in the app', () => {
    const rows = betweenTheNights(
      input({ last: ranInApp, events: [ranInApp], followUps: [sent('f1'), sent('f2')] }),
    )
    expect(rows.find((row) => row.id === 'follow-ups')).toMatchObject({
      value: '2 of 10',
      tone: 'warn',
    })
  })

  it('does not ask for follow-ups after a night recorded from an old export', () => {
    const rows = betweenTheNights(input({ last: recorded, events: [recorded] }))
    expect(rows.map((row) => row.id)).not.toContain('follow-ups')
  })

  it('shows an empty workspace’s zero in a neutral tone, not as a warning', () => {
    const rows = betweenTheNights(input({}))
    expect(rows).toEqual([expect.objectContaining({ id: 'forward-moves', tone: 'neutral' })])
  })
})
