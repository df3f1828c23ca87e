import { useMemo, useState } from 'react'
import type { DemoState } from '../../../../shared/domain/demo-schemas'
import { activeColumns, columnOfCard } from '../../../../shared/pipeline/board-rules'
import { useAppStore } from '../../app/store-context'
import { usePersonLookup } from '../../hooks/use-person-lookup'

const DEMO_STATE_WORDS: Record<DemoState, string> = {
  proposed: 'proposed',
  screening: 'in screening',
  confirmed: 'confirmed',
  presented: 'presented',
  declined: 'declined',
  withdrawn: 'withdrawn',
}

/**
 * A person as a speaker: their demos, and where they are on the pipeline board — or a way to put
 * them there. Shown on the person page, which the board's cards link to.
 */
export function PersonPipelineCard({ personId }: { personId: string }) {
  const board = useAppStore((state) => state.board)
  const demos = useAppStore((state) => state.demos)
  const events = useAppStore((state) => state.events)
  const addCard = useAppStore((state) => state.addCard)
  const navigate = useAppStore((state) => state.navigate)
  const columns = activeColumns(board)
  const [columnId, setColumnId] = useState(columns[0]?.id ?? '')
  const personOf = usePersonLookup()
  // A card made for someone later merged into this person is theirs.
  const card = board.cards.find((candidate) => personOf(candidate.personId)?.id === personId)
  const column = card === undefined ? undefined : columnOfCard(board, card.id)
  const own = useMemo(() => demos.filter((demo) => demo.personId === personId), [demos, personId])
  const titleOf = (eventId: string) => events.find((event) => event.id === eventId)?.title ?? ''

  return (
    <section className="card card-body stack" aria-label="Speaking">
      <h2>Speaking</h2>
      {own.length === 0 ? (
        <p className="small muted">No demos yet.</p>
      ) : (
        <ul className="stack small" style={{ gap: 'var(--space-1)' }}>
          {own.map((demo) => (
            <li key={demo.id}>
              <strong>{demo.title}</strong>{' '}
              <span className="muted">
                · {DEMO_STATE_WORDS[demo.state]} ·{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => navigate({ name: 'event', eventId: demo.eventId })}
                >
                  {titleOf(demo.eventId)}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {card !== undefined ? (
        <p className="small">
          On the pipeline in <strong>{column?.name ?? 'an archived column'}</strong>
          {card.nextStep && <span className="muted"> · next: {card.nextStep}</span>}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => navigate({ name: 'pipeline' })}
          >
            Open board
          </button>
        </p>
      ) : (
        <div className="row">
          <select
            className="select"
            aria-label="Pipeline column"
            value={columnId}
            onChange={(event) => setColumnId(event.target.value)}
          >
            {columns.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => void addCard(personId, columnId)}
          >
            Add to pipeline
          </button>
        </div>
      )}
    </section>
  )
}
