import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { memo } from 'react'
import type { BoardColumn } from '../../../../shared/domain/board-schemas'
import { countRender } from '../../lib/render-probe'
import { durationWords, type CardView } from './board-view'

interface CardProps {
  view: CardView
  columns: readonly BoardColumn[]
  columnId: string
  isDragDisabled: boolean
  nowMs: number
  onOpen: (cardId: string) => void
  onMoveTo: (cardId: string, columnId: string) => void
}

/**
 * One person on the board. The sortable wrapper re-renders with every drag frame (dnd-kit's
 * context changes); the body is memoised so only the card that actually changes does real work.
 */
export function BoardCardItem(props: CardProps) {
  countRender('card-wrapper')
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: props.view.card.id, disabled: props.isDragDisabled })
  return (
    <li
      ref={setNodeRef}
      className="board-card"
      data-dragging={isDragging || undefined}
      data-testid="board-card"
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="board-card-handle"
        aria-label={`Move ${props.view.name}`}
        disabled={props.isDragDisabled}
        {...attributes}
        {...listeners}
      >
        ⋮⋮
      </button>
      <CardBody {...props} />
    </li>
  )
}

const CardBody = memo(function CardBody({
  view,
  columns,
  columnId,
  nowMs,
  onOpen,
  onMoveTo,
}: CardProps) {
  countRender('card-body')
  const { card } = view
  const isOverdue =
    card.dueDate !== null && card.dueDate < new Date(nowMs).toISOString().slice(0, 10)
  return (
    <div className="board-card-body">
      <button type="button" className="board-card-name" onClick={() => onOpen(card.id)}>
        {view.name}
      </button>
      {card.nextStep && <p className="small">{card.nextStep}</p>}
      <div className="board-card-meta small">
        {card.dueDate && (
          <span className={isOverdue ? 'badge badge-danger' : 'badge'}>
            {isOverdue ? 'Overdue ' : 'Due '}
            {shortDate(card.dueDate)}
          </span>
        )}
        <span
          className="faint"
          title={`In this column since ${new Date(view.inColumnSince).toLocaleString()}`}
        >
          {inColumnWords(durationWords(view.inColumnSince, new Date(nowMs)))}
        </span>
      </div>
      <select
        className="select board-move"
        aria-label={`Move ${view.name} to…`}
        value=""
        onChange={(event) => {
          if (event.target.value !== '') onMoveTo(card.id, event.target.value)
        }}
      >
        <option value="">Move to…</option>
        {columns
          .filter((column) => column.id !== columnId)
          .map((column) => (
            <option key={column.id} value={column.id}>
              {column.name}
            </option>
          ))}
      </select>
    </div>
  )
})

/** `2026-11-25` → "Nov 25": enough on a card; the dialog has the full date. */
function shortDate(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(undefined, {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  })
}

function inColumnWords(duration: string): string {
  return duration === 'today' ? 'moved here today' : `${duration} in this column`
}
