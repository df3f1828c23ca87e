import { useState } from 'react'
import type { Board, BoardCard } from '../../../../shared/domain/board-schemas'
import { useAppStore } from '../../app/store-context'
import { FormDialog } from '../../components/FormDialog'
import { Field } from '../../components/Field'

/** A card's next step, due date and tags, its dated history, and the way to the person. */
export function CardDialog({
  card,
  board,
  name,
  onClose,
}: {
  card: BoardCard
  board: Board
  name: string
  onClose: () => void
}) {
  const updateCard = useAppStore((state) => state.updateCard)
  const removeCard = useAppStore((state) => state.removeCard)
  const navigate = useAppStore((state) => state.navigate)
  const [nextStep, setNextStep] = useState(card.nextStep)
  const [dueDate, setDueDate] = useState(card.dueDate ?? '')
  const [tags, setTags] = useState(card.tags.join(', '))
  const columnName = (id: string | null) =>
    id === null
      ? ''
      : (board.columns.find((column) => column.id === id)?.name ?? 'an archived column')

  const save = () =>
    updateCard(card.id, {
      nextStep: nextStep.trim(),
      dueDate: dueDate === '' ? null : dueDate,
      tags: tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    })

  return (
    <FormDialog
      title={name}
      description="On the speaker pipeline"
      submitLabel="Save"
      onClose={onClose}
      onSubmit={save}
      extraActions={
        <>
          <button
            type="button"
            className="btn btn-ghost btn-danger dialog-footer-start"
            onClick={() => {
              void removeCard(card.id)
              onClose()
            }}
          >
            Remove from board
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              navigate({ name: 'person', personId: card.personId })
              onClose()
            }}
          >
            Open person
          </button>
        </>
      }
    >
      <Field label="Next step">
        <input
          className="input"
          value={nextStep}
          placeholder="Ask about demoing the voice agent in January"
          onChange={(event) => setNextStep(event.target.value)}
        />
      </Field>
      <div className="form-grid">
        <Field label="Due">
          <input
            className="input"
            type="date"
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
          />
        </Field>
        <Field label="Tags" hint="Separate with commas.">
          <input className="input" value={tags} onChange={(event) => setTags(event.target.value)} />
        </Field>
      </div>
      <div className="stack" style={{ gap: 'var(--space-2)' }}>
        <h3 className="small muted">History</h3>
        <ol className="card-history small" aria-label="Card history">
          {[...card.history].reverse().map((move, index) => (
            <li key={`${move.at}-${index}`}>
              <span className="faint tabular">{new Date(move.at).toLocaleDateString()}</span>{' '}
              {move.fromColumnId === null
                ? `Added to ${columnName(move.toColumnId)}`
                : `${columnName(move.fromColumnId)} → ${columnName(move.toColumnId)}`}
              {move.isForward && <span className="badge badge-ok">forward</span>}
            </li>
          ))}
        </ol>
      </div>
    </FormDialog>
  )
}
