import { memo } from 'react'
import type { Person, Registration } from '../../../../../shared/domain/schemas'
import {
  notAttendedLabel,
  personSummary,
  type SummaryContext,
} from '../../../../../shared/identity/people-queries'
import { platformLabel } from '../../../../../shared/identity/resolve-identity'
import type { Route } from '../../../app/ui-slice'
import { AttendedCount } from './AttendanceMarks'
import { formatEventDate } from './event-date'

/**
 * Every row's height, set on the row itself. Rows are one line (long text ends in an ellipsis), so
 * one height fits all; placing rows by arithmetic instead of measuring each one keeps a scroll
 * step's work to the rows coming into view, where re-measuring would re-place all 50,000.
 */
export const ROW_HEIGHT = 40

export const NO_REGISTRATIONS: readonly Registration[] = []

/** Stands in for the rows out of view, so the scrollbar is as long as the whole list. */
export function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="people-spacer">
      <td colSpan={4} style={{ height }} />
    </tr>
  )
}

/** One person; memoised, so scrolling renders only the rows that come into view. */
export const PersonRow = memo(function PersonRow({
  index,
  person,
  registrations,
  context,
  isActive,
  navigate,
}: {
  index: number
  person: Person
  registrations: readonly Registration[]
  context: SummaryContext
  isActive: boolean
  navigate: (route: Route) => void
}) {
  const onOpen = () => navigate({ name: 'person', personId: person.id })
  const summary = personSummary(person, registrations, context)
  const [primaryEmail, ...otherEmails] = person.emails
  const first = summary.firstAttended
  const firstPlatformId = person.platformIds[0]
  return (
    <tr
      style={{ height: ROW_HEIGHT }}
      aria-rowindex={index + 2}
      className="people-row"
      data-active={isActive || undefined}
      data-testid="person-row"
      onClick={onOpen}
    >
      <td className="people-name-cell">
        <button
          type="button"
          className="link-button people-name"
          // One Tab stop for the whole list: from the search field the arrows choose a person and
          // Enter opens them, so Tab does not have to walk through tens of thousands of rows.
          tabIndex={-1}
          onClick={(event) => {
            // The row opens the person too; one navigation is enough.
            event.stopPropagation()
            onOpen()
          }}
        >
          {person.name.trim() || <span className="faint">No name</span>}
        </button>
      </td>
      <td>
        <div className="cell-line">
          {primaryEmail ? (
            <>
              <span className="ellipsis">{primaryEmail}</span>
              {otherEmails.length > 0 && (
                <span className="badge" title={otherEmails.join('\n')}>
                  +{otherEmails.length}
                  <span className="visually-hidden"> more e-mails</span>
                </span>
              )}
            </>
          ) : (
            <span className="faint">
              {firstPlatformId ? `${platformLabel(firstPlatformId.platform)} only` : 'No e-mail'}
            </span>
          )}
        </div>
      </td>
      <td>
        <AttendedCount summary={summary} />
      </td>
      <td>
        <div className="cell-line">
          {first ? (
            <>
              <span className="ellipsis">{first.title}</span>
              <span className="faint small tabular nowrap">{formatEventDate(first.start)}</span>
            </>
          ) : (
            <span className="faint ellipsis">{notAttendedLabel(summary) ?? '—'}</span>
          )}
        </div>
      </td>
    </tr>
  )
})
