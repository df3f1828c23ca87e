import { useMemo, useState, type FormEvent } from 'react'
import { eventDraftSchema, type Event, type EventDraft } from '../../../../shared/domain/schemas'
import { addHoursToWallClock } from '../../../../shared/events/event-time'
import { timeZoneOptions } from '../../../../shared/events/time-zones'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'

interface EventFormDialogProps {
  open: boolean
  /** The event being edited; absent when creating. */
  event?: Event
  defaultTimeZone: string
  onSubmit: (draft: EventDraft, planOverrideReason?: string) => Promise<void>
  onClose: () => void
  /** Things worth knowing before creating (the pipeline cadence); they do not block. */
  warnings?: string[]
  /** Why the plan gate is closed; creating then takes a written reason. */
  blockedBy?: string[]
  /**
   * The plan gate for the dates typed so far (a night that already ended is not gated); when
   * given, its reasons and warnings replace `blockedBy` and `warnings`.
   */
  gate?: (when: { end: string; timeZone: string }) => { reasons: string[]; warnings: string[] }
}

interface FormValues {
  title: string
  start: string
  end: string
  timeZone: string
  venue: string
  city: string
  capacity: string
}

const blank = (timeZone: string): FormValues => ({
  title: '',
  start: '',
  end: '',
  timeZone,
  venue: '',
  city: '',
  capacity: '',
})

const fromEvent = (event: Event): FormValues => ({
  title: event.title,
  start: event.start,
  end: event.end,
  timeZone: event.timeZone,
  venue: event.venue,
  city: event.city,
  capacity: event.capacity === null ? '' : String(event.capacity),
})

/** Create or edit an event; validation messages come from the same schema main enforces. */
export function EventFormDialog({
  open,
  event,
  defaultTimeZone,
  onSubmit,
  onClose,
  warnings: fixedWarnings = [],
  blockedBy: fixedBlockedBy = [],
  gate,
}: EventFormDialogProps) {
  const [overrideReason, setOverrideReason] = useState('')
  const [values, setValues] = useState<FormValues>(() =>
    event ? fromEvent(event) : blank(defaultTimeZone),
  )
  const [errors, setErrors] = useState<Partial<Record<keyof FormValues, string>>>({})
  const [submitError, setSubmitError] = useState<string | null>(null)
  const [isSaving, setIsSaving] = useState(false)
  const timeZones = useMemo(() => timeZoneOptions(values.timeZone), [values.timeZone])
  const gated = gate?.({ end: values.end, timeZone: values.timeZone })
  const warnings = gated?.warnings ?? fixedWarnings
  const blockedBy = gated?.reasons ?? fixedBlockedBy

  const set = (key: keyof FormValues) => (input: { target: { value: string } }) => {
    const value = input.target.value
    setValues((current) => {
      const next = { ...current, [key]: value }
      // A new start pulls an empty or earlier end along, three hours later, as most meetups run.
      if (key === 'start' && value && (!current.end || current.end <= value))
        next.end = addHoursToWallClock(value, 3)
      return next
    })
  }

  const submit = async (formEvent: FormEvent) => {
    formEvent.preventDefault()
    const capacity = values.capacity.trim() === '' ? null : Number(values.capacity)
    const parsed = eventDraftSchema.safeParse({ ...values, capacity })
    if (!parsed.success) {
      const next: Partial<Record<keyof FormValues, string>> = {}
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof FormValues
        next[key] ??= key === 'capacity' ? 'Capacity is a whole number of people' : issue.message
      }
      setErrors(next)
      return
    }
    const isBlocked = blockedBy.length > 0
    if (isBlocked && overrideReason.trim().length < 10) {
      setSubmitError('Write a reason of at least a few words to plan it anyway.')
      return
    }
    setErrors({})
    setIsSaving(true)
    try {
      await onSubmit(parsed.data, isBlocked ? overrideReason.trim() : undefined)
    } catch (error) {
      setSubmitError((error as Error).message)
    } finally {
      setIsSaving(false)
    }
  }

  return (
    <Dialog
      open={open}
      title={event ? 'Edit event' : 'New event'}
      description={
        event ? undefined : 'It starts in planning; announce it once the demo lineup is confirmed.'
      }
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="event-form" className="btn btn-primary" disabled={isSaving}>
            {event ? 'Save changes' : 'Create event'}
          </button>
        </>
      }
    >
      <form
        id="event-form"
        className="form-grid"
        onSubmit={(formEvent) => void submit(formEvent)}
        noValidate
      >
        {blockedBy.length > 0 && (
          <div className="callout callout-error span-2 stack" role="alert">
            {blockedBy.map((reason) => (
              <span key={reason}>{reason}</span>
            ))}
            <label className="field">
              <span className="field-label">Plan it anyway? Give the reason</span>
              <textarea
                className="textarea"
                rows={2}
                value={overrideReason}
                onChange={(input) => setOverrideReason(input.target.value)}
              />
            </label>
          </div>
        )}
        {warnings.map((warning) => (
          <div key={warning} className="callout callout-warning span-2" role="status">
            {warning}
          </div>
        ))}
        <Field label="Title" error={errors.title} className="span-2">
          <input
            className="input"
            value={values.title}
            onChange={set('title')}
            autoFocus
            placeholder="AI Demo Night #15"
          />
        </Field>
        <Field label="Starts" error={errors.start}>
          <input
            className="input"
            type="datetime-local"
            value={values.start}
            onChange={set('start')}
          />
        </Field>
        <Field label="Ends" error={errors.end}>
          <input className="input" type="datetime-local" value={values.end} onChange={set('end')} />
        </Field>
        <Field
          label="Time zone"
          hint="Times are venue time"
          error={errors.timeZone}
          className="span-2"
        >
          <select className="select" value={values.timeZone} onChange={set('timeZone')}>
            {timeZones.map((zone) => (
              <option key={zone.value} value={zone.value}>
                {zone.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Venue" error={errors.venue}>
          <input
            className="input"
            value={values.venue}
            onChange={set('venue')}
            placeholder="Kreuzberg Loft"
          />
        </Field>
        <Field label="City" error={errors.city}>
          <input
            className="input"
            value={values.city}
            onChange={set('city')}
            placeholder="Berlin"
          />
        </Field>
        <Field label="Capacity" hint="Leave empty if there is no limit" error={errors.capacity}>
          <input
            className="input"
            inputMode="numeric"
            value={values.capacity}
            onChange={set('capacity')}
            placeholder="120"
          />
        </Field>
        {submitError && (
          <div className="callout callout-error span-2" role="alert">
            {submitError}
          </div>
        )}
      </form>
    </Dialog>
  )
}
