/**
 * The pipeline board's actions. A move shows at once (the board is the organizer's hand on the
 * cards) and main's saved board then replaces it, as every reply's changed files do before `call`
 * resolves; a refused move puts the board back. Main keeps each change in its undo history; the
 * toast offers to take it back.
 */
import type { Board } from '../../../../shared/domain/board-schemas'
import { moveCard as moveOnBoard } from '../../../../shared/pipeline/board-rules'
import type { BoardChange } from '../../../../shared/ipc/channels/pipeline'
import type { SliceCreator } from '../../app/store-types'

export interface CardFields {
  nextStep: string
  dueDate: string | null
  tags: string[]
}

export interface PipelineSlice {
  addCard: (personId: string, columnId: string, nextStep?: string) => Promise<void>
  moveCard: (cardId: string, toColumnId: string, toIndex: number) => Promise<void>
  updateCard: (cardId: string, fields: CardFields) => Promise<void>
  removeCard: (cardId: string) => Promise<void>
  renameColumn: (columnId: string, name: string) => Promise<void>
  shiftColumn: (columnId: string, direction: -1 | 1) => Promise<void>
  addColumn: (name: string, kind: 'path' | 'side') => Promise<void>
  archiveColumn: (columnId: string) => Promise<void>
}

export const createPipelineSlice: SliceCreator<PipelineSlice> =
  ({ call, now }) =>
  (set, get) => {
    const say = (change: BoardChange): void => {
      get().showToast(change.outcome, { undoable: true })
    }
    const guarded = async (run: () => Promise<void>): Promise<void> => {
      try {
        await run()
      } catch (error) {
        get().showToast((error as Error).message, { tone: 'error' })
      }
    }
    return {
      addCard: (personId, columnId, nextStep = '') =>
        guarded(async () =>
          say(await call('pipeline:add-card', { personId, columnId, nextStep, dueDate: null })),
        ),
      moveCard: (cardId, toColumnId, toIndex) =>
        guarded(async () => {
          const before: Board = get().board
          const optimistic = moveOnBoard(before, cardId, toColumnId, toIndex, now())
          if (optimistic.ok) set({ board: optimistic.board })
          try {
            say(await call('pipeline:move-card', { cardId, toColumnId, toIndex }))
          } catch (error) {
            set({ board: before })
            throw error
          }
        }),
      updateCard: (cardId, fields) =>
        guarded(async () => say(await call('pipeline:update-card', { cardId, ...fields }))),
      removeCard: (cardId) =>
        guarded(async () => say(await call('pipeline:remove-card', { cardId }))),
      renameColumn: (columnId, name) =>
        guarded(async () => say(await call('pipeline:rename-column', { columnId, name }))),
      shiftColumn: (columnId, direction) =>
        guarded(async () => say(await call('pipeline:shift-column', { columnId, direction }))),
      addColumn: (name, kind) =>
        guarded(async () => say(await call('pipeline:add-column', { name, kind }))),
      archiveColumn: (columnId) =>
        guarded(async () => say(await call('pipeline:archive-column', { columnId }))),
    }
  }
