import { useMemo, useState } from 'react'
import { flushSync } from 'react-dom'
import type { Review } from '../../../../shared/domain/review-schemas'
import { reviewFileName } from '../../../../shared/export/file-names'
import { FATIGUE_WARNING_ABOVE } from '../../../../shared/metrics/fatigue-index'
import { formatMetric, METRIC_CATALOG } from '../../../../shared/metrics/metric-catalog'
import {
  GATE_WORDS,
  figuresToKeep,
  reviewStatus,
  monthOf,
  overridesInMonth,
  reviewFigures,
  reviewMarkdown,
  type TitledOverride,
} from '../../../../shared/metrics/monthly-review'
import { countAgainstBar } from '../../../../shared/util/format-number'
import { useAppStore } from '../../app/store-context'
import { useNow } from '../../hooks/use-now'
import { copyText } from '../../lib/clipboard'
import { downloadText } from '../../lib/download'
import { ReviewPrint } from './ReviewPrint'
import { TrendChart } from './TrendChart'
import { returningPoints } from './trend-points'
import { useAllMetrics } from './use-all-metrics'
import './metrics.css'

/** The review screen must fit one 1280×800 window, so long lists show a few and count the rest. */
const LISTED_OVERRIDES = 2

/** The review badge for where this month's review stands; an empty workspace owes none. */
const REVIEW_BADGE = {
  due: { tone: 'badge-warn', text: 'Due' },
  done: { tone: 'badge-ok', text: 'Done this month' },
  'nothing-to-review': { tone: '', text: 'Nothing to review yet' },
} as const

/**
 * The monthly 15-minute review (DESIGN.md §1.8), on one screen at 1280×800: returning builders,
 * the pipeline, demos for the next night, follow-ups, the month's overrides, the organizer's
 * fatigue, and one insight. Closed reviews form a timeline; each exports as Markdown or PDF.
 */
