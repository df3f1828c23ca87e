import { useMemo } from 'react'
import { formatCount } from '../../../../shared/util/format-number'
import { registrationCounts } from '../../../../shared/events/registration-counts'
import { useAppStore } from '../../app/store-context'
import { EventImportsList, EventNightLinks } from '../attendees'
import { EventBuilders } from './EventBuilders'

/** Who registered and who came, as the imported exports say. */
export function EventRegistrationsCard({
  eventId,
  hasEnded,
}: {
  eventId: string
  hasEnded: boolean
}) {
  const registrations = useAppStore((state) => state.registrations)
  const openImport = useAppStore((state) => state.openImport)
  const counts = useMemo(() => registrationCounts(registrations, eventId), [registrations, eventId])
  return (
    <section className="card card-body stack" aria-label="Registrations">
      <div className="row-between">
        <h2>Registrations</h2>
        <button type="button" className="btn btn-sm" onClick={() => openImport({ eventId })}>
          Import attendees…
        </button>
      </div>
      {counts.registered === 0 ? (
        <p className="muted small">No attendee list imported for this event yet.</p>
      ) : (
        <EventBuilders eventId={eventId} />
      )}
      {counts.registered > 0 && (
        <dl className="facts tabular">
          <dt>Registered</dt>
          <dd data-testid="registered-count">{formatCount(counts.registered)}</dd>
          <dt>Going</dt>
          <dd data-testid="going-count">
            {formatCount(counts.going)}
            {counts.maybe > 0 && (
              <span className="faint"> (+{formatCount(counts.maybe)} maybe)</span>
            )}
          </dd>
          {counts.invited > 0 && (
            <>
              <dt>Invited</dt>
              <dd>{formatCount(counts.invited)}</dd>
            </>
          )}
          <dt>Waitlist</dt>
          <dd>{formatCount(counts.waitlist)}</dd>
          {counts.unknown > 0 && (
            <>
              <dt>Answer not read</dt>
              <dd>
                {formatCount(counts.unknown)}{' '}
                <span className="faint small">(not counted as going)</span>
              </dd>
            </>
          )}
          <dt>Not coming</dt>
          <dd>{formatCount(counts.notComing)}</dd>
          <dt>Checked in</dt>
          <dd>
            {counts.hasCheckInData ? (
              <>
                {formatCount(counts.checkedIn)}{' '}
                <span className="faint small">
                  ({Math.round((100 * counts.checkedIn) / Math.max(counts.going, 1))}% of going)
                </span>
              </>
            ) : hasEnded ? (
              <span className="faint">No check-in data in the export</span>
            ) : (
              <span className="faint">After the event, import the export with check-ins</span>
            )}
          </dd>
        </dl>
      )}
      <EventNightLinks eventId={eventId} />
      <EventImportsList eventId={eventId} />
    </section>
  )
}
