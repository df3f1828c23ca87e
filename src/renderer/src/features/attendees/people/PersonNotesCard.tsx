import { useId, useState } from 'react'
import type { Person } from '../../../../../shared/domain/schemas'
import { useAppStore } from '../../../app/store-context'

type SaveState = 'idle' | 'saving' | 'saved'

/** Notes are the organizer's own memory of a person; they save when the field is left. */
export function PersonNotesCard({ person }: { person: Person }) {
  const setPersonNotes = useAppStore((state) => state.setPersonNotes)
  const showToast = useAppStore((state) => state.showToast)
  const [draft, setDraft] = useState(person.notes)
  const [stored, setStored] = useState(person.notes)
  const [saveState, setSaveState] = useState<SaveState>('idle')
  const fieldId = useId()
  const hintId = useId()

  // The notes can change elsewhere (a merge joins both records' notes, an undo takes them back);
  // an untouched draft follows them, one being typed is kept.
  if (person.notes !== stored) {
    setStored(person.notes)
    if (draft === stored) setDraft(person.notes)
  }

  const save = async () => {
    if (draft === person.notes) return
    setSaveState('saving')
    try {
      await setPersonNotes(person.id, draft)
      setSaveState('saved')
    } catch (error) {
      setSaveState('idle')
      showToast(`Could not save the notes: ${(error as Error).message}`, { tone: 'error' })
    }
  }

  const isDirty = draft !== person.notes
  const hint =
    saveState === 'saving'
      ? 'Saving…'
      : saveState === 'saved' && !isDirty
        ? 'Saved'
        : 'Saved when you leave the field.'
  return (
    <section className="card card-body stack" aria-label="Notes">
      <div className="row-between">
        <h2>
          <label htmlFor={fieldId}>Notes</label>
        </h2>
        <span
          id={hintId}
          className={saveState === 'saved' && !isDirty ? 'small notes-saved' : 'small faint'}
          role="status"
        >
          {hint}
        </span>
      </div>
      <textarea
        id={fieldId}
        className="textarea person-notes"
        aria-describedby={hintId}
        value={draft}
        maxLength={20_000}
        placeholder="What they build, who they should meet, what they asked about…"
        onChange={(event) => {
          setDraft(event.target.value)
          if (saveState === 'saved') setSaveState('idle')
        }}
        onBlur={() => void save()}
      />
    </section>
  )
}
