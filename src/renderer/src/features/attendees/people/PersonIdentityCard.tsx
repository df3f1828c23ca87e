import type { Person } from '../../../../../shared/domain/schemas'
import { notAttendedLabel, type PersonSummary } from '../../../../../shared/identity/people-queries'
import { platformLabel } from '../../../../../shared/identity/resolve-identity'
import { useAppStore } from '../../../app/store-context'
import { formatEventDate } from './event-date'

/**
 * Who the person is known as. Imports join a row to this person only on one of these e-mails or
 * platform ids (DESIGN.md §1.3), so this is also the list of what identifies them.
 */
export function PersonIdentityCard({
  person,
  summary,
}: {
  person: Person
  summary: PersonSummary
}) {
  const navigate = useAppStore((state) => state.navigate)
  const first = summary.firstAttended
  return (
    <section className="card card-body stack" aria-label="Identity">
      <h2>Known as</h2>
      <dl className="person-facts">
        <dt>E-mails</dt>
        <dd>
          {person.emails.length === 0 ? (
            <span className="faint">None known</span>
          ) : (
            <ul className="plain-list" role="list">
              {person.emails.map((email, index) => (
                <li key={email} className="row">
                  <span className="break-anywhere">{email}</span>
                  {index === 0 && person.emails.length > 1 && (
                    <span className="badge">primary</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Platform ids</dt>
        <dd>
          {person.platformIds.length === 0 ? (
            <span className="faint">None known</span>
          ) : (
            <ul className="plain-list" role="list">
              {person.platformIds.map((entry) => (
                <li key={`${entry.platform}:${entry.id}`}>
                  {platformLabel(entry.platform)}{' '}
                  <span className="mono small break-anywhere">{entry.id}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>First event</dt>
        <dd>
          {first ? (
            <span className="stack" style={{ gap: 0 }}>
              <button
                type="button"
                className="link-button"
                onClick={() => navigate({ name: 'event', eventId: first.eventId })}
              >
                {first.title}
              </button>
              <span className="faint small">
                {formatEventDate(first.start)}
                {first.isEstimated && ' · estimated'}
              </span>
            </span>
          ) : (
            <span className="faint">
              {notAttendedLabel(summary) ?? 'Not registered for a night'}
            </span>
          )}
        </dd>
        {person.tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd className="row" style={{ flexWrap: 'wrap' }}>
              {person.tags.map((tag) => (
                <span key={tag} className="badge">
                  {tag}
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
    </section>
  )
}
