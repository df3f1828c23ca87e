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

describe('a night recorded after its retro window', () => {
  it.each([
    // Entered the morning after, with the 48 hours still running: owed as usual, so now late.
    ['2026-11-23T08:00:00.000Z', 'late'],
    // Entered a minute before the window closed: owed too.
    ['2026-11-24T20:29:00.000Z', 'late'],
    // Entered from an old export after the window closed: nothing is due, writing one is optional.
    ['2026-11-24T20:31:00.000Z', 'optional'],
  ] as const)('entered at %s → %s', (createdAt, kind) => {
    const recorded = { ...event, createdAt }
    expect(retroStatus(recorded, undefined, new Date('2026-11-24T20:40:00.000Z')).kind).toBe(kind)
  })

  it.each([
    // Run in the app and written 12 h after the window closed: late.
    ['2026-11-20T10:00:00.000Z', '2026-11-25T08:30:00.000Z', 'Done (late)'],
    // Recorded a week later, its optional retro written the day after: nothing was due, not late.
    ['2026-12-01T00:00:00.000Z', '2026-12-02T00:00:00.000Z', 'Done'],
    // Recorded just after the window closed, the retro written at once: still optional, not late.
    ['2026-11-24T20:31:00.000Z', '2026-11-24T20:35:00.000Z', 'Done'],
  ] as const)('entered at %s, retro written at %s → %s', (createdAt, completedAt, words) => {
    const recorded = { ...event, createdAt }
    const status = retroStatus(recorded, retro(completedAt), new Date('2026-12-03T00:00:00.000Z'))
    expect(status.kind).toBe('done')
    expect(describeRetroStatus(status)).toBe(words)
  })
})
