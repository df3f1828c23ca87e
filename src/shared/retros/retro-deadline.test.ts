import { describe, expect, it } from 'vitest'
import type { Retro } from '../domain/journal-schemas'
import { makeEvent } from '../testing/factories'
import { describeRetroStatus, retroStatus } from './retro-deadline'

// Ends 2026-11-22 21:30 Berlin = 20:30 UTC; due 2026-11-24 20:30 UTC.
const event = makeEvent({
  id: 'e14',
  start: '2026-11-22T18:30',
  end: '2026-11-22T21:30',
  timeZone: 'Europe/Berlin',
})
const retro = (completedAt: string | null): Retro => ({
  eventId: 'e14',
  worked: '',
  broke: '',
  surprised: '',
  inviteNext: [],
  followUpPicks: [],
  completedAt,
  updatedAt: '2026-11-23T10:00:00.000Z',
})

describe('the 48-hour retro clock', () => {
  it.each([
    ['2026-11-22T19:00:00.000Z', undefined, 'not-yet', 'Opens when the event ends'],
    ['2026-11-22T20:30:00.000Z', undefined, 'due', '48 h 0 min left'],
    ['2026-11-23T13:10:00.000Z', undefined, 'due', '31 h 20 min left'],
    ['2026-11-24T20:30:00.000Z', retro(null), 'due', '0 min left'],
    ['2026-11-24T20:31:00.000Z', undefined, 'late', 'Late by 1 h'],
    ['2026-11-27T21:00:00.000Z', retro(null), 'late', 'Late by 3 days'],
    ['2026-11-30T00:00:00.000Z', retro('2026-11-23T09:00:00.000Z'), 'done', 'Done'],
    ['2026-11-30T00:00:00.000Z', retro('2026-11-25T09:00:00.000Z'), 'done', 'Done (late)'],
  ] as const)('at %s → %s (%s)', (now, saved, kind, words) => {
    const status = retroStatus(event, saved, new Date(now))
    expect(status.kind).toBe(kind)
    expect(describeRetroStatus(status)).toBe(words)
  })
})
