import { describe, expect, it } from 'vitest'
import {
  addMinute,
  back,
  clockTone,
  formatClock,
  next,
  remainingMs,
  stageSummary,
  stageTimer,
  startOrPause,
} from './stage-timer'

const T0 = Date.parse('2026-10-20T19:00:00.000Z')
const MIN = 60_000

describe('the stage timer', () => {
  it('counts the slot down from the contract minutes, leaving pauses out', () => {
    let timer = startOrPause(stageTimer(['d1', 'd2']), T0)
    expect(remainingMs(timer, T0 + 2 * MIN, 7)).toBe(5 * MIN)
    timer = startOrPause(timer, T0 + 2 * MIN) // pause
    expect(remainingMs(timer, T0 + 10 * MIN, 7)).toBe(5 * MIN)
    timer = startOrPause(timer, T0 + 10 * MIN) // carry on
    expect(remainingMs(timer, T0 + 11 * MIN, 7)).toBe(4 * MIN)
  })

  it('adds a minute to the slot and shows the overrun', () => {
    let timer = startOrPause(stageTimer(['d1']), T0)
    timer = addMinute(timer)
    expect(remainingMs(timer, T0 + 9 * MIN, 7)).toBe(-MIN)
    expect(formatClock(remainingMs(timer, T0 + 9 * MIN + 30_000, 7))).toBe('-1:30')
    expect(clockTone(-1)).toBe('over')
    expect(clockTone(30_000)).toBe('last-minute')
    expect(clockTone(5 * MIN)).toBe('calm')
  })

  it('logs the actual start and end when moving on, and a no-show for a demo never started', () => {
    const started = startOrPause(stageTimer(['d1', 'd2', 'd3']), T0)
    const first = next(started, T0 + 9 * MIN, 7)
    expect(first.logged).toEqual({
      demoId: 'd1',
      outcome: 'ran',
      startedAt: '2026-10-20T19:00:00.000Z',
      endedAt: '2026-10-20T19:09:00.000Z',
      plannedMinutes: 7,
      seconds: 540,
    })
    const second = next(first.timer, T0 + 10 * MIN, 7)
    expect(second.logged).toMatchObject({ demoId: 'd2', outcome: 'no-show', seconds: 0 })
    expect(second.timer.index).toBe(2)
    expect(back(second.timer).index).toBe(1)
  })

  it('tells the retro what ran long, the longest first, and who did not show', () => {
    const entry = (demoId: string, seconds: number, outcome: 'ran' | 'no-show' = 'ran') => ({
      id: demoId,
      eventId: 'e1',
      demoId,
      outcome,
      startedAt: null,
      endedAt: null,
      plannedMinutes: 7,
      seconds,
    })
    const summary = stageSummary(
      [entry('d1', 400), entry('d2', 500), entry('d3', 600), entry('d4', 0, 'no-show')],
      'e1',
    )
    expect(summary.overruns.map((overrun) => [overrun.demoId, overrun.overSeconds])).toEqual([
      ['d3', 180],
      ['d2', 80],
    ])
    expect(summary.noShows.map((each) => each.demoId)).toEqual(['d4'])
  })
})
