import { useMemo, useState } from 'react'
import { searchPeople } from '../../../../shared/identity/people-queries'
import { activeColumns } from '../../../../shared/pipeline/board-rules'
import { useAppStore } from '../../app/store-context'
import { Dialog } from '../../components/Dialog'

const SHOWN = 8

/** Find someone in the workspace and put them in a column, with a first next step. */
export function AddToBoardDialog({ onClose }: { onClose: () => void }) {
  const people = useAppStore((state) => state.people)
  const board = useAppStore((state) => state.board)
  const addCard = useAppStore((state) => state.addCard)
  const columns = activeColumns(board)
  const [query, setQuery] = useState('')
  const [columnId, setColumnId] = useState(columns[0]?.id ?? '')
  const [nextStep, setNextStep] = useState('')
  const onBoard = useMemo(() => new Set(board.cards.map((card) => card.personId)), [board.cards])
  const matches = useMemo(
    () =>
      query.trim() === ''
        ? []
        : searchPeople(people, query)
            .filter((person) => !onBoard.has(person.id))
            .slice(0, SHOWN),
    [people, query, onBoard],
  )
  return (
    <Dialog
      open
      title="Add someone to the pipeline"
      description="People already on the board are not listed."
      onClose={onClose}
      footer={
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      }
    >
      <div className="stack">
        <div className="form-grid">
          <label className="field">
            <span className="field-label">Column</span>
            <select
              className="select"
              value={columnId}
              onChange={(event) => setColumnId(event.target.value)}
            >
              {columns.map((column) => (
                <option key={column.id} value={column.id}>
                  {column.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">Next step</span>
            <input
              className="input"
              value={nextStep}
              onChange={(event) => setNextStep(event.target.value)}
            />
          </label>
        </div>
        <label className="field">
          <span className="field-label">Person</span>
          <input
            className="input"
            type="search"
            autoFocus
            placeholder="Search by name or e-mail"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        {matches.length > 0 && (
          <ul className="picker-results" aria-label="Matching people">
            {matches.map((person) => (
              <li key={person.id}>
                <button
                  type="button"
                  className="picker-result"
                  onClick={() => {
                    void addCard(person.id, columnId, nextStep.trim()).then(onClose)
                  }}
                >
                  <strong>{person.name}</strong>
                  <span className="muted small">{person.emails[0] ?? ''}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Dialog>
  )
}
