import { useMemo } from 'react'
import { useAppStore } from '../../app/store-context'
import { formatChatTime } from './pulse-format'
import { usePulse } from './use-pulse'
import './pulse.css'

const SHOWN = 5

/**
 * People who talk in the group but have never demoed (DESIGN.md §1.11), offered to the board as
 * demo candidates, with their messages as the reason.
 */
export function QuietTalkers() {
  const pulse = usePulse()
  const people = useAppStore((state) => state.people)
  const board = useAppStore((state) => state.board)
  const addCard = useAppStore((state) => state.addCard)
  const names = useMemo(() => new Map(people.map((person) => [person.id, person.name])), [people])
  const onBoard = useMemo(() => new Set(board.cards.map((card) => card.personId)), [board])
  const column =
    board.columns.find(
      (candidate) => candidate.id === 'demo-candidates' && !candidate.isArchived,
    ) ?? board.columns.find((candidate) => candidate.kind === 'path' && !candidate.isArchived)
  const talkers = (pulse?.quietTalkers ?? []).filter((talker) => !onBoard.has(talker.personId))
  if (pulse === null || talkers.length === 0 || column === undefined) return null
  return (
    <section
      className="card card-body stack"
      aria-label="Talk in the group, never demoed"
      data-testid="quiet-talkers"
    >
      <h2>Talk in the group, never demoed</h2>
      <ul className="pulse-talkers">
        {talkers.slice(0, SHOWN).map((talker) => {
          const name = names.get(talker.personId) ?? 'Someone'
          return (
            <li key={talker.personId} data-testid="quiet-talker">
              <div className="row-between">
                <strong>{name}</strong>
                <button
                  type="button"
                  className="btn btn-sm"
                  onClick={() =>
                    void addCard(
                      talker.personId,
                      column.id,
                      `Ask for a demo: ${talker.reason}${talker.samples[0] ? ` Latest: “${talker.samples[0].text.slice(0, 120)}”` : ''}`,
                    )
                  }
                >
                  Add to {column.name}
                </button>
              </div>
              <span className="small muted">{talker.reason}</span>
              <ul className="pulse-messages">
                {talker.samples.map((sample) => (
                  <li key={sample.key}>
                    <span className="small muted">{formatChatTime(sample.at)}</span>
                    <q>{sample.text}</q>
                  </li>
                ))}
              </ul>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
