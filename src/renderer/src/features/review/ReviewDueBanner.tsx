import { monthOf, reviewStatus } from '../../../../shared/metrics/monthly-review'
import { useAppStore } from '../../app/store-context'

/** Home's nudge while this month's review has not been closed. */
export function ReviewDueBanner({ now }: { now: Date }) {
  const reviews = useAppStore((state) => state.reviews)
  const events = useAppStore((state) => state.events)
  const navigate = useAppStore((state) => state.navigate)
  if (reviewStatus(reviews, events, now) !== 'due') return null
  return (
    <div className="callout callout-info row-between" role="status" data-testid="review-due">
      <span>
        <strong>The monthly review for {monthOf(now)} is due</strong>
        <span className="muted"> · fifteen minutes, one screen, one insight</span>
      </span>
      <button type="button" className="btn btn-sm" onClick={() => navigate({ name: 'review' })}>
        Open the review
      </button>
    </div>
  )
}
