import type { Review } from '../../../../shared/domain/review-schemas'
import {
  GATE_WORDS,
  reviewLines,
  type TitledOverride,
} from '../../../../shared/metrics/monthly-review'

/**
 * A closed review laid out for paper: what "Save PDF" prints. Hidden on screen (metrics.css); the
 * same lines as its Markdown. Typed text goes in as React text, so an insight can never become
 * markup.
 */
export function ReviewPrint({
  review,
  overrides,
}: {
  review: Review
  overrides: readonly TitledOverride[]
}) {
  return (
    <article className="review-print" data-testid="review-print">
      <h1>Monthly review — {review.month}</h1>
      <p>Closed {new Date(review.closedAt).toLocaleDateString('en-GB', { dateStyle: 'long' })}</p>
      <dl>
        {reviewLines(review).map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
      {overrides.length > 0 && (
        <>
          <h2>Gate overrides</h2>
          <ul>
            {overrides.map((override) => (
              <li key={override.id}>
                {override.eventTitle} ({GATE_WORDS[override.gate]}): {override.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Insight</h2>
      <p className="review-print-insight">{review.insight}</p>
    </article>
  )
}
