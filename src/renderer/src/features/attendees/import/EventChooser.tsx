import { useMemo } from 'react'
import type { Event } from '../../../../../shared/domain/schemas'
import { sortByStart } from '../../../../../shared/events/event-time'
import { formatEventWhen } from '../../../../../shared/events/format-event'
import { formatDay, type NightProposal } from '../../../../../shared/import/night-evidence'
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

/** The file's evidence beside the date field, in words: where the date came from, or why not. */
function describeEvidence(night: Pick<NightProposal, 'date' | 'evidence'>, chosen: string): string {
  const done = isPastDay(chosen) ? ' It has ended, so it is recorded as done.' : ''
  if (night.date === null) return `${night.evidence} Pick the night’s date.`
  const evidence = night.evidence.replace(/^from /, '')
  if (night.date === chosen) return `Date from the file: ${evidence}.${done}`
  return `The file points to ${formatDay(night.date)} (${evidence}).${done}`
}

/** Which event the rows belong to: one of the workspace's events, or a new one named here. */
export function EventChooser({
  events,
  choice,
  onChange,
  error,
  night,
}: {
  events: readonly Event[]
  choice: EventChoice
  onChange: (choice: EventChoice) => void
  error?: string | undefined
  /** What the file says about the night's date, shown beside the date, so it is never mistaken for a default. */
  night?: Pick<NightProposal, 'date' | 'evidence'>
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
              onChange={(event) =>
                onChange({ kind: 'new', fields: { ...newFields, date: event.target.value } })
              }
            />
          </Field>
          {night !== undefined && (
            <p
              className="small night-evidence"
              data-from-file={
                night.date !== null && night.date === newFields.date ? true : undefined
              }
              data-testid="night-evidence"
            >
              {describeEvidence(night, newFields.date)}
            </p>
          )}
        </>
      )}
    </div>
  )
}
