import { useMemo, useState } from 'react'
import { FOLLOW_UP_OUTCOMES, type FollowUp } from '../../../../shared/domain/journal-schemas'
import type { Event } from '../../../../shared/domain/schemas'
import { followUpMinimumOf } from '../../../../shared/gates/announce-gate'
import { eventAttendance } from '../../../../shared/metrics/returning-builders'
import { OUTCOME_WORDS } from '../../../../shared/retros/retro-summary'
import { countOf } from '../../../../shared/util/format-number'
import { capitalise } from '../../../../shared/util/text'
import { useAppStore } from '../../app/store-context'
import { peopleOfEvent } from './event-people'
import { usePersonLookup } from '../../hooks/use-person-lookup'

/**
 * The follow-up minimum (DESIGN.md §1.6): pick 10 people, send each a personal note, record what
 * they did next. The next event cannot be announced until enough of these are sent.
 */
export function FollowUpsCard({ event }: { event: Event }) {
  const followUps = useAppStore((state) => state.followUps)
  const minimum = useAppStore((state) => state.settings.followUpMinimum)
  const people = useAppStore((state) => state.people)
  const registrations = useAppStore((state) => state.registrations)
  const retros = useAppStore((state) => state.retros)
  const demos = useAppStore((state) => state.demos)
  const pickFollowUp = useAppStore((state) => state.pickFollowUp)
  const showToast = useAppStore((state) => state.showToast)
  const chatObservations = useAppStore((state) => state.chatObservations)
  const own = followUps.filter((entry) => entry.eventId === event.id)
  // As the announce gate reads it: observing the group chat after the night meets it too.
  const { sent, observation, isMet } = followUpMinimumOf(event.id, {
    followUps,
    followUpMinimum: minimum,
    chatObservations,
  })
  const personOf = usePersonLookup()
  const attendees = useMemo(
    () => peopleOfEvent(event.id, registrations, people),
    [event.id, registrations, people],
  )
  const events = useAppStore((state) => state.events)
  // Suggested: the retro's three, the night's presenters, then its first-timers; the organizer
  // decides.
  const suggested = useMemo(() => {
    const picks = retros.find((retro) => retro.eventId === event.id)?.followUpPicks ?? []
    const presenters = demos
      .filter((demo) => demo.eventId === event.id && demo.state === 'presented')
      .map((demo) => demo.personId)
    return [
      ...new Set([
        ...picks.map((pick) => pick.personId),
        ...presenters,
        ...firstTimersOf(event.id, events, registrations),
      ]),
    ]
  }, [retros, demos, event.id, events, registrations])
  // Compared as the people they stand for now: a follow-up made before a merge counts for the
  // merged person.
  const currentId = (personId: string) => personOf(personId)?.id ?? personId
  const pickedIds = new Set(own.map((entry) => currentId(entry.personId)))
  const pick = (personId: string) =>
    pickFollowUp(event.id, personId).catch((error: Error) =>
      showToast(error.message, { tone: 'error' }),
    )

  return (
    <section className="card card-body stack" aria-label="Follow-ups">
      <div className="row-between">
        <h2>Follow-ups</h2>
        <span
          className={`badge ${isMet ? 'badge-ok' : 'badge-warn'}`}
          data-testid="follow-up-count"
        >
          {sent} of {minimum} sent
        </span>
      </div>
      {observation !== undefined && sent < minimum && (
        <p className="small" data-testid="follow-up-observed">
          Met by observing the group after the night: {countOf(observation.messagesRead, 'message')}{' '}
          about it read.
        </p>
      )}
      <p className="small muted">
        Pick {minimum} people, not 100: a personal note each, and the answer to “what did you do
        next?”.
      </p>
      {own.length > 0 && (
        <ul className="stack" style={{ gap: 'var(--space-2)', padding: 0, listStyle: 'none' }}>
          {own.map((followUp) => (
            <FollowUpRow
              key={followUp.id}
              followUp={followUp}
              name={personOf(followUp.personId)?.name ?? 'Deleted person'}
            />
          ))}
        </ul>
      )}
      <div className="row">
        {suggested
          .filter((personId) => !pickedIds.has(currentId(personId)))
          .slice(0, 6)
          .map((personId) => (
            <button
              key={personId}
              type="button"
              className="btn btn-sm"
              onClick={() => void pick(personId)}
            >
              + {personOf(personId)?.name ?? 'Someone'}
            </button>
          ))}
        <select
          className="select"
          aria-label="Pick someone to follow up with"
          value=""
          style={{ maxWidth: 260 }}
          onChange={(input) => {
            if (input.target.value !== '') void pick(input.target.value)
          }}
        >
          <option value="">Pick someone who came…</option>
          {attendees
            .filter((person) => !pickedIds.has(person.id))
            .map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
        </select>
      </div>
    </section>
  )
}

/** People whose first attended night was this one. */
function firstTimersOf(
  eventId: string,
  events: Parameters<typeof eventAttendance>[0],
  registrations: Parameters<typeof eventAttendance>[1],
): string[] {
  const seen = new Set<string>()
  for (const night of eventAttendance(events, registrations)) {
    if (night.eventId === eventId) return [...night.attendees].filter((id) => !seen.has(id))
    for (const id of night.attendees) seen.add(id)
  }
  return []
}

function FollowUpRow({ followUp, name }: { followUp: FollowUp; name: string }) {
  const updateFollowUp = useAppStore((state) => state.updateFollowUp)
  const removeFollowUp = useAppStore((state) => state.removeFollowUp)
  const showToast = useAppStore((state) => state.showToast)
  const [channel, setChannel] = useState(followUp.channel)
  const [answer, setAnswer] = useState(followUp.answer)
  const save = (fields: Partial<Parameters<typeof updateFollowUp>[1]>) =>
    updateFollowUp(followUp.id, {
      channel,
      sentOn: followUp.sentOn,
      answer,
      outcomes: followUp.outcomes,
      ...fields,
    }).catch((error: Error) => showToast(error.message, { tone: 'error' }))
  return (
    <li className="stack" style={{ gap: 'var(--space-1)' }} data-testid="follow-up">
      <div className="followup-row">
        <strong className="small">{name}</strong>
        <input
          className="input input-sm"
          aria-label={`Channel for ${name}`}
          placeholder="Channel"
          value={channel}
          onChange={(input) => setChannel(input.target.value)}
          onBlur={() => void save({})}
        />
        <input
          className="input input-sm"
          type="date"
          aria-label={`Sent to ${name} on`}
          value={followUp.sentOn ?? ''}
          onChange={(input) =>
            void save({ sentOn: input.target.value === '' ? null : input.target.value })
          }
        />
        <input
          className="input input-sm"
          aria-label={`What ${name} did next`}
          placeholder="What did you do next?"
          value={answer}
          onChange={(input) => setAnswer(input.target.value)}
          onBlur={() => void save({})}
        />
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          aria-label={`Remove ${name} from the follow-ups`}
          onClick={() => void removeFollowUp(followUp.id)}
        >
          ×
        </button>
      </div>
      <div className="outcome-tags">
        {FOLLOW_UP_OUTCOMES.map((outcome) => (
          <label key={outcome} className="check-row">
            <input
              type="checkbox"
              checked={followUp.outcomes.includes(outcome)}
              onChange={(input) =>
                void save({
                  outcomes: input.target.checked
                    ? [...followUp.outcomes, outcome]
                    : followUp.outcomes.filter((entry) => entry !== outcome),
                })
              }
            />
            {capitalise(OUTCOME_WORDS[outcome])}
          </label>
        ))}
      </div>
    </li>
  )
}
