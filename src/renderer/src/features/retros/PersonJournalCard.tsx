import { useMemo, useState } from 'react'
import { searchPeople } from '../../../../shared/identity/people-queries'
import { lastEndedEvent } from '../../../../shared/events/last-ended-event'
import { OUTCOME_WORDS } from '../../../../shared/retros/retro-summary'
import { useAppStore } from '../../app/store-context'
import { useNow } from '../../hooks/use-now'
import { usePersonLookup } from '../../hooks/use-person-lookup'

/**
 * What happened after the nights, for one person: follow-up answers, and intros (a spark when it
 * turned into action). Logging an intro here links both people's pages.
 */
export function PersonJournalCard({ personId }: { personId: string }) {
  const followUps = useAppStore((state) => state.followUps)
  const intros = useAppStore((state) => state.intros)
  const people = useAppStore((state) => state.people)
  const events = useAppStore((state) => state.events)
  const addIntro = useAppStore((state) => state.addIntro)
  const markSpark = useAppStore((state) => state.markSpark)
  const showToast = useAppStore((state) => state.showToast)
  const [query, setQuery] = useState('')
  const [sparkingId, setSparkingId] = useState<string | null>(null)
  const [sparkNote, setSparkNote] = useState('')
  const personOf = usePersonLookup()
  // Entries made for someone later merged into this person are theirs too.
  const isThisPerson = (id: string) => personOf(id)?.id === personId
  const titleOf = (eventId: string | null) =>
    eventId === null ? '' : (events.find((event) => event.id === eventId)?.title ?? '')
  const own = followUps.filter((entry) => isThisPerson(entry.personId))
  const ownIntros = intros.filter((intro) => intro.personIds.some(isThisPerson))
  const matches = useMemo(
    () =>
      query.trim() === ''
        ? []
        : searchPeople(people, query)
            .filter((person) => person.id !== personId)
            .slice(0, 5),
    [people, query, personId],
  )
  const now = useNow()
  // An intro is usually made at the night that just happened.
  const latestEvent = lastEndedEvent(events, now)

  return (
    <section className="card card-body stack" aria-label="After the nights">
      <h2>After the nights</h2>
      {own.length === 0 && ownIntros.length === 0 && (
        <p className="small muted">No follow-ups or intros yet.</p>
      )}
      {own.map((followUp) => (
        <p key={followUp.id} className="small" data-testid="person-follow-up">
          <strong>Follow-up after {titleOf(followUp.eventId)}</strong>{' '}
          <span className="muted">
            {followUp.sentOn === null ? '· not sent yet' : `· sent ${followUp.sentOn}`}
            {followUp.outcomes.length > 0 &&
              ` · ${followUp.outcomes.map((outcome) => OUTCOME_WORDS[outcome]).join(', ')}`}
          </span>
          {followUp.answer && <span> · “{followUp.answer}”</span>}
        </p>
      ))}
      {ownIntros.map((intro) => {
        const other = intro.personIds.find((id) => !isThisPerson(id)) ?? ''
        return (
          <div
            key={intro.id}
            className="small stack"
            style={{ gap: 'var(--space-1)' }}
            data-testid="person-intro"
          >
            <span>
              Introduced to <strong>{personOf(other)?.name ?? 'Deleted person'}</strong>
              <span className="muted">
                {intro.eventId && ` at ${titleOf(intro.eventId)}`}
                {intro.byWhom && ` by ${intro.byWhom}`}
              </span>
              {intro.sparkedAt !== null && <span className="badge badge-ok"> Spark</span>}
              {intro.sparkNote && <span className="muted"> · {intro.sparkNote}</span>}
            </span>
            {intro.sparkedAt === null &&
              (sparkingId === intro.id ? (
                <form
                  className="row"
                  onSubmit={(event) => {
                    event.preventDefault()
                    markSpark(intro.id, sparkNote)
                      .then(() => setSparkingId(null))
                      .catch((error: Error) => showToast(error.message, { tone: 'error' }))
                  }}
                >
                  <input
                    className="input input-sm"
                    aria-label="What came of it"
                    placeholder="What came of it?"
                    value={sparkNote}
                    autoFocus
                    onChange={(event) => setSparkNote(event.target.value)}
                  />
                  <button type="submit" className="btn btn-sm">
                    Save spark
                  </button>
                </form>
              ) : (
                <button
                  type="button"
                  className="link-button small"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => {
                    setSparkingId(intro.id)
                    setSparkNote('')
                  }}
                >
                  It turned into action…
                </button>
              ))}
          </div>
        )
      })}
      <label className="field">
        <span className="field-label">Log an intro to…</span>
        <input
          className="input"
          type="search"
          placeholder="Search people"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      {matches.length > 0 && (
        <ul className="picker-results" aria-label="People to introduce">
          {matches.map((person) => (
            <li key={person.id}>
              <button
                type="button"
                className="picker-result"
                onClick={() => {
                  addIntro([personId, person.id], latestEvent?.id ?? null, '')
                    .then(() => setQuery(''))
                    .catch((error: Error) => showToast(error.message, { tone: 'error' }))
                }}
              >
                <strong>{person.name}</strong>
                <span className="muted small">{person.emails[0] ?? ''}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
