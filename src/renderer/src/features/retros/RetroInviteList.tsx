import { useMemo } from 'react'
import type { Person } from '../../../../shared/domain/schemas'
import { useAppStore } from '../../app/store-context'
import { usePersonLookup } from '../../hooks/use-person-lookup'
import { selectBoardCards } from './retro-selectors'

/** "Who should we invite next time?": the picked people, each one click from the board. */
export function RetroInviteList({
  inviteNext,
  attendees,
  onChange,
}: {
  inviteNext: readonly string[]
  attendees: readonly Person[]
  /** The new list, saved at once. */
  onChange: (inviteNext: string[]) => void
}) {
  const cards = useAppStore(selectBoardCards)
  const addCard = useAppStore((state) => state.addCard)
  const personOf = usePersonLookup()
  const onBoard = useMemo(() => new Set(cards.map((card) => card.personId)), [cards])
  return (
    <div className="stack" style={{ gap: 'var(--space-2)' }}>
      <span className="field-label">Who should we invite next time?</span>
      <ul className="retro-people" aria-label="Invite next time">
        {inviteNext.map((personId) => (
          <li key={personId} className="row-between small">
            <span>{personOf(personId)?.name ?? 'Deleted person'}</span>
            <span className="row">
              {onBoard.has(personId) ? (
                <span className="faint">On the board</span>
              ) : (
                <button
                  type="button"
                  className="btn btn-ghost btn-sm"
                  onClick={() => void addCard(personId, 'first-timers', 'Invite to the next night')}
                >
                  Add to board
                </button>
              )}
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                aria-label={`Remove ${personOf(personId)?.name ?? 'person'}`}
                onClick={() => onChange(inviteNext.filter((id) => id !== personId))}
              >
                ×
              </button>
            </span>
          </li>
        ))}
      </ul>
      <select
        className="select"
        aria-label="Add someone to invite"
        value=""
        onChange={(input) => {
          if (input.target.value === '') return
          onChange([...inviteNext, input.target.value])
        }}
      >
        <option value="">Add someone who came…</option>
        {attendees
          .filter((person) => !inviteNext.includes(person.id))
          .map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
      </select>
    </div>
  )
}
