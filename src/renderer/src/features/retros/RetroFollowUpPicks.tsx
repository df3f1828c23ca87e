import type { Person } from '../../../../shared/domain/schemas'
import type { RetroDraft } from '../../../../shared/retros/journal-rules'

type Picks = RetroDraft['followUpPicks']

/** "Which 3 people do we follow up with, and why?": a person and a reason per row. */
export function RetroFollowUpPicks({
  picks,
  attendees,
  onChange,
  onLeaveField,
}: {
  picks: Picks
  attendees: readonly Person[]
  /** The new picks; `save` when a person was chosen (saved at once), not while typing a reason. */
  onChange: (picks: Picks, save: boolean) => void
  /** Leaving a reason's field saves it. */
  onLeaveField: () => void
}) {
  const update = (index: number, change: Partial<Picks[number]>): Picks =>
    picks.map((entry, position) => (position === index ? { ...entry, ...change } : entry))
  return (
    <div className="stack" style={{ gap: 'var(--space-2)' }}>
      <span className="field-label">Which 3 people do we follow up with, and why?</span>
      {picks.map((pick, index) => (
        <div key={index} className="retro-pick">
          <select
            className="select"
            aria-label={`Follow-up ${index + 1}`}
            value={pick.personId}
            onChange={(input) => onChange(update(index, { personId: input.target.value }), true)}
          >
            <option value="">Choose someone…</option>
            {attendees.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
          <input
            className="input"
            aria-label={`Why follow up with ${index + 1}`}
            placeholder="Why"
            value={pick.why}
            onChange={(input) => onChange(update(index, { why: input.target.value }), false)}
            onBlur={onLeaveField}
          />
        </div>
      ))}
    </div>
  )
}
