/**
 * The speaker pipeline board: each handler runs a pure board rule and writes board.json once,
 * answering what the change says for its toast (the board goes back in the result's `changes`).
 */
import type { BoardChange } from '../../shared/ipc/channels/pipeline'
import {
  addCard,
  addColumn,
  archiveColumn,
  columnOfCard,
  moveCard,
  removeCard,
  renameColumn,
  shiftColumn,
  updateCard,
  type BoardResult,
} from '../../shared/pipeline/board-rules'
import type { Handlers, HandlerDeps } from './handler-types'
import { NotFoundError, RefusedError } from './errors'

type PipelineChannel = keyof Pick<
  Handlers,
  | 'pipeline:add-card'
  | 'pipeline:move-card'
  | 'pipeline:update-card'
  | 'pipeline:remove-card'
  | 'pipeline:rename-column'
  | 'pipeline:shift-column'
  | 'pipeline:add-column'
  | 'pipeline:archive-column'
>

export function pipelineHandlers(deps: HandlerDeps): Pick<Handlers, PipelineChannel> {
  const { repository } = deps
  const board = () => repository.read('board').board
  const save = (result: BoardResult): BoardChange => {
    if (!result.ok) throw new RefusedError(result.reason)
    repository.write('board', { board: result.board })
    return { outcome: result.outcome }
  }
  return {
    'pipeline:add-card': (draft) => {
      if (!repository.read('people').people.some((person) => person.id === draft.personId)) {
        throw new NotFoundError('This person is no longer in the workspace.')
      }
      const cardId = deps.newId()
      return { ...save(addCard(board(), draft, { id: cardId, now: deps.now() })), cardId }
    },
    'pipeline:move-card': ({ cardId, toColumnId, toIndex }) =>
      save(moveCard(board(), cardId, toColumnId, toIndex, deps.now())),
    'pipeline:update-card': ({ cardId, ...fields }) => save(updateCard(board(), cardId, fields)),
    'pipeline:remove-card': ({ cardId }) => {
      const current = board()
      const card = current.cards.find((candidate) => candidate.id === cardId)
      const column = columnOfCard(current, cardId)
      if (card === undefined || column === undefined) {
        throw new NotFoundError('This card is no longer on the board.')
      }
      const removed = { card, columnId: column.id, index: column.cardIds.indexOf(cardId) }
      const change = save(removeCard(current, cardId))
      return { ...change, removed }
    },
    'pipeline:rename-column': ({ columnId, name }) => save(renameColumn(board(), columnId, name)),
    'pipeline:shift-column': ({ columnId, direction }) =>
      save(shiftColumn(board(), columnId, direction)),
    'pipeline:add-column': ({ name, kind }) => save(addColumn(board(), name, kind, deps.newId())),
    'pipeline:archive-column': ({ columnId }) => save(archiveColumn(board(), columnId)),
  }
}
