/** The pipeline's cadence (DESIGN.md §1.4): forward moves per cycle between two events. */
import type { Board } from '../domain/board-schemas'
import type { Event } from '../domain/schemas'
import { eventEnd } from '../events/event-time'
import { lastEndedEvent } from '../events/last-ended-event'

/** Forward moves = card moves to a column further right, made at or after `since`. */
export function forwardMovesSince(board: Board, since: Date | null): number {
  const from = since?.getTime() ?? Number.NEGATIVE_INFINITY
  let count = 0
  for (const card of board.cards) {
    for (const move of card.history) {
      if (move.isForward && Date.parse(move.at) >= from) count += 1
    }
  }
  return count
}

/** Between one event and the next, move 3–5 people forward one step. */
export const CADENCE_TARGET = { min: 3, max: 5 } as const

export interface CycleStatus {
  /** The event whose end opened this cycle; null before any event ended. */
  since: Event | null
  forwardMoves: number
  /** Below the minimum in a cycle that has begun: planning the next event warns. */
  isBelowTarget: boolean
}

/**
 * Whether a cycle is behind its cadence: only once an event has ended, so an empty or new
 * workspace's zero is not a warning.
 */
export function isCycleBelowTarget(since: unknown, forwardMoves: number): boolean {
  return since !== null && forwardMoves < CADENCE_TARGET.min
}

/** The current cycle (since the last event ended) and its forward moves against 3–5. */
export function currentCycle(events: readonly Event[], board: Board, now: Date): CycleStatus {
  const since = lastEndedEvent(events, now)
  const forwardMoves = forwardMovesSince(board, since === null ? null : eventEnd(since))
  return { since, forwardMoves, isBelowTarget: isCycleBelowTarget(since, forwardMoves) }
}
