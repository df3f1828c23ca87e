/**
 * frequency × severity × fit = score: each factor named on hover, and the whole read out in words
 * to screen readers (which would otherwise hear a row of bare numbers).
 */
export function ScoreFormula({
  frequency,
  severity,
  strategicFit,
}: {
  frequency: number
  severity: number
  strategicFit: number
}) {
  const score = frequency * severity * strategicFit
  return (
    <p className="feedback-score tabular" data-testid="cluster-score">
      <span className="visually-hidden">
        Priority score {score}: frequency {frequency} × severity {severity} × strategic fit{' '}
        {strategicFit}
      </span>
      <span title="Frequency: frictions in this cluster" aria-hidden>
        {frequency}
      </span>
      <span className="faint" aria-hidden>
        ×
      </span>
      <span title="Severity, 1–3" aria-hidden>
        {severity}
      </span>
      <span className="faint" aria-hidden>
        ×
      </span>
      <span title="Strategic fit, 1–3" aria-hidden>
        {strategicFit}
      </span>
      <span className="faint" aria-hidden>
        =
      </span>
      <strong aria-hidden>{score}</strong>
    </p>
  )
}
