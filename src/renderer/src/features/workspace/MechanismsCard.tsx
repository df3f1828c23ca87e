import { useMemo } from 'react'
import type { Event } from '../../../../shared/domain/schemas'
import { confirmedDemos } from '../../../../shared/demos/demo-counts'
import { followUpsSent } from '../../../../shared/gates/announce-gate'
import { CADENCE_TARGET, currentCycle } from '../../../../shared/pipeline/forward-moves'
import { useAppStore } from '../../app/store-context'

/**
 * The mechanisms between two nights at a glance: demos confirmed for the next one, follow-ups sent
 * after the last one, and forward moves on the speaker pipeline this cycle, each against its bar.
 */
export function MechanismsCard({
  next,
  last,
  now,
}: {
  next: Event | undefined
  last: Event | undefined
  now: Date
}) {
  const demos = useAppStore((state) => state.demos)
  const followUps = useAppStore((state) => state.followUps)
  const minimum = useAppStore((state) => state.settings.followUpMinimum)
  const events = useAppStore((state) => state.events)
  const board = useAppStore((state) => state.board)
  const navigate = useAppStore((state) => state.navigate)
  const cycle = useMemo(() => currentCycle(events, board, now), [events, board, now])
  const rows: { label: string; value: number; target: number; route: () => void }[] = []
  if (next) {
    rows.push({
      label: `Demos confirmed for “${next.title}”`,
      value: confirmedDemos(demos, next.id).length,
      target: next.demoContract.demoTarget,
      route: () => navigate({ name: 'event', eventId: next.id }),
    })
  }
  if (last) {
    rows.push({
      label: `Follow-ups sent after “${last.title}”`,
      value: followUpsSent(followUps, last.id),
      target: minimum,
      route: () => navigate({ name: 'event', eventId: last.id }),
    })
  }
  rows.push({
    label: 'Forward moves on the speaker pipeline this cycle',
    value: cycle.forwardMoves,
    target: CADENCE_TARGET.min,
    route: () => navigate({ name: 'pipeline' }),
  })
  return (
    <section className="card card-body stack" aria-label="Between the nights">
      <h2 className="section-title">Between the nights</h2>
      <ul
        className="stack"
        style={{ gap: 'var(--space-2)', padding: 0, margin: 0, listStyle: 'none' }}
      >
        {rows.map((row) => (
          <li key={row.label} className="row-between small">
            <button type="button" className="link-button" onClick={row.route}>
              {row.label}
            </button>
            <span
              className={`badge ${row.value >= row.target ? 'badge-ok' : 'badge-warn'} tabular`}
            >
              {row.value} of {row.target}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
