import { useState } from 'react'
import type { BoardSuggestion } from '../../../../shared/pipeline/board-suggestions'
import { useAppStore } from '../../app/store-context'
import { ShowAllToggle } from '../../components/ShowAllToggle'

const SHOWN = 8

/** People who may belong on the board, each with the reason, one click from a card. */
export function SuggestionsPanel({ suggestions }: { suggestions: BoardSuggestion[] }) {
  const addCard = useAppStore((state) => state.addCard)
  const board = useAppStore((state) => state.board)
  const [isShowingAll, setIsShowingAll] = useState(false)
  const shown = isShowingAll ? suggestions : suggestions.slice(0, SHOWN)
  const columnName = (id: string) => board.columns.find((column) => column.id === id)?.name ?? id
  return (
    <section className="card card-body stack" aria-label="Suggestions">
      <h2>Suggestions</h2>
      {suggestions.length === 0 ? (
        <p className="small muted">Nobody to suggest right now.</p>
      ) : (
        <ul className="suggestion-list" role="list">
          {shown.map((suggestion) => (
            <li
              key={suggestion.personId}
              className="suggestion-item"
              data-testid="board-suggestion"
            >
              <span className="stack" style={{ gap: 0 }}>
                <strong className="small">{suggestion.name}</strong>
                <span className="faint small">{suggestion.reason}</span>
              </span>
              <button
                type="button"
                className="btn btn-sm"
                title={`Add to “${columnName(suggestion.columnId)}”`}
                onClick={() => void addCard(suggestion.personId, suggestion.columnId)}
              >
                Add
              </button>
            </li>
          ))}
        </ul>
      )}
      <ShowAllToggle
        total={suggestions.length}
        limit={SHOWN}
        isShowingAll={isShowingAll}
        onToggle={() => setIsShowingAll(!isShowingAll)}
      />
    </section>
  )
}
