/** The speaker pipeline board: each handler runs a pure board rule and writes board.json once. */
import type { BoardCard } from '../../shared/domain/board-schemas'
import type { BoardChange } from '../../shared/ipc/channels/pipeline'
import {
  addCard,
  addColumn,
  archiveColumn,
  columnOfCard,
  moveCard,
  removeCard,
  renameColumn,
  restoreCard,
  shiftColumn,
  updateCard,
  type BoardResult,
} from '../../shared/pipeline/board-rules'
import type { Handlers, HandlerDeps } from './handler-types'
import { NotFoundError, RefusedError } from './errors'
import { removedItems } from './removed-items'
import { personResolver } from '../../shared/metrics/person-resolver'

type PipelineChannel = keyof Pick<
  Handlers,
  | 'pipeline:add-card'
  | 'pipeline:move-card'
  | 'pipeline:update-card'
  | 'pipeline:remove-card'
  | 'pipeline:restore-card'
  | 'pipeline:rename-column'
  | 'pipeline:shift-column'
  | 'pipeline:add-column'
  | 'pipeline:archive-column'
>

export function pipelineHandlers(deps: HandlerDeps): Pick<Handlers, PipelineChannel> {
  const { repository } = deps
  const removedCards = removedItems<{ card: BoardCard; columnId: string; index: number }>()
  const board = () => repository.read('board').board
  const save = (result: BoardResult): BoardChange => {
    if (!result.ok) throw new RefusedError(result.reason)
    repository.write('board', { board: result.board })
    return { board: result.board, outcome: result.outcome }
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
      removedCards.remember(cardId, removed)
      return { ...change, removed }
    },
    'pipeline:restore-card': ({ cardId }) => {
      const removed = removedCards.take(cardId)
      if (removed === undefined) throw new RefusedError('Only a card removed here can be put back.')
      // A person deleted at their request since stays deleted; a merged one comes back as the
      // person they were merged into.
      const { people, merges } = repository.read('people')
      const personId = personResolver(people, merges)(removed.card.personId)
      if (personId === null)
        throw new RefusedError('This person was deleted, so their card cannot come back.')
      return save(
        restoreCard(board(), { ...removed.card, personId }, removed.columnId, removed.index),
      )
    },
    'pipeline:rename-column': ({ columnId, name }) => save(renameColumn(board(), columnId, name)),
    'pipeline:shift-column': ({ columnId, direction }) =>
      save(shiftColumn(board(), columnId, direction)),
    'pipeline:add-column': ({ name, kind }) => save(addColumn(board(), name, kind, deps.newId())),
    'pipeline:archive-column': ({ columnId }) => save(archiveColumn(board(), columnId)),
  }
}
