/**
 * The speaker pipeline board's rules (DESIGN.md §1.4): cards are people in columns; moving a card
 * to a column further right on the path is one step forward; every move between columns is kept
 * in the card's history with its date. Pure: a board in, a board out.
 */
import type { Board, BoardCard, BoardColumn } from '../domain/board-schemas'

export type BoardResult =
  { ok: true; board: Board; outcome: string } | { ok: false; reason: string }

export interface CardDraft {
  personId: string
  columnId: string
  nextStep: string
  dueDate: string | null
}

/** Columns a card can be in: not archived, in board order. */
export function activeColumns(board: Board): BoardColumn[] {
  return board.columns.filter((column) => !column.isArchived)
}

/**
 * Whether going from one column to another is a step forward: both on the path (Quiet killers is
 * off it), the target further right. Coming onto the path from a side column is not counted: the
 * cadence is about moving people along, not re-filing them.
 */
export function isForwardMove(
  board: Board,
  fromColumnId: string | null,
  toColumnId: string,
): boolean {
  if (fromColumnId === null) return false
  const path = board.columns.filter((column) => column.kind === 'path').map((column) => column.id)
  const from = path.indexOf(fromColumnId)
  const to = path.indexOf(toColumnId)
  return from !== -1 && to !== -1 && to > from
}

export function columnOfCard(board: Board, cardId: string): BoardColumn | undefined {
  return board.columns.find((column) => column.cardIds.includes(cardId))
}

/** A person onto the board. One card per person: a second would split their history. */
export function addCard(
  board: Board,
  draft: CardDraft,
  context: { id: string; now: Date },
): BoardResult {
  if (board.cards.some((card) => card.personId === draft.personId)) {
    return { ok: false, reason: 'This person is already on the board.' }
  }
  const column = board.columns.find((candidate) => candidate.id === draft.columnId)
  if (column === undefined || column.isArchived) {
    return { ok: false, reason: 'That column is no longer on the board.' }
  }
  const at = context.now.toISOString()
  const card: BoardCard = {
    id: context.id,
    personId: draft.personId,
    nextStep: draft.nextStep,
    dueDate: draft.dueDate,
    tags: [],
    createdAt: at,
    history: [{ fromColumnId: null, toColumnId: column.id, at, isForward: false }],
  }
  return {
    ok: true,
    board: {
      columns: board.columns.map((candidate) =>
        candidate.id === column.id
          ? { ...candidate, cardIds: [...candidate.cardIds, card.id] }
          : candidate,
      ),
      cards: [...board.cards, card],
    },
    outcome: `Added to “${column.name}”`,
  }
}

/**
 * Moves a card to `toColumnId` at `toIndex` (clamped). A move within its column only reorders and
 * leaves no history; a move across columns is recorded, forward or not.
 */
export function moveCard(
  board: Board,
  cardId: string,
  toColumnId: string,
  toIndex: number,
  now: Date,
): BoardResult {
  const card = board.cards.find((candidate) => candidate.id === cardId)
  const from = columnOfCard(board, cardId)
  const to = board.columns.find((column) => column.id === toColumnId)
  if (card === undefined || from === undefined) {
    return { ok: false, reason: 'This card is no longer on the board.' }
  }
  if (to === undefined || to.isArchived) {
    return { ok: false, reason: 'That column is no longer on the board.' }
  }
  // New column objects only: the board passed in stays as it was (undo and refusals rely on it).
  const columns = board.columns.map((column) => {
    const without = column.cardIds.filter((id) => id !== cardId)
    if (column.id !== toColumnId) {
      return without.length === column.cardIds.length ? column : { ...column, cardIds: without }
    }
    const index = Math.max(0, Math.min(toIndex, without.length))
    return { ...column, cardIds: [...without.slice(0, index), cardId, ...without.slice(index)] }
  })

  if (from.id === to.id) {
    return { ok: true, board: { ...board, columns }, outcome: 'Reordered' }
  }
  const isForward = isForwardMove(board, from.id, to.id)
  const moved: BoardCard = {
    ...card,
    history: [
      ...card.history,
      { fromColumnId: from.id, toColumnId: to.id, at: now.toISOString(), isForward },
    ],
  }
  return {
    ok: true,
    board: {
      columns,
      cards: board.cards.map((candidate) => (candidate.id === cardId ? moved : candidate)),
    },
    outcome: isForward ? `One step forward: “${to.name}”` : `Moved to “${to.name}”`,
  }
}

