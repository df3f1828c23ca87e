import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core'
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { Board } from '../../../../shared/domain/board-schemas'
import { activeColumns, isForwardMove } from '../../../../shared/pipeline/board-rules'
import { useAppStore } from '../../app/store-context'
import { BoardColumnView, COLUMN_DROP_PREFIX } from './BoardColumnView'
import type { CardView } from './board-view'

type Items = Record<string, readonly string[]>

/** One empty list for every empty column, so its props stay equal between renders. */
const NO_CARDS: readonly string[] = []

/**
 * The board's drag and drop. While a card is dragged, the board works on its own copy of the
 * columns' card lists, changing only the lists the card leaves and enters, so memoised columns
 * elsewhere do not re-render; the drop then goes through the store to main.
 */
export function BoardView({
  board,
  views,
  visibleIds,
  isDragDisabled,
  nowMs,
  onOpen,
}: {
  board: Board
  views: ReadonlyMap<string, CardView>
  /** Per column, the ids that pass the filters (the full lists when not filtering). */
  visibleIds: Items
  isDragDisabled: boolean
  nowMs: number
  onOpen: (cardId: string) => void
}) {
  const moveCard = useAppStore((state) => state.moveCard)
  const columns = useMemo(() => activeColumns(board), [board])
  const [dragItems, setDragItems] = useState<Items | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const startColumn = useRef<string | null>(null)
  const items = dragItems ?? visibleIds
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )

  const columnOf = useCallback((id: UniqueIdentifier, from: Items): string | undefined => {
    const key = String(id)
    if (key.startsWith(COLUMN_DROP_PREFIX)) return key.slice(COLUMN_DROP_PREFIX.length)
    return Object.keys(from).find((columnId) => from[columnId]?.includes(key))
  }, [])
  const nameOf = (id: UniqueIdentifier) => views.get(String(id))?.name ?? 'The card'
  const columnName = (columnId: string | undefined) =>
    columns.find((column) => column.id === columnId)?.name ?? 'the board'
  const positionIn = (columnId: string | undefined, id: UniqueIdentifier): string => {
    const list = columnId === undefined ? [] : (items[columnId] ?? [])
    const index = list.indexOf(String(id))
    return index === -1 ? '' : `, position ${index + 1} of ${list.length}`
  }

  const onDragStart = ({ active }: DragStartEvent) => {
    setActiveId(String(active.id))
    startColumn.current = columnOf(active.id, visibleIds) ?? null
    setDragItems(visibleIds)
  }

  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (over === null) return
    setDragItems((current) => {
      const from = current ?? visibleIds
      const source = columnOf(active.id, from)
      const target = columnOf(over.id, from)
      if (source === undefined || target === undefined || source === target) return current
      const sourceList = (from[source] ?? []).filter((id) => id !== String(active.id))
      const targetList = [...(from[target] ?? [])]
      const overIndex = targetList.indexOf(String(over.id))
      targetList.splice(overIndex === -1 ? targetList.length : overIndex, 0, String(active.id))
      // Only the two lists change; every other column keeps its array, so it skips rendering.
      return { ...from, [source]: sourceList, [target]: targetList }
    })
  }

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const from = dragItems ?? visibleIds
    const target = over === null ? undefined : columnOf(over.id, from)
    setActiveId(null)
    if (target === undefined) {
      setDragItems(null)
      return
    }
    const list = [...(from[target] ?? [])]
    const currentIndex = list.indexOf(String(active.id))
    const overIndex = list.indexOf(String(over?.id))
    if (currentIndex !== -1 && overIndex !== -1 && currentIndex !== overIndex) {
      list.splice(currentIndex, 1)
      list.splice(overIndex, 0, String(active.id))
    }
    const index = list.indexOf(String(active.id))
    const unchanged =
      target === startColumn.current && index === visibleIds[target]?.indexOf(String(active.id))
    setDragItems(null)
    if (!unchanged) void moveCard(String(active.id), target, Math.max(0, index))
  }

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${nameOf(active.id)} in ${columnName(columnOf(active.id, items))}${positionIn(columnOf(active.id, items), active.id)}. Use the arrow keys to move, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) =>
      over === null
        ? `${nameOf(active.id)} is not over a column.`
        : `${nameOf(active.id)} is over ${columnName(columnOf(over.id, items))}${positionIn(columnOf(over.id, items), active.id)}.`,
    onDragEnd: ({ active, over }) => {
      if (over === null) return `${nameOf(active.id)} was put back.`
      const target = columnOf(over.id, items)
      const forward =
        target !== undefined && isForwardMove(board, startColumn.current, target)
          ? ' One step forward.'
          : ''
      return `${nameOf(active.id)} moved to ${columnName(target)}${positionIn(target, active.id)}.${forward}`
    },
    onDragCancel: ({ active }) =>
      `Moving ${nameOf(active.id)} was cancelled; it is back where it was.`,
  }

  const onMoveTo = useCallback(
    (cardId: string, columnId: string) => {
      void moveCard(cardId, columnId, Number.MAX_SAFE_INTEGER)
    },
    [moveCard],
  )
  const active = activeId === null ? undefined : views.get(activeId)

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setActiveId(null)
        setDragItems(null)
      }}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To move this person, press Space, then the arrow keys: left and right change column, up and down change position; on a narrow window, down from the bottom of a column reaches the columns on the next row. Space drops, Escape cancels. Or use the Move to… menu on the card.',
        },
      }}
    >
      <div className="board" data-testid="board">
        {columns.map((column, position) => (
          <BoardColumnView
            key={column.id}
            column={column}
            cardIds={items[column.id] ?? NO_CARDS}
            views={views}
            columns={columns}
            position={position}
            isDragDisabled={isDragDisabled}
            nowMs={nowMs}
            onOpen={onOpen}
            onMoveTo={onMoveTo}
          />
        ))}
      </div>
      <DragOverlay>
        {active === undefined ? null : (
          <div className="board-card board-card-overlay">
            <strong>{active.name}</strong>
            {active.card.nextStep && <p className="small">{active.card.nextStep}</p>}
          </div>
        )}
      </DragOverlay>
    </DndContext>
  )
}
