/** Pipeline count (DESIGN.md §2): where the speaker pipeline's people are. */
import type { Board } from '../domain/board-schemas'

export interface ColumnCount {
  columnId: string
  name: string
  count: number
}

/**
 * Pipeline count (DESIGN.md §2) = cards per column, for the columns not archived, in board order
 * (left to right, side columns where the board puts them).
 */
export function pipelineCounts(board: Pick<Board, 'columns'>): ColumnCount[] {
  return board.columns
    .filter((column) => !column.isArchived)
    .map((column) => ({ columnId: column.id, name: column.name, count: column.cardIds.length }))
}
