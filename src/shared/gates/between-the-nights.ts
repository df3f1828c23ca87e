/**
 * Home's "Between the nights" (DESIGN.md §1.2, §1.4, §1.6): demos confirmed for the next night,
 * follow-ups sent after the last one, forward moves on the pipeline this cycle, each against its
 * bar. The follow-up minimum is asked only of a night that owed a follow-up round: a night recorded
 * from an old export (recorded history) had none in the app, and the announce gate does not ask it.
 */
import type { Board } from '../domain/board-schemas'
import type { Demo } from '../domain/demo-schemas'
import type { FollowUp } from '../domain/journal-schemas'
import type { Event } from '../domain/schemas'
import { confirmedDemos } from '../demos/demo-counts'
import { CADENCE_TARGET, currentCycle } from '../pipeline/forward-moves'
import { wasRecordedAfterRetroWindow } from '../retros/retro-deadline'
import { countAgainstBar } from '../util/format-number'
import { followUpsSent } from './announce-gate'

export interface MechanismRow {
  id: 'demos' | 'follow-ups' | 'forward-moves'
  label: string
  /** "1 of 3", "3 of 3", "5, target 3". */
  value: string
  /** ok: at or past its bar; warn: short of it; neutral: nothing to measure yet. */
  tone: 'ok' | 'warn' | 'neutral'
  /** The event the row is about, to open it; none for the pipeline. */
  eventId: string | null
}

export interface BetweenTheNightsInput {
  next: Event | undefined
  last: Event | undefined
  events: readonly Event[]
  demos: readonly Demo[]
  followUps: readonly FollowUp[]
  followUpMinimum: number
  board: Board
  now: Date
}

export function betweenTheNights(input: BetweenTheNightsInput): MechanismRow[] {
  const { next, last } = input
  const rows: MechanismRow[] = []
  if (next) {
    rows.push(
      row(
        'demos',
        `Demos confirmed for “${next.title}”`,
        confirmedDemos(input.demos, next.id).length,
        next.demoContract.demoTarget,
        next.id,
      ),
    )
  }
  if (last && !wasRecordedAfterRetroWindow(last)) {
    rows.push(
      row(
        'follow-ups',
        `Follow-ups sent after “${last.title}”`,
        followUpsSent(input.followUps, last.id),
        input.followUpMinimum,
        last.id,
      ),
    )
  }
  const cycle = currentCycle(input.events, input.board, input.now)
  const moves = row(
    'forward-moves',
    'Forward moves on the speaker pipeline this cycle',
    cycle.forwardMoves,
    CADENCE_TARGET.min,
    null,
  )
  // Before any night has ended there is no cycle to be behind in: its zero is not a warning.
  rows.push(cycle.since === null && moves.tone === 'warn' ? { ...moves, tone: 'neutral' } : moves)
  return rows
}

function row(
  id: MechanismRow['id'],
  label: string,
  count: number,
  bar: number,
  eventId: string | null,
): MechanismRow {
  return {
    id,
    label,
    value: countAgainstBar(count, bar),
    tone: count >= bar ? 'ok' : 'warn',
    eventId,
  }
}
