import { describe, expect, it } from 'vitest'
import { DEFAULT_BOARD, type Board } from '../domain/board-schemas'
import {
  addCard,
  addColumn,
  archiveColumn,
  isForwardMove,
  moveCard,
  removeCard,
  renameColumn,
  shiftColumn,
  type BoardResult,
} from './board-rules'
import { forwardMovesSince } from './forward-moves'

const now = new Date('2026-11-23T12:00:00.000Z')
function ok(result: BoardResult): Board {
  if (!result.ok) throw new Error(result.reason)
  return result.board
}
function boardWith(cards: [id: string, column: string][]): Board {
  let board = DEFAULT_BOARD
  for (const [id, column] of cards) {
    board = ok(
      addCard(
        board,
        { personId: `p-${id}`, columnId: column, nextStep: '', dueDate: null },
        { id, now: new Date('2026-11-01T12:00:00.000Z') },
      ),
    )
  }
  return board
}
const cardIds = (board: Board, column: string) =>
  board.columns.find((entry) => entry.id === column)?.cardIds

describe('forward moves', () => {
  it.each([
    ['first-timers', 'warm-intros', true],
    ['first-timers', 'repeat-speakers', true],
    ['demo-candidates', 'warm-intros', false],
    ['warm-intros', 'warm-intros', false],
    ['quiet-killers', 'demo-candidates', false],
    ['demo-candidates', 'quiet-killers', false],
  ])('%s → %s is forward: %s', (from, to, forward) => {
    expect(isForwardMove(DEFAULT_BOARD, from, to)).toBe(forward)
  })

  it('records each move across columns with its date, and counts forward ones since a date', () => {
    let board = boardWith([
      ['a', 'first-timers'],
      ['b', 'warm-intros'],
    ])
    board = ok(moveCard(board, 'a', 'demo-candidates', 0, now))
    board = ok(moveCard(board, 'b', 'first-timers', 0, now))
    board = ok(moveCard(board, 'b', 'warm-intros', 0, new Date('2026-11-24T09:00:00.000Z')))
    const a = board.cards.find((card) => card.id === 'a')
    expect(a?.history.at(-1)).toEqual({
      fromColumnId: 'first-timers',
      toColumnId: 'demo-candidates',
      at: now.toISOString(),
      isForward: true,
    })
    expect(forwardMovesSince(board, new Date('2026-11-20T00:00:00.000Z'))).toBe(2)
    expect(forwardMovesSince(board, new Date('2026-11-24T00:00:00.000Z'))).toBe(1)
  })

  it('leaves the board it was given untouched, so undo and refusals can put it back', () => {
    const board = boardWith([
      ['a', 'first-timers'],
      ['b', 'warm-intros'],
    ])
    const snapshot = JSON.stringify(board)
    ok(moveCard(board, 'a', 'warm-intros', 0, now))
    expect(JSON.stringify(board)).toBe(snapshot)
  })

  it('reorders within a column without a history entry', () => {
    const board = ok(
      moveCard(
        boardWith([
          ['a', 'warm-intros'],
          ['b', 'warm-intros'],
        ]),
        'b',
        'warm-intros',
        0,
        now,
      ),
    )
    expect(cardIds(board, 'warm-intros')).toEqual(['b', 'a'])
    expect(board.cards.find((card) => card.id === 'b')?.history).toHaveLength(1)
  })

  it('places a moved card at the index asked, clamped to the column', () => {
    let board = boardWith([
      ['a', 'warm-intros'],
      ['b', 'warm-intros'],
      ['c', 'first-timers'],
    ])
    board = ok(moveCard(board, 'c', 'warm-intros', 1, now))
    expect(cardIds(board, 'warm-intros')).toEqual(['a', 'c', 'b'])
    board = ok(moveCard(board, 'a', 'first-timers', 99, now))
    expect(cardIds(board, 'first-timers')).toEqual(['a'])
  })
})

describe('cards and columns', () => {
  it('keeps one card per person', () => {
    const board = boardWith([['a', 'warm-intros']])
    const again = addCard(
      board,
      { personId: 'p-a', columnId: 'first-timers', nextStep: '', dueDate: null },
      { id: 'x', now },
    )
    expect(again).toEqual({ ok: false, reason: 'This person is already on the board.' })
  })

  it('removes a card from its column and the board', () => {
    const board = boardWith([
      ['a', 'warm-intros'],
      ['b', 'warm-intros'],
    ])
    const removed = ok(removeCard(board, 'a'))
    expect(cardIds(removed, 'warm-intros')).toEqual(['b'])
    expect(removed.cards.map((entry) => entry.id)).toEqual(['b'])
  })

  it('renames, shifts, adds path columns before side columns, and archives only empty ones', () => {
    let board = ok(renameColumn(DEFAULT_BOARD, 'warm-intros', '  Intros made '))
    expect(board.columns[1]?.name).toBe('Intros made')
    board = ok(shiftColumn(board, 'warm-intros', -1))
    expect(board.columns.map((column) => column.id).slice(0, 2)).toEqual([
      'warm-intros',
      'first-timers',
    ])
    expect(isForwardMove(board, 'warm-intros', 'first-timers')).toBe(true)
    board = ok(addColumn(board, 'Asked to speak', 'path', 'asked'))
    expect(board.columns.map((column) => column.id).slice(-2)).toEqual(['asked', 'quiet-killers'])
    const withCard = boardWith([['a', 'warm-intros']])
    expect(archiveColumn(withCard, 'warm-intros')).toEqual({
      ok: false,
      reason: 'Move the 1 card out of “Warm intros” first.',
    })
    const archived = ok(archiveColumn(board, 'asked'))
    expect(archived.columns.find((column) => column.id === 'asked')?.isArchived).toBe(true)
    expect(moveCard(withCard, 'a', 'missing', 0, now).ok).toBe(false)
  })
})
