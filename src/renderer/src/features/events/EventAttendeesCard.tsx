import { useDeferredValue, useMemo, useState } from 'react'
import { formatCount } from '../../../../shared/util/format-number'
import { foldText, platformLabel } from '../../../../shared/identity/resolve-identity'
import type { RegistrationStatus } from '../../../../shared/domain/schemas'
import { nightAttendees } from '../../../../shared/metrics/attendance-rule'
import { eventStart } from '../../../../shared/events/event-time'
import { useAppStore } from '../../app/store-context'
import { useNow } from '../../hooks/use-now'

const SHOWN = 100
const STATUS_WORDS: Record<RegistrationStatus, string> = {
  going: 'Going',
  maybe: 'Maybe',
  invited: 'Invited',
  waitlist: 'Waitlist',
  declined: 'Declined',
  cancelled: 'Cancelled',
  unknown: 'Answer not read',
}

/**
 * Who registered for this event, searchable, each a step from their page or the speaker pipeline
 * (DESIGN.md §1.4: cards come from an event's attendee list too).
 */
export function EventAttendeesCard({ eventId }: { eventId: string }) {
  const registrations = useAppStore((state) => state.registrations)
  const people = useAppStore((state) => state.people)
  const board = useAppStore((state) => state.board)
  const addCard = useAppStore((state) => state.addCard)
  const navigate = useAppStore((state) => state.navigate)
  const event = useAppStore((state) => state.events.find((entry) => entry.id === eventId))
  const now = useNow()
  // Before the night starts nobody has come yet, going or not (as the people list and funnel say).
  const hasStarted = event !== undefined && eventStart(event) <= now
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  // One row per person, however many of the night's lists they are on (the one attendance rule).
  const rows = useMemo(() => {
    const byId = new Map(people.map((person) => [person.id, person]))
    return nightAttendees(registrations, eventId)
      .flatMap((attendee) => {
        const person = byId.get(attendee.personId)
        return person === undefined ? [] : [{ ...attendee, person }]
      })
      .sort((a, b) => a.person.name.localeCompare(b.person.name))
  }, [registrations, people, eventId])
  const onBoard = useMemo(() => new Set(board.cards.map((card) => card.personId)), [board.cards])
  const folded = foldText(deferred)
  const matching =
    folded === '' ? rows : rows.filter((row) => foldText(row.person.name).includes(folded))
  if (rows.length === 0) return null

  return (
    <section className="card card-body stack" aria-label="Attendees">
      <div className="row-between">
        <h2>
          Attendees <span className="faint small tabular">{formatCount(rows.length)}</span>
        </h2>
        <input
          className="input"
          type="search"
          aria-label="Search attendees"
          placeholder="Search by name"
          style={{ maxWidth: 220 }}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <div className="table-scroll">
        <table className="table table-compact" aria-label="Attendee list">
          <thead>
            <tr>
              <th>Name</th>
              <th>Status</th>
              <th>Came</th>
              <th>Via</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {matching
              .slice(0, SHOWN)
              .map(({ status, platforms, person, isAttended, isEstimated }) => (
                <tr key={person.id}>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => navigate({ name: 'person', personId: person.id })}
                    >
                      {person.name}
                    </button>
                  </td>
                  <td>{STATUS_WORDS[status]}</td>
                  <td>
                    {!hasStarted ? (
                      <span className="faint">Not yet</span>
                    ) : (
                      <>
                        {isAttended ? 'Yes' : 'No'}
                        {isEstimated && <span className="faint"> (est.)</span>}
                      </>
                    )}
                  </td>
                  <td className="muted">{platforms.map(platformLabel).join(' + ')}</td>
                  <td>
                    {onBoard.has(person.id) ? (
                      <span className="faint small">On the pipeline</span>
                    ) : (
                      <button
                        type="button"
                        className="btn btn-ghost btn-sm"
                        onClick={() => void addCard(person.id, 'first-timers')}
                      >
                        Add to pipeline
                      </button>
                    )}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      {matching.length > SHOWN && (
        <p className="small faint">
          Showing {formatCount(SHOWN)} of {formatCount(matching.length)}; search to narrow down.
        </p>
      )}
    </section>
  )
}
