import { useMemo, useState } from 'react'
import { formatCount } from '../../../../shared/util/format-number'
import { JOURNEY_STAGES } from '../../../../shared/metrics/journey-funnel'
import { FATIGUE_WARNING_ABOVE } from '../../../../shared/metrics/fatigue-index'
import { formatMetric } from '../../../../shared/metrics/metric-catalog'
import { metricTrends } from '../../../../shared/metrics/metric-trends'
import { METRIC_WINDOWS, type MetricWindowKind } from '../../../../shared/metrics/metric-window'
import { returningBuilderRates } from '../../../../shared/metrics/returning-builders'
import { useAppStore } from '../../app/store-context'
import { useNow } from '../../hooks/use-now'
import { MetricFigure, ofWords, percent } from './MetricFigure'
import { TrendChart } from './TrendChart'
import { PulseSection } from '../pulse'
import { fatiguePoints, noShowPoints, returningPoints } from './trend-points'
import { useAllMetrics } from './use-all-metrics'
import './metrics.css'

const WINDOW_LABELS: Record<MetricWindowKind, string> = {
  'last-event': 'Last event',
  'last-3-months': 'Last 3 months',
  'last-12-months': 'Last 12 months',
  'all-time': 'All time',
}
const STAGE_LABELS: Record<(typeof JOURNEY_STAGES)[number], string> = {
  awareness: 'Awareness',
  onboarding: 'Onboarding',
  adoption: 'Adoption',
  retention: 'Retention',
  advocacy: 'Advocacy',
}

/**
 * The program's metrics (DESIGN.md §2), computed locally from the workspace, each with its
 * numerator and denominator and its definition, over a chosen window.
 */
