import { useState } from 'react'
import { overrideReasonSchema } from '../../../../shared/domain/schemas'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'

/**
 * Passing a blocked gate takes a written reason. The reason stays on the event and is counted in
 * the monthly review, so skipping the mechanism is a visible decision, never a click.
 */
export function OverrideDialog({
  blockedBy,
  actionLabel,
  onCancel,
  onConfirm,
}: {
  blockedBy: string[]
  actionLabel: string
  onCancel: () => void
  onConfirm: (reason: string) => Promise<void>
}) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [isSaving, setIsSaving] = useState(false)
  const submit = async () => {
    const parsed = overrideReasonSchema.safeParse(reason)
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message)
      return
    }
    setIsSaving(true)
    try {
      await onConfirm(parsed.data)
    } catch (failure) {
      setError((failure as Error).message)
      setIsSaving(false)
    }
  }
  return (
    <Dialog
      open
      title={`${actionLabel} anyway?`}
      description="The reason is recorded on the event, with your name and the time, and shows in the monthly review."
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={isSaving}
            onClick={() => void submit()}
          >
            Record reason and {actionLabel.toLowerCase()}
          </button>
        </>
      }
    >
      <div className="stack">
        <ul className="gate-reasons small">
          {blockedBy.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <Field label="Why go ahead now?" error={error}>
          <textarea
            className="textarea"
            rows={3}
            value={reason}
            autoFocus
            placeholder="The venue needs the date public this week; two more demos are close."
            onChange={(event) => {
              setReason(event.target.value)
              setError(undefined)
            }}
          />
        </Field>
      </div>
    </Dialog>
  )
}
