import type { Event } from '../../../../shared/domain/schemas'
import type { GateResult } from '../../../../shared/gates/gate'

/**
 * What stands between a planned event and its announcement: each condition met or not, what would
 * meet it, and any override on record. Always visible while the event is in planning.
 */
export function AnnounceGatePanel({ event, gate }: { event: Event; gate: GateResult }) {
  return (
    <section
      className={`gate-panel ${gate.allowed ? 'gate-open' : 'gate-closed'}`}
      aria-label="Announce gate"
      data-testid="announce-gate"
    >
      <strong className="small">
        {gate.allowed ? 'Ready to announce' : 'Cannot announce yet'}
      </strong>
      <ul className="gate-conditions">
        {gate.conditions.map((condition) => (
          <li key={condition.gate} data-met={condition.isMet || undefined}>
            <span aria-hidden className="gate-mark">
              {condition.isMet ? '✓' : condition.override ? '↷' : '○'}
            </span>
            <span>
              {condition.summary}
              {!condition.isMet && condition.override === null && (
                <span className="muted"> · {condition.unblock}</span>
              )}
              {condition.override !== null && (
                <span className="muted">
                  {' '}
                  · overridden{condition.override.by ? ` by ${condition.override.by}` : ''} on{' '}
                  {new Date(condition.override.at).toLocaleDateString()}: “
                  {condition.override.reason}”
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
      {event.gateOverrides.length > 0 && gate.conditions.every((c) => c.override === null) && (
        <p className="faint small">
          {event.gateOverrides.length} earlier override
          {event.gateOverrides.length === 1 ? '' : 's'} on record.
        </p>
      )}
    </section>
  )
}