export function updateCard(
  board: Board,
  cardId: string,
  fields: Pick<BoardCard, 'nextStep' | 'dueDate' | 'tags'>,
): BoardResult {
  if (!board.cards.some((card) => card.id === cardId)) {
    return { ok: false, reason: 'This card is no longer on the board.' }
  }
  return {
    ok: true,
    board: {
      ...board,
      cards: board.cards.map((card) => (card.id === cardId ? { ...card, ...fields } : card)),
    },
    outcome: 'Saved',
  }
}

/** Takes a card off the board; the history goes with it (undo puts the same card back). */
export function removeCard(board: Board, cardId: string): BoardResult {
  if (!board.cards.some((card) => card.id === cardId)) {
    return { ok: false, reason: 'This card is no longer on the board.' }
  }
  return {
    ok: true,
    board: {
      columns: board.columns.map((column) => ({
        ...column,
        cardIds: column.cardIds.filter((id) => id !== cardId),
      })),
      cards: board.cards.filter((card) => card.id !== cardId),
    },
    outcome: 'Removed from the board',
  }
}

export function renameColumn(board: Board, columnId: string, name: string): BoardResult {
  const trimmed = name.trim()
  if (trimmed === '') return { ok: false, reason: 'Give the column a name.' }
  if (!board.columns.some((column) => column.id === columnId)) {
    return { ok: false, reason: 'That column is no longer on the board.' }
  }
  return {
    ok: true,
    board: {
      ...board,
      columns: board.columns.map((column) =>
        column.id === columnId ? { ...column, name: trimmed } : column,
      ),
    },
    outcome: `Renamed to “${trimmed}”`,
  }
}

/**
 * Moves a column one place left (-1) or right (+1). Order is the path: moving a path column
 * changes which moves count as forward from now on; moves already made keep their mark.
 */
export function shiftColumn(board: Board, columnId: string, direction: -1 | 1): BoardResult {
  const index = board.columns.findIndex((column) => column.id === columnId)
  const target = index + direction
  if (index === -1) return { ok: false, reason: 'That column is no longer on the board.' }
  if (target < 0 || target >= board.columns.length) {
    return { ok: false, reason: 'The column is already at that end.' }
  }
  const columns = [...board.columns]
  const [column] = columns.splice(index, 1)
  if (column === undefined) return { ok: false, reason: 'That column is no longer on the board.' }
  columns.splice(target, 0, column)
  return { ok: true, board: { ...board, columns }, outcome: 'Column moved' }
}

export function addColumn(
  board: Board,
  name: string,
  kind: BoardColumn['kind'],
  id: string,
): BoardResult {
  const trimmed = name.trim()
  if (trimmed === '') return { ok: false, reason: 'Give the column a name.' }
  const column: BoardColumn = { id, name: trimmed, kind, isArchived: false, cardIds: [] }
  // A new path column goes after the last path column, before side columns such as Quiet killers.
  const lastPath = board.columns.map((entry) => entry.kind).lastIndexOf('path')
  const at = kind === 'path' ? lastPath + 1 : board.columns.length
  return {
    ok: true,
    board: {
      ...board,
      columns: [...board.columns.slice(0, at), column, ...board.columns.slice(at)],
    },
    outcome: `Added “${trimmed}”`,
  }
}

/** Archives an empty column; cards are moved out first so no person disappears from view. */
export function archiveColumn(board: Board, columnId: string): BoardResult {
  const column = board.columns.find((candidate) => candidate.id === columnId)
  if (column === undefined) return { ok: false, reason: 'That column is no longer on the board.' }
  if (column.cardIds.length > 0) {
    return {
      ok: false,
      reason: `Move the ${column.cardIds.length} card${column.cardIds.length === 1 ? '' : 's'} out of “${column.name}” first.`,
    }
  }
  if (activeColumns(board).length <= 1) {
    return { ok: false, reason: 'The board needs at least one column.' }
  }
  return {
    ok: true,
    board: {
      ...board,
      columns: board.columns.map((candidate) =>
        candidate.id === columnId ? { ...candidate, isArchived: true } : candidate,
      ),
    },
    outcome: `Archived “${column.name}”`,
  }
}

/** When the card arrived in its current column (its last move, or its creation). */
export function inColumnSince(card: BoardCard): string {
  return card.history.at(-1)?.at ?? card.createdAt
}
