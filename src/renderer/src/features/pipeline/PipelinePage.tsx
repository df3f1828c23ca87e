import { useCallback, useDeferredValue, useMemo, useState } from 'react'
import { activeColumns } from '../../../../shared/pipeline/board-rules'
import { boardSuggestions } from '../../../../shared/pipeline/board-suggestions'
import { currentCycle } from '../../../../shared/pipeline/forward-moves'
import { useAppStore } from '../../app/store-context'
import { useNow } from '../../hooks/use-now'
import { AddToBoardDialog } from './AddToBoardDialog'
import { BoardView } from './BoardView'
import { cardViews, isFiltering, matchesFilters, NO_FILTERS, type BoardFilters } from './board-view'
import { CardDialog } from './CardDialog'
import { CycleCounter } from './CycleCounter'
import { SuggestionsPanel } from './SuggestionsPanel'
import { QuietTalkers } from '../pulse'
import './pipeline.css'
import { usePersonLookup } from '../../hooks/use-person-lookup'

const STALE_CHOICES = [0, 2, 4, 8] as const

/** The speaker pipeline (DESIGN.md §1.4): speakers don't appear magically. */
export function PipelinePage() {
  const board = useAppStore((state) => state.board)
  const people = useAppStore((state) => state.people)
  const events = useAppStore((state) => state.events)
  const registrations = useAppStore((state) => state.registrations)
  const demos = useAppStore((state) => state.demos)
  const followUps = useAppStore((state) => state.followUps)
  const addColumn = useAppStore((state) => state.addColumn)
  const now = useNow()
  const nowMs = now.getTime()
  const [filters, setFilters] = useState<BoardFilters>(NO_FILTERS)
  const deferredFilters = useDeferredValue(filters)
  const [openCardId, setOpenCardId] = useState<string | null>(null)
  const [isAdding, setIsAdding] = useState(false)

  const personOf = usePersonLookup()
  const views = useMemo(() => cardViews(board, personOf), [board, personOf])
  const filtering = isFiltering(deferredFilters)
  const visibleIds = useMemo(() => {
    const lists: Record<string, readonly string[]> = {}
    for (const column of activeColumns(board)) {
      lists[column.id] = filtering
        ? column.cardIds.filter((id) => {
            const view = views.get(id)
            return view !== undefined && matchesFilters(view, deferredFilters, new Date(nowMs))
          })
        : column.cardIds
    }
    return lists
  }, [board, views, filtering, deferredFilters, nowMs])
  const cycle = useMemo(() => currentCycle(events, board, new Date(nowMs)), [events, board, nowMs])
  const suggestions = useMemo(
    () =>
      boardSuggestions({
        board,
        people,
        events,
        registrations,
        demos,
        followUps,
        now: new Date(nowMs),
      }),
    [board, people, events, registrations, demos, followUps, nowMs],
  )
  const tags = useMemo(
    () => [...new Set([...views.values()].flatMap((view) => view.tags))].sort(),
    [views],
  )
  const onOpen = useCallback((cardId: string) => setOpenCardId(cardId), [])
  const openCard = openCardId === null ? undefined : views.get(openCardId)

  return (
    <div className="page page-wide stack-lg">
      <header className="page-header row-between">
        <div className="stack" style={{ gap: 4 }}>
          <h1>Speaker pipeline</h1>
          <p className="muted">Move 3–5 people one step forward between every two events.</p>
        </div>
        <div className="row">
          <button
            type="button"
            className="btn"
            onClick={() => void addColumn('New column', 'path')}
          >
            Add column
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setIsAdding(true)}>
            Add person
          </button>
        </div>
      </header>
      <CycleCounter cycle={cycle} />
      <div className="board-filters row" role="search">
        <input
          className="input"
          type="search"
          aria-label="Search the board"
          placeholder="Search by name"
          value={filters.query}
          onChange={(event) => setFilters({ ...filters, query: event.target.value })}
        />
        <select
          className="select"
          aria-label="Tag"
          value={filters.tag}
          onChange={(event) => setFilters({ ...filters, tag: event.target.value })}
        >
          <option value="">Any tag</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        <select
          className="select"
          aria-label="Not touched for"
          value={filters.staleWeeks}
          onChange={(event) => setFilters({ ...filters, staleWeeks: Number(event.target.value) })}
        >
          {STALE_CHOICES.map((weeks) => (
            <option key={weeks} value={weeks}>
              {weeks === 0 ? 'Any time' : `Not touched for ${weeks}+ weeks`}
            </option>
          ))}
        </select>
        {filtering && (
          <span className="small muted">Filtered: use “Move to…” on a card, or clear to drag.</span>
        )}
      </div>
      <div className="pipeline-layout">
        <BoardView
          board={board}
          views={views}
          visibleIds={visibleIds}
          isDragDisabled={filtering}
          nowMs={nowMs}
          onOpen={onOpen}
        />
        <SuggestionsPanel suggestions={suggestions} />
      </div>
      <QuietTalkers />
      {openCard !== undefined && (
        <CardDialog
          card={openCard.card}
          board={board}
          name={openCard.name}
          onClose={() => setOpenCardId(null)}
        />
      )}
      {isAdding && <AddToBoardDialog onClose={() => setIsAdding(false)} />}
    </div>
  )
}
