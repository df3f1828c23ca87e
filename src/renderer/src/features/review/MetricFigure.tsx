import type { ReactNode } from 'react'
import type { Ratio } from '../../../../shared/metrics/ratio'

/** A figure with its numerator and denominator on hover and its definition one click away. */
export function MetricFigure({
  label,
  value,
  detail,
  definition,
  isEstimated = false,
  isWarning = false,
}: {
  label: string
  value: string
  /** Numerator and denominator in words, shown on hover and to screen readers. */
  detail: string
  definition: ReactNode
  isEstimated?: boolean
  isWarning?: boolean
}) {
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
        <p>{definition}</p>
      </details>
    </div>
  )
}

export function percent(ratio: Ratio): string {
  return ratio.value === null ? '—' : `${Math.round(ratio.value * 100)}%`
}

export function ofWords(ratio: Ratio, what: string): string {
  return `${ratio.numerator} of ${ratio.denominator} ${what}`
}
