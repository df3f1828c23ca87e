import { useMemo } from 'react'
import type { Registration } from '../../../../../shared/domain/schemas'
import type { PersonSummary } from '../../../../../shared/identity/people-queries'
import { personEventHistory } from '../../../../../shared/identity/person-history'
import { platformLabel } from '../../../../../shared/identity/resolve-identity'
import { useAppStore } from '../../../app/store-context'
import { nightLinksOfRegistrations } from '../night-links-view'
import { OutcomeBadge } from './AttendanceMarks'
import { formatEventDate } from './event-date'
import { useSummaryContext } from './use-summary-context'

/** Every event the person registered for, latest first, each linking to its event. */
export function PersonEventsCard({
  registrations,
  summary,
}: {
  registrations: readonly Registration[]
  summary: PersonSummary
}) {
  const context = useSummaryContext()
  const navigate = useAppStore((state) => state.navigate)
  const imports = useAppStore((state) => state.imports)
  const nameLinks = useMemo(
    () => nightLinksOfRegistrations(imports, registrations),
    [imports, registrations],
  )
  const history = useMemo(
    () => personEventHistory(registrations, context),
    [registrations, context],
  )
  const firstEventId = summary.firstAttended?.eventId
  const upcoming = history.filter((entry) => entry.outcome === 'upcoming').length
  return (
    <section className="card" aria-label="Events">
      <div className="card-header">
        <h2>Events</h2>
        <span className="muted small tabular">
          {summary.attended.length} attended of {summary.eventsRegistered} registered
          {upcoming > 0 && ` · ${upcoming} upcoming`}
        </span>
      </div>
      {history.length === 0 ? (
        <p className="card-body muted small">Not registered for any event.</p>
      ) : (
        <ul className="person-events" role="list">
          {history.map((entry) => (
            <li key={entry.event.id} className="person-event" data-testid="person-event">
              <div className="grow person-event-text">
                <span className="person-event-title">
                  <button
                    type="button"
                    className="link-button ellipsis"
                    onClick={() => navigate({ name: 'event', eventId: entry.event.id })}
                  >
                    {entry.event.title}
                  </button>
                  {entry.event.id === firstEventId && (
                    <span className="badge badge-accent">First event</span>
                  )}
                </span>
                <span className="faint small tabular">
                  {formatEventDate(entry.event.start)} · via{' '}
                  {entry.platforms.map((platform) => platformLabel(platform)).join(', ')}
                </span>
                {/* The evidence names the row and the list it came from. */}
                {nameLinks.get(entry.event.id)?.map(({ link }) => (
                  <span key={link.registrationId} className="small" data-testid="night-link-marker">
                    <span className="badge badge-info">matched by name within this night</span>{' '}
                    <span className="faint">{link.evidence.join(' · ')}</span>
                  </span>
                ))}
              </div>
              <OutcomeBadge outcome={entry.outcome} isEstimated={entry.isEstimated} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