export function ReviewPage() {
  const events = useAppStore((store) => store.events)
  const registrations = useAppStore((store) => store.registrations)
  const demos = useAppStore((store) => store.demos)
  const reviews = useAppStore((store) => store.reviews)
  const closeReview = useAppStore((store) => store.closeReview)
  const exportReviewPdf = useAppStore((store) => store.exportReviewPdf)
  const showToast = useAppStore((store) => store.showToast)
  const now = useNow()
  const month = monthOf(now)
  const [insight, setInsight] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [printing, setPrinting] = useState<Review | null>(null)
  const metrics = useAllMetrics(now, 'last-3-months')
  const figures = useMemo(
    () => reviewFigures({ events, registrations, demos, metrics }, now),
    [events, registrations, demos, metrics, now],
  )
  const status = reviewStatus(reviews, events, now)
  const timeline = [...reviews].reverse()
  const markdownOf = (review: Review) =>
    reviewMarkdown(review, overridesInMonth(events, review.month, review.closedAt))
  const { fatigue } = figures

  const savePdf = (review: Review) => {
    // The print layout must be in the page before main prints it, so it is rendered at once.
    flushSync(() => setPrinting(review))
    exportReviewPdf(review.id)
      .catch((failure: Error) => showToast(failure.message, { tone: 'error' }))
      .finally(() => setPrinting(null))
  }

  return (
    <div className="page review-page" data-printing={printing === null ? undefined : true}>
      <header className="row-between">
        <div className="stack" style={{ gap: 2 }}>
          <h1>Monthly review · {month}</h1>
          <p className="muted small">Fifteen minutes, one screen. Close it with one insight.</p>
        </div>
        <span className={`badge ${REVIEW_BADGE[status].tone}`}>{REVIEW_BADGE[status].text}</span>
      </header>
      <div className="review-grid">
        <section className="card card-body stack" aria-label="Returning builders trend">
          <TrendChart
            title={<h2 className="section-title">Returning builders</h2>}
            label="Returning builder rate of the last nights"
            points={returningPoints(figures.returningTrend)}
            valueName="Rate"
            unit="%"
            height={170}
            emptyText="The trend starts once a night with attendees has ended."
          />
        </section>
        <section className="card card-body stack" aria-label="This month's figures">
          <h2 className="section-title">Mechanisms</h2>
          <dl className="facts tabular small review-facts">
            <dt>{METRIC_CATALOG.speakerPipeline.label}</dt>
            <dd>{formatMetric('speakerPipeline', figures.pipelineCount)} people</dd>
            <dt>Demos for the next night</dt>
            <dd>
              {figures.nextEvent === null
                ? 'No next night planned'
                : countAgainstBar(
                    figures.nextEvent.confirmed,
                    figures.nextEvent.target,
                    'confirmed',
                  )}
            </dd>
            <dt>Follow-ups (3 months)</dt>
            <dd>{countAgainstBar(figures.followUps.sent, figures.followUps.expected, 'sent')}</dd>
            <dt>Gate overrides</dt>
            <dd>
              {figures.overrides.length} this month
              <OverrideList overrides={figures.overrides} label="This month's gate overrides" />
            </dd>
            <dt>{METRIC_CATALOG.organizerFatigue.label}</dt>
            <dd data-testid="review-fatigue">
              {fatigue.value === null ? (
                <span className="muted">No check-ins yet</span>
              ) : (
                <>
                  <span className={fatigue.isWarning ? 'review-warning' : undefined}>
                    {formatMetric('organizerFatigue', fatigue.value)}
                  </span>
                  <span className="muted">
                    {' '}
                    · mean of the last {fatigue.basedOn} check-in{fatigue.basedOn === 1 ? '' : 's'}
                  </span>
                  {fatigue.isWarning && (
                    <span className="badge badge-warn review-badge">
                      Above {FATIGUE_WARNING_ABOVE}
                    </span>
                  )}
                  <span className="review-fed muted">
                    {fatigue.overrides.length === 0
                      ? 'No gate override in those cycles'
                      : `${fatigue.overrides.length} gate override${fatigue.overrides.length === 1 ? '' : 's'} in those cycles`}
                  </span>
                  <OverrideList
                    overrides={fatigue.overrides}
                    label="Gate overrides that fed the fatigue index"
                  />
                </>
              )}
            </dd>
          </dl>
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
                <li key={review.id} data-testid="timeline-review">
                  <strong>{review.month}</strong>
                  <p className="review-insight" title={review.insight}>
                    {review.insight}
                  </p>
                  <span className="row review-actions">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        void copyText(markdownOf(review)).then(() => showToast('Review copied'))
                      }
                    >
                      Copy<span className="visually-hidden"> the {review.month} review</span>
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        downloadText(
                          reviewFileName(review.month, 'md'),
                          markdownOf(review),
                          'text/markdown;charset=utf-8',
                        )
                      }
                    >
                      .md<span className="visually-hidden"> of the {review.month} review</span>
                    </button>
                    <button type="button" className="link-button" onClick={() => savePdf(review)}>
                      PDF<span className="visually-hidden"> of the {review.month} review</span>
                    </button>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
      {printing !== null && (
        <ReviewPrint
          review={printing}
          overrides={overridesInMonth(events, printing.month, printing.closedAt)}
        />
      )}
    </div>
  )
}

/** A few overrides by event and reason; the rest counted, all of them in the hover title. */
function OverrideList({
  overrides,
  label,
}: {
  overrides: readonly TitledOverride[]
  label: string
}) {
  if (overrides.length === 0) return null
  const more = overrides.length - LISTED_OVERRIDES
  return (
    <ul
      className="review-overrides muted"
      aria-label={label}
      title={overrides
        .map(
          (override) => `${override.eventTitle} (${GATE_WORDS[override.gate]}): ${override.reason}`,
        )
        .join('\n')}
    >
      {overrides.slice(0, LISTED_OVERRIDES).map((override) => (
        <li key={override.id}>
          {GATE_WORDS[override.gate]}: “{override.reason}” · {override.eventTitle}
        </li>
      ))}
      {more > 0 && <li>and {more} more</li>}
    </ul>
  )
}
