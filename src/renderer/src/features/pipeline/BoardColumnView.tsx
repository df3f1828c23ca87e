import { useDroppable } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { memo, useState } from 'react'
import type { BoardColumn } from '../../../../shared/domain/board-schemas'
import { countRender } from '../../lib/render-probe'
import { BoardCardItem } from './BoardCardItem'
import type { CardView } from './board-view'
import { ColumnMenu } from './ColumnMenu'
import { ShowAllToggle } from '../../components/ShowAllToggle'

export const COLUMN_DROP_PREFIX = 'column:'

/**
 * Cards shown per column until "Show all": a column of a hundred people cannot be read anyway,
 * and every rendered card is one more node dnd-kit measures and re-renders during a drag.
 */
export const CARDS_SHOWN = 25

interface ColumnProps {
  column: BoardColumn
  /** The ids shown, in order; the same array while nothing in this column changes. */
  cardIds: readonly string[]
  views: ReadonlyMap<string, CardView>
  columns: readonly BoardColumn[]
  position: number
  isDragDisabled: boolean
  nowMs: number
  onOpen: (cardId: string) => void
  onMoveTo: (cardId: string, columnId: string) => void
}

/** A column: memoised, so a drag re-renders only the columns whose card list changes. */
export const BoardColumnView = memo(function BoardColumnView({
  column,
  cardIds,
  views,
  columns,
  position,
  isDragDisabled,
  nowMs,
  onOpen,
  onMoveTo,
}: ColumnProps) {
  countRender('column')
  const { setNodeRef, isOver } = useDroppable({ id: `${COLUMN_DROP_PREFIX}${column.id}` })
  const [isShowingAll, setIsShowingAll] = useState(false)
  const shown =
    isShowingAll || cardIds.length <= CARDS_SHOWN ? cardIds : cardIds.slice(0, CARDS_SHOWN)
  return (
    <section
      className="board-column"
      data-kind={column.kind}
      aria-label={column.name}
      data-testid="board-column"
    >
      <header className="board-column-header">
        <h2 className="board-column-title">
          {column.name} <span className="faint tabular">{cardIds.length}</span>
        </h2>
        <ColumnMenu column={column} position={position} count={columns.length} />
      </header>
      {column.kind === 'side' && (
        <p className="faint small">Off the path: they need a personal ask.</p>
      )}
      <SortableContext items={shown as string[]} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} className="board-cards" data-over={isOver || undefined}>
          {shown.map((id) => {
            const view = views.get(id)
            return view === undefined ? null : (
              <BoardCardItem
                key={id}
                view={view}
                columns={columns}
                columnId={column.id}
                isDragDisabled={isDragDisabled}
                nowMs={nowMs}
                onOpen={onOpen}
                onMoveTo={onMoveTo}
              />
            )
          })}
          {cardIds.length === 0 && <li className="board-empty faint small">Drop a person here</li>}
        </ol>
      </SortableContext>
      <ShowAllToggle
        total={cardIds.length}
        limit={CARDS_SHOWN}
        isShowingAll={isShowingAll}
        onToggle={() => setIsShowingAll(!isShowingAll)}
      />
    </section>
  )
})
