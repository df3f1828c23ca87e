import { useMemo } from 'react'
import type { Event } from '../../../../shared/domain/schemas'
import { betweenTheNights } from '../../../../shared/gates/between-the-nights'
import { useAppStore } from '../../app/store-context'

const TONE_BADGE = { ok: 'badge-ok', warn: 'badge-warn', neutral: '' } as const

/**
 * The mechanisms between two nights at a glance: demos confirmed for the next one, follow-ups sent
 * after the last one (when it owed them), and forward moves on the speaker pipeline this cycle,
 * each against its bar.
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
  const followUpMinimum = useAppStore((state) => state.settings.followUpMinimum)
  const events = useAppStore((state) => state.events)
  const board = useAppStore((state) => state.board)
  const navigate = useAppStore((state) => state.navigate)
  const rows = useMemo(
    () => betweenTheNights({ next, last, events, demos, followUps, followUpMinimum, board, now }),
    [next, last, events, demos, followUps, followUpMinimum, board, now],
  )
  return (
    <section className="card card-body stack" aria-label="Between the nights">
      <h2 className="section-title">Between the nights</h2>
      <ul
        className="stack"
        style={{ gap: 'var(--space-2)', padding: 0, margin: 0, listStyle: 'none' }}
      >
        {rows.map((row) => (
          <li key={row.id} className="row-between small">
            <button
              type="button"
              className="link-button"
              onClick={() =>
                navigate(
                  row.eventId === null
                    ? { name: 'pipeline' }
                    : { name: 'event', eventId: row.eventId },
                )
              }
            >
              {row.label}
            </button>
            <span className={`badge ${TONE_BADGE[row.tone]} tabular`}>{row.value}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
