import { useMemo } from 'react'
import { formatCount } from '../../../../shared/util/format-number'
import { returningBuilderRates } from '../../../../shared/metrics/returning-builders'
import { useAppStore } from '../../app/store-context'

/**
 * First-timers and returning builders at one event: the first real metric a new organizer sees,
 * right after importing the export they already have (the activation path of issue 8).
 */
export function EventBuilders({ eventId }: { eventId: string }) {
  const events = useAppStore((state) => state.events)
  const registrations = useAppStore((state) => state.registrations)
  // The series is in start order, so any entry before this event's is an earlier night.
  const { rate, hasEarlierEvent } = useMemo(() => {
    const rates = returningBuilderRates(events, registrations)
    const index = rates.findIndex((entry) => entry.eventId === eventId)
    return { rate: rates[index], hasEarlierEvent: index > 0 }
  }, [events, registrations, eventId])
  if (rate === undefined || rate.attendees === 0) return null
  return (
    <div className="builders" aria-label="First-timers and returning builders" role="group">
      <div className="builders-figure">
        <span className="builders-number tabular" data-testid="first-timers">
          {formatCount(rate.firstTimers)}
        </span>
        <span className="small muted">first-timers</span>
      </div>
      <div className="builders-figure">
        <span className="builders-number tabular" data-testid="returning-builders">
          {formatCount(rate.returning)}
        </span>
        <span className="small muted">
          returning builders
          {rate.rate !== null && (
            <span className="tabular">
              {' '}
              · {Math.round(rate.rate * 100)}% of {formatCount(rate.attendees)}
            </span>
          )}
        </span>
      </div>
      <p className="small faint builders-note">
        {rate.isEstimated
          ? 'Estimated: the export has no check-ins, so everyone marked going counts as attended. '
          : 'Counted from check-ins. '}
        {hasEarlierEvent
          ? 'Returning means they attended an earlier event in this workspace.'
          : 'This is the first event here, so everyone is new: import an earlier night to see who returns.'}
      </p>
    </div>
  )
}
