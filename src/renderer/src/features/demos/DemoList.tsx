import type { Demo } from '../../../../shared/domain/demo-schemas'
import { DemoActions } from './DemoActions'

const STATE_LABELS: Record<Demo['state'], string> = {
  proposed: 'Proposed',
  screening: 'Screening',
  confirmed: 'Confirmed',
  presented: 'Presented',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
}

/** A titled list of demos with their presenter, pitch, screening and next steps. */
export function DemoList({
  title,
  demos,
  presenterOf,
  numbered = false,
  showState = false,
}: {
  title: string
  demos: Demo[]
  presenterOf: (demo: Demo) => string
  numbered?: boolean
  showState?: boolean
}) {
  if (demos.length === 0) return null
  const List = numbered ? 'ol' : 'ul'
  return (
    <div className="stack" style={{ gap: 'var(--space-2)' }}>
      <h3>
        {title} <span className="faint small tabular">{demos.length}</span>
      </h3>
      <List className="demo-list" aria-label={title}>
        {demos.map((demo) => {
          const checks = demo.screening ? Object.values(demo.screening.checks) : []
          return (
            <li key={demo.id} className="demo-row" data-testid="demo-row">
              <span className="demo-main">
                <strong>{demo.title}</strong>
                <span className="muted small">
                  {presenterOf(demo)}
                  {demo.pitch && ` · ${demo.pitch}`}
                </span>
                {demo.screening !== null && (
                  <span className="faint small">
                    Screened: {checks.filter(Boolean).length} of {checks.length} checks
                    {demo.screening.note && ` · “${demo.screening.note}”`}
                  </span>
                )}
              </span>
              {showState && <span className="badge">{STATE_LABELS[demo.state]}</span>}
              <span className="row demo-actions">
                <DemoActions demo={demo} />
              </span>
            </li>
          )
        })}
      </List>
    </div>
  )
}
