import { useId, useState } from 'react'
import type { DiagnosticItem } from '../../../../shared/devrel/diagnostic-items'
import { useAppStore } from '../../app/store-context'

/** Yes / No and a note, for an item only the organizer can answer; saved as chosen and on leaving the note. */
export function OrganizerAnswer({
  item,
  answer,
  note,
}: {
  item: DiagnosticItem
  answer: 'yes' | 'no' | null
  note: string
}) {
  const answerDiagnostic = useAppStore((state) => state.answerDiagnostic)
  const [draft, setDraft] = useState(note)
  // Held here too: a note saved on blur must carry the choice just made, even before main answers.
  const [choice, setChoice] = useState(answer)
  const noteId = useId()
  const save = (next: { answer: 'yes' | 'no' | null; note: string }) => {
    setChoice(next.answer)
    void answerDiagnostic(item.id, next)
  }
  return (
    <div className="stack" style={{ gap: 'var(--space-2)' }}>
      <fieldset className="answer-choice">
        <legend className="visually-hidden">{item.question}</legend>
        {(['yes', 'no'] as const).map((value) => (
          <label key={value} className="answer-option">
            <input
              type="radio"
              name={`answer-${item.id}`}
              value={value}
              checked={choice === value}
              onChange={() => save({ answer: value, note: draft })}
            />
            {value === 'yes' ? 'Yes' : 'No'}
          </label>
        ))}
        {choice !== null && (
          <button
            type="button"
            className="link-button small"
            onClick={() => save({ answer: null, note: draft })}
          >
            Clear
          </button>
        )}
      </fieldset>
      <label className="visually-hidden" htmlFor={noteId}>
        Note on “{item.question}”
      </label>
      <input
        id={noteId}
        className="input input-sm"
        placeholder="Note (optional)"
        maxLength={1000}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          if (draft.trim() !== note) save({ answer: choice, note: draft })
        }}
      />
    </div>
  )
}