export function MetricsPage() {
  const settings = useAppStore((state) => state.settings)
  const events = useAppStore((state) => state.events)
  const registrations = useAppStore((state) => state.registrations)
  const now = useNow()
  const [windowKind, setWindowKind] = useState<MetricWindowKind>('last-12-months')
  const metrics = useAllMetrics(now, windowKind)
  const returning = useMemo(
    () => returningBuilderRates(events, registrations),
    [events, registrations],
  )
  const titles = useMemo(() => new Map(events.map((event) => [event.id, event.title])), [events])
  const trends = useMemo(
    () =>
      metricTrends(
        {
          events,
          returning,
          noShowRates: metrics.noShowRates,
          fatigue: metrics.fatigueIndex,
          window: metrics.window,
        },
        now,
      ),
    [events, returning, metrics, now],
  )
  const { sparks, fatigue } = { sparks: metrics.collaborationSparks, fatigue: metrics.fatigueIndex }
  const windowWords = WINDOW_LABELS[windowKind].toLowerCase()

  return (
    <div className="page stack-lg">
      <header className="page-header row-between">
        <div className="stack" style={{ gap: 4 }}>
          <h1>Metrics</h1>
          <p className="muted small">Computed on this laptop from your events, people and demos.</p>
        </div>
        <label className="row small">
          <span className="muted">Window</span>
          <select
            className="select"
            value={windowKind}
            onChange={(event) => setWindowKind(event.target.value as MetricWindowKind)}
          >
            {METRIC_WINDOWS.map((kind) => (
              <option key={kind} value={kind}>
                {WINDOW_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
      </header>

      <section className="metrics-grid" aria-label="Figures">
        <MetricFigure
          metric="firstTimeDemoConversion"
          value={percent(metrics.firstTimeDemoConversion)}
          detail={ofWords(
            metrics.firstTimeDemoConversion,
            'first-timers in the window later presented',
          )}
          isEstimated={metrics.firstTimeDemoConversion.isEstimated}
        />
        <MetricFigure
          metric="repeatSpeakerRate"
          value={percent(metrics.repeatSpeakerRate)}
          detail={ofWords(metrics.repeatSpeakerRate, 'presenters presented at 2+ events')}
        />
        <MetricFigure
          metric="collaborationSparks"
          value={formatMetric('collaborationSparks', sparks.sparks)}
          detail={`${sparks.sparks} sparks of ${sparks.introsMade} intros made · spark rate ${percent(sparks.sparkRate)}`}
        />
        <MetricFigure
          metric="timeToShip"
          value={formatMetric('timeToShip', metrics.timeToShip.median)}
          detail={`over ${formatCount(metrics.timeToShip.count)} events that met their demo target`}
        />
        <MetricFigure
          metric="organizerFatigue"
          value={formatMetric('organizerFatigue', fatigue.value)}
          detail={`mean of the last ${fatigue.basedOn} check-ins · warning above ${FATIGUE_WARNING_ABOVE}`}
          isWarning={fatigue.isWarning}
        />
        <MetricFigure
          metric="followUpsCompleted"
          value={percent(metrics.followUpsCompleted.inWindow)}
          detail={ofWords(
            metrics.followUpsCompleted.inWindow,
            `follow-ups sent (minimum ${settings.followUpMinimum} per event)`,
          )}
        />
        <MetricFigure
          metric="forwardMoves"
          value={formatMetric('forwardMoves', metrics.forwardMoves.forwardMoves)}
          detail="target 3–5 between two events"
          isWarning={metrics.forwardMoves.isBelowTarget}
        />
        <MetricFigure
          metric="speakerPipeline"
          value={formatMetric(
            'speakerPipeline',
            metrics.pipelineCounts.reduce((sum, column) => sum + column.count, 0),
          )}
          detail={metrics.pipelineCounts
            .map((column) => `${column.name}: ${formatCount(column.count)}`)
            .join(' · ')}
        />
      </section>

      <section className="trend-grid" aria-label="Trends">
        <div className="card card-body trend-wide">
          <TrendChart
            title={<h2>Returning builder rate per event</h2>}
            label={`Returning builder rate per event, ${windowWords}`}
            points={returningPoints(trends.returning)}
            valueName="Rate"
            unit="%"
            height={180}
            emptyText="No event with attendees has ended in this window."
          />
        </div>
        <div className="card card-body">
          <TrendChart
            title={<h2>No-show rate per event</h2>}
            label={`No-show rate per event, ${windowWords}`}
            points={noShowPoints(trends.noShow)}
            valueName="No-show rate"
            unit="%"
            height={160}
            emptyText="No event with check-in data has ended in this window."
          />
        </div>
        <div className="card card-body">
          <TrendChart
            title={<h2>Organizer fatigue per check-in</h2>}
            label={`Organizer fatigue index per check-in, ${windowWords}; warning above ${FATIGUE_WARNING_ABOVE}`}
            points={fatiguePoints(trends.fatigue, titles)}
            valueName="Fatigue"
            warningAbove={FATIGUE_WARNING_ABOVE}
            height={160}
            emptyText="No check-in after an event in this window."
          />
        </div>
      </section>

      <PulseSection />

      <section className="card card-body stack" aria-label="Developer journey">
        <h2>Developer journey</h2>
        <ol className="funnel" aria-label="Journey stages">
          {metrics.journeyFunnel.stages.map((stage, index) => {
            const conversion = metrics.journeyFunnel.conversions[index]
            const isDrop =
              conversion !== undefined &&
              metrics.journeyFunnel.largestDrop?.from === conversion.from
            return (
              <li key={stage.stage} className="funnel-stage" data-testid="funnel-stage">
                {/* A link, not a button: it opens another screen, and the URL is that screen's. */}
                <a
                  className="funnel-name"
                  href={`#/people?stage=${stage.stage}`}
                  aria-label={`${STAGE_LABELS[stage.stage]}: ${formatCount(stage.count)} people`}
                  title="Show the people at this stage"
                >
                  {STAGE_LABELS[stage.stage]}
                </a>
                <span className="funnel-count tabular">{formatCount(stage.count)}</span>
                {conversion !== undefined && (
                  <span
                    className={`small ${isDrop ? 'funnel-drop' : 'muted'}`}
                    title={ofWords(conversion.conversion, 'moved on')}
                  >
                    → {percent(conversion.conversion)}
                    {isDrop && ' · largest drop: where developers get stuck'}
                  </span>
                )}
              </li>
            )
          })}
        </ol>
      </section>
    </div>
  )
}
