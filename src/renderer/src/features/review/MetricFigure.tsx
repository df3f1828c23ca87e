import {
  METRIC_CATALOG,
  formatMetric,
  type MetricId,
} from '../../../../shared/metrics/metric-catalog'
import type { Ratio } from '../../../../shared/metrics/ratio'
import { formatCount } from '../../../../shared/util/format-number'

/** A figure with its numerator and denominator on hover and its definition one click away. */
export function MetricFigure({
  metric,
  value,
  detail,
  isEstimated = false,
  isWarning = false,
}: {
  /** Which metric: its label and definition come from the catalog. */
  metric: MetricId
  value: string
  /** Numerator and denominator in words, shown on hover and to screen readers. */
  detail: string
  isEstimated?: boolean
  isWarning?: boolean
}) {
  const { label, formula } = METRIC_CATALOG[metric]
  return (
    <div className="metric" data-warning={isWarning || undefined} data-testid="metric">
      <span className="metric-label small muted">{label}</span>
      <span className="metric-value tabular" title={detail}>
        {value}
        {isEstimated && <span className="metric-estimated small"> estimated</span>}
      </span>
      <span className="small faint">{detail}</span>
      <details className="metric-definition small">
        <summary>Definition</summary>
        <p>{formula}</p>
      </details>
    </div>
  )
}

/** A ratio as a percentage, read as every percentage metric reads. */
export function percent(ratio: Ratio): string {
  return formatMetric('returningBuilderRate', ratio.value)
}

export function ofWords(ratio: Ratio, what: string): string {
  return `${formatCount(ratio.numerator)} of ${formatCount(ratio.denominator)} ${what}`
}
