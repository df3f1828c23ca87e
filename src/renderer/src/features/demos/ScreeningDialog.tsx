import { useState } from 'react'
import type { Demo } from '../../../../shared/domain/demo-schemas'
import { freeSlots } from '../../../../shared/demos/demo-slots'
import { useAppStore } from '../../app/store-context'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'

/**
 * Screening in under a minute (DESIGN.md §1.2: a quality bar, not bureaucracy): the organizer's few
 * yes/no checks, a short note, then confirm, decline, or keep it in screening.
 */
export function ScreeningDialog({ demo, onClose }: { demo: Demo; onClose: () => void }) {
  const criteria = useAppStore((state) => state.settings.screeningCriteria)
  const screenDemo = useAppStore((state) => state.screenDemo)
  const moveDemo = useAppStore((state) => state.moveDemo)
  const showToast = useAppStore((state) => state.showToast)
  const event = useAppStore((state) => state.events.find((entry) => entry.id === demo.eventId))
  const demos = useAppStore((state) => state.demos)
  const [checks, setChecks] = useState<Record<string, boolean>>(() => demo.screening?.checks ?? {})
  const [note, setNote] = useState(demo.screening?.note ?? '')
  const [isSaving, setIsSaving] = useState(false)
  const isFull = event !== undefined && freeSlots(event, demos) === 0
  const allYes = criteria.every((criterion) => checks[criterion.id] === true)

  const save = async (then: 'keep' | 'confirmed' | 'declined') => {
    setIsSaving(true)
    try {
      await screenDemo(demo.id, checks, note)
      if (then === 'keep') showToast('Screening saved')
      else await moveDemo(demo.id, then)
      onClose()
    } catch (error) {
      showToast((error as Error).message, { tone: 'error' })
      setIsSaving(false)
    }
  }

  return (
    <Dialog
      open
      title={`Screen “${demo.title}”`}
      description={demo.pitch || undefined}
      onClose={onClose}
      footer={
        <>
          <button
            type="button"
            className="btn btn-ghost"
            disabled={isSaving}
            onClick={() => void save('declined')}
          >
            Decline
          </button>
          <button
            type="button"
            className="btn"
            disabled={isSaving}
            onClick={() => void save('keep')}
          >
            Save, decide later
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={isSaving}
            onClick={() => void save('confirmed')}
          >
            {isFull ? 'Put on the waitlist' : 'Confirm demo'}
          </button>
        </>
      }
    >
      <div className="stack">
        <fieldset className="screening-checks">
          <legend className="field-label">Checks</legend>
          {criteria.map((criterion) => (
            <label key={criterion.id} className="check-row">
              <input
                type="checkbox"
                checked={checks[criterion.id] === true}
                onChange={(event) => setChecks({ ...checks, [criterion.id]: event.target.checked })}
              />
              {criterion.label}
            </label>
          ))}
        </fieldset>
        {!allYes && (
          <p className="small muted">
            Not every check is a yes. Confirming is still your call; say why in the note.
          </p>
        )}
        <Field label="Note" hint="One or two lines for your future self.">
          <textarea
            className="textarea"
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </Field>
        {isFull && (
          <p className="callout callout-info small">
            Every slot is taken: confirming puts this demo on the waitlist, first come first
            offered.
          </p>
        )}
      </div>
    </Dialog>
  )
}
