import { useMemo, useState } from 'react'
import {
  figuresToKeep,
  isReviewDue,
  monthOf,
  reviewFigures,
  reviewMarkdown,
} from '../../../../shared/metrics/monthly-review'
import { useAppStore } from '../../app/store-context'
import { useNow } from '../../hooks/use-now'
import { copyText } from '../../lib/clipboard'
import { downloadText } from '../../lib/download'
import { useAllMetrics } from './use-all-metrics'
import './metrics.css'

/**
 * The monthly 15-minute review (DESIGN.md §1.8), on one screen at 1280×800: returning builders,
 * the pipeline, demos for the next night, follow-ups, the month's overrides, and one insight.
 */
export function ReviewPage() {
  const events = useAppStore((store) => store.events)
  const registrations = useAppStore((store) => store.registrations)
  const demos = useAppStore((store) => store.demos)
  const reviews = useAppStore((store) => store.reviews)
  const closeReview = useAppStore((store) => store.closeReview)
  const showToast = useAppStore((store) => store.showToast)
  const now = useNow()
  const month = monthOf(now)
  const [insight, setInsight] = useState('')
  const [error, setError] = useState<string | null>(null)
  const metrics = useAllMetrics(now, 'last-3-months')
  const figures = useMemo(
    () => reviewFigures({ events, registrations, demos, metrics }, now),
    [events, registrations, demos, metrics, now],
  )
  const isDue = isReviewDue(reviews, now)
  const timeline = [...reviews].reverse()

  return (
    <div className="page review-page">
      <header className="row-between">
        <div className="stack" style={{ gap: 2 }}>
          <h1>Monthly review · {month}</h1>
          <p className="muted small">Fifteen minutes, one screen. Close it with one insight.</p>
        </div>
        <span className={`badge ${isDue ? 'badge-warn' : 'badge-ok'}`}>
          {isDue ? 'Due' : 'Done this month'}
        </span>
      </header>
      <div className="review-grid">
        <section className="card card-body stack" aria-label="Returning builders trend">
          <h2 className="section-title">Returning builders</h2>
          <ol className="review-trend" aria-label="Returning builder rate per event">
            {figures.returningTrend.map((entry) => (
              <li key={entry.eventId} title={entry.title}>
                <span
                  className="review-trend-bar"
                  style={{ height: `${Math.round((entry.rate ?? 0) * 100)}%` }}
                />
                <span className="small tabular">
                  {entry.rate === null ? '—' : `${Math.round(entry.rate * 100)}%`}
                </span>
                <span className="faint small">{/#\d+/.exec(entry.title)?.[0] ?? ''}</span>
              </li>
            ))}
          </ol>
        </section>
        <section className="card card-body stack" aria-label="This month's figures">
          <h2 className="section-title">Mechanisms</h2>
          <dl className="facts tabular small">
            <dt>Speaker pipeline</dt>
            <dd>{figures.pipelineCount} people</dd>
            <dt>Demos for the next night</dt>
            <dd>
              {figures.nextEvent === null
                ? 'No next night planned'
                : `${figures.nextEvent.confirmed} of ${figures.nextEvent.target} confirmed`}
            </dd>
            <dt>Follow-ups (3 months)</dt>
            <dd>
              {figures.followUps.sent} of {figures.followUps.expected} sent
            </dd>
            <dt>Gate overrides</dt>
            <dd>{figures.overrides.length} this month</dd>
          </dl>
          {figures.overrides.length > 0 && (
            <ul className="small muted review-overrides">
              {figures.overrides.slice(0, 3).map((override) => (
                <li key={override.id}>
                  {override.eventTitle}: “{override.reason}”
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card card-body stack" aria-label="Insight">
          <h2 className="section-title">One insight</h2>
          <textarea
            className="textarea"
            rows={3}
            aria-label="Insight"
            placeholder="What did the numbers teach you this month?"
            value={insight}
            onChange={(event) => {
              setInsight(event.target.value)
              setError(null)
            }}
          />
          {error && (
            <span className="field-error" role="alert">
              {error}
            </span>
          )}
          <button
            type="button"
            className="btn btn-primary"
            style={{ alignSelf: 'flex-end' }}
            onClick={() => {
              if (insight.trim() === '') {
                setError('Type one insight to close the review.')
                return
              }
              closeReview(month, insight.trim(), figuresToKeep(figures))
                .then(() => setInsight(''))
                .catch((failure: Error) => setError(failure.message))
            }}
          >
            Close the review
          </button>
        </section>
        <section className="card card-body stack" aria-label="Review timeline">
          <h2 className="section-title">Timeline</h2>
          {timeline.length === 0 ? (
            <p className="small muted">Closed reviews appear here, newest first.</p>
          ) : (
            <ol className="review-timeline small">
              {timeline.slice(0, 4).map((review) => (
                <li key={review.id}>
                  <strong>{review.month}</strong> · {review.insight}{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      void copyText(reviewMarkdown(review)).then(() => showToast('Review copied'))
                    }
                  >
                    Copy
                  </button>{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      downloadText(
                        `review-${review.month}.md`,
                        reviewMarkdown(review),
                        'text/markdown;charset=utf-8',
                      )
                    }
                  >
                    .md
                  </button>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </div>
  )
}
