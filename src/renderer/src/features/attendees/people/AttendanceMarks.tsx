/** The attended and estimated marks the people screens share (DESIGN.md §2, "Attended"). */
import type { EventOutcome } from '../../../../../shared/identity/person-history'
import type { PersonSummary } from '../../../../../shared/identity/people-queries'

/** Why a count or an event says "estimated", shown on hover. */
export const ESTIMATED_HINT =
  'Estimated: the export of at least one of these events has no check-in data, so registrations ' +
  'marked going count as attended.'

/** "3 events", with an "estimated" mark when the count leans on `going` instead of check-ins. */
export function AttendedCount({
  summary,
  unit = false,
}: {
  summary: PersonSummary
  /** Adds "event"/"events" after the number, for use in a sentence. */
  unit?: boolean
}) {
  const count = summary.attended.length
  return (
    <span className="attended-count tabular">
      <span className={count === 0 ? 'faint' : undefined}>
        {count}
        {unit && (count === 1 ? ' event' : ' events')}
      </span>
      {summary.isEstimated && (
        <span className="estimated-mark" title={ESTIMATED_HINT}>
          estimated
        </span>
      )}
    </span>
  )
}

const OUTCOME_LABELS: Record<EventOutcome, string> = {
  attended: 'Attended',
  upcoming: 'Going',
  'no-show': 'No-show',
  maybe: 'Maybe',
  invited: 'Invited',
  waitlist: 'Waitlist',
  unknown: 'Answer not read',
  declined: 'Declined',
  cancelled: 'Cancelled',
}

/** How one registered event turned out: attended (maybe estimated), going to it, or why not. */
export function OutcomeBadge({
  outcome,
  isEstimated,
}: {
  outcome: EventOutcome
  isEstimated: boolean
}) {
  if (outcome === 'attended') {
    return (
      <span className="row outcome">
        <span className="badge badge-ok">{OUTCOME_LABELS.attended}</span>
        {isEstimated && (
          <span
            className="estimated-mark"
            title="Estimated: this event's export has no check-in data, so going counts as attended."
          >
            estimated
          </span>
        )}
      </span>
    )
  }
  if (outcome === 'upcoming') {
    return (
      <span className="row outcome">
        <span
          className="badge badge-info"
          title="Registered as going; the event has not started yet, so it is not attended yet."
        >
          {OUTCOME_LABELS.upcoming}
        </span>
        <span className="upcoming-mark">upcoming</span>
      </span>
    )
  }
  return (
    <span className="row outcome">
      <span className={outcome === 'no-show' ? 'badge badge-warn' : 'badge'}>
        {OUTCOME_LABELS[outcome]}
      </span>
    </span>
  )
}
