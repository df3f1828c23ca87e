import { useMemo } from 'react'
import type { Event } from '../../../../../shared/domain/schemas'
import { sortByStart } from '../../../../../shared/events/event-time'
import { formatEventWhen } from '../../../../../shared/events/format-event'
import { Field } from '../../../components/Field'

export interface NewEventFields {
  title: string
  date: string
}

export type EventChoice =
  { kind: 'existing'; eventId: string } | { kind: 'new'; fields: NewEventFields }

const NEW_EVENT = '__new__'

function isPastDay(day: string): boolean {
  return day !== '' && day < new Date().toISOString().slice(0, 10)
}

/** Which event the rows belong to: one of the workspace's events, or a new one named here. */
export function EventChooser({
  events,
  choice,
  onChange,
  error,
  dateEvidence,
  isDateFromFile = false,
}: {
  events: readonly Event[]
  choice: EventChoice
  onChange: (choice: EventChoice) => void
  error?: string | undefined
  /** What the file says about the night's date, shown under the date it proposes. */
  dateEvidence?: string
  /** The date shown is the file's own: said beside it, so nobody mistakes it for a default. */
  isDateFromFile?: boolean
}) {
  // Latest first: an import is usually for a recent night.
  const ordered = useMemo(() => sortByStart(events).reverse(), [events])
  const newFields = choice.kind === 'new' ? choice.fields : { title: '', date: '' }
  return (
    <div className="form-grid">
      <Field label="Event" className={choice.kind === 'new' ? '' : 'span-2'}>
        <select
          className="select"
          value={choice.kind === 'new' ? NEW_EVENT : choice.eventId}
          onChange={(event) => {
            const value = event.target.value
            onChange(
              value === NEW_EVENT
                ? { kind: 'new', fields: newFields }
                : { kind: 'existing', eventId: value },
            )
          }}
        >
          {ordered.map((event) => (
            <option key={event.id} value={event.id}>
              {event.title} — {formatEventWhen(event)}
            </option>
          ))}
          <option value={NEW_EVENT}>New event…</option>
        </select>
      </Field>
      {choice.kind === 'new' && (
        <>
          <Field label="New event’s title" error={error}>
            <input
              className="input"
              value={newFields.title}
              placeholder="AI Demo Night #14"
              onChange={(event) =>
                onChange({ kind: 'new', fields: { ...newFields, title: event.target.value } })
              }
            />
          </Field>
          <Field label="Date" hint="Starts 18:30, ends 21:30; edit it on the event’s page later.">
            <input
              className="input"
              type="date"
              value={newFields.date}
              required
              onChange={(event) =>
                onChange({ kind: 'new', fields: { ...newFields, date: event.target.value } })
              }
            />
          </Field>
          {dateEvidence !== undefined && (
            <p
              className={`small span-2 night-evidence ${isDateFromFile ? '' : 'muted'}`}
              data-testid="night-evidence"
            >
              {isDateFromFile
                ? dateEvidence
                : dateEvidence.replace(/^Proposed /, 'The file suggests a date ')}
              {isDateFromFile &&
                isPastDay(newFields.date) &&
                ' A night that has ended is recorded as done.'}
            </p>
          )}
        </>
      )}
    </div>
  )
}
