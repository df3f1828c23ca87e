import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { Dialog } from './Dialog'

interface FormDialogProps {
  title: string
  description?: string
  /** The primary button's words: what saving does ("Add demo", "Log friction"). */
  submitLabel: string
  onClose: () => void
  /**
   * Validates and saves. Returns false to stay open (the caller shows its field errors); a throw
   * stays open too, with the message above the form. Anything else closes the dialog.
   */
  onSubmit: () => Promise<boolean | void> | boolean | void
  /** The form's layout class: `stack` (one column) or `form-grid` (two). */
  layout?: 'stack' | 'form-grid'
  /** Buttons for other ways out (remove, open elsewhere), placed before Cancel. */
  extraActions?: ReactNode
  children: ReactNode
}

/**
 * A dialog around one form: Cancel and a primary button that submits it, disabled while saving,
 * and main's refusal shown in words above the fields. The dialogs that add or edit something use
 * it, so they save, fail and close alike.
 */
export function FormDialog({
  title,
  description,
  submitLabel,
  onClose,
  onSubmit,
  layout = 'stack',
  extraActions,
  children,
}: FormDialogProps) {
  const formId = useId()
  const [isSaving, setIsSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setFailure(null)
    setIsSaving(true)
    try {
      const saved = await onSubmit()
      if (saved === false) setIsSaving(false)
      else onClose()
    } catch (error) {
      setFailure((error as Error).message)
      setIsSaving(false)
    }
  }

  return (
    <Dialog
      open
      title={title}
      description={description}
      onClose={onClose}
      footer={
        <>
          {extraActions}
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="btn btn-primary" disabled={isSaving}>
            {submitLabel}
          </button>
        </>
      }
    >
      <div className="stack">
        {failure && (
          <div className="callout callout-error" role="alert">
            {failure}
          </div>
        )}
        <form id={formId} className={layout} onSubmit={(event) => void submit(event)}>
          {children}
        </form>
      </div>
    </Dialog>
  )
}
