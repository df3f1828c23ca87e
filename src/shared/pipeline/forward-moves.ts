/** The pipeline's cadence (DESIGN.md §1.4): forward moves per cycle between two events. */
import type { Board } from '../domain/board-schemas'

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
