import { useId, useMemo, useState } from 'react'
import type { Person } from '../../../../../shared/domain/schemas'
import { personSummary } from '../../../../../shared/identity/people-queries'
import { platformLabel } from '../../../../../shared/identity/resolve-identity'
import { mergePreview, type SuggestionPair } from '../../../../../shared/identity/suggestion-review'
import { useAppStore } from '../../../app/store-context'
import { AttendedCount } from './AttendanceMarks'
import { formatEventDate } from './event-date'
import { selectRegistrationsByPerson } from './people-selectors'
import { useSummaryContext } from './use-summary-context'

/** Attended events listed per side; enough to see whether the two were ever at the same night. */
const EVENTS_SHOWN = 4

/**
 * One possible duplicate: both records side by side with what they attended, the evidence in
 * words, and the organizer's decision. Merge keeps the first record unless they pick the other.
 */
export function SuggestionCard({
  pair,
  currentPersonId,
}: {
  pair: SuggestionPair
  /** On a person's page: if that person is merged away, the page follows them to the survivor. */
  currentPersonId?: string
}) {
  const { suggestion, first, second } = pair
  const context = useSummaryContext()
  const byPerson = useAppStore(selectRegistrationsByPerson)
  const mergePeople = useAppStore((state) => state.mergePeople)
  const dismissSuggestion = useAppStore((state) => state.dismissSuggestion)
  const navigate = useAppStore((state) => state.navigate)
  const showToast = useAppStore((state) => state.showToast)
  const [isFirstKept, setIsFirstKept] = useState(true)
  const [isBusy, setIsBusy] = useState(false)
  const radioName = useId()
  const titleId = useId()

  const survivor = isFirstKept ? first : second
  const absorbed = isFirstKept ? second : first
  const preview = useMemo(
    () => mergePreview(survivor, absorbed, byPerson, context),
    [survivor, absorbed, byPerson, context],
  )

  const decide = async (action: () => Promise<void>) => {
    setIsBusy(true)
    try {
      await action()
    } catch (error) {
      showToast((error as Error).message, { tone: 'error' })
    } finally {
      setIsBusy(false)
    }
  }

  const merge = () =>
    decide(async () => {
      await mergePeople(survivor.id, absorbed.id)
      if (currentPersonId === absorbed.id) navigate({ name: 'person', personId: survivor.id })
    })

  const attendedCount = preview.summary.attended.length
  return (
    <article className="card suggestion-card" aria-labelledby={titleId} data-testid="suggestion">
      <h3 id={titleId} className="visually-hidden">
        {first.name} and {second.name}
      </h3>
      <fieldset className="suggestion-sides" disabled={isBusy}>
        <legend className="visually-hidden">Which record to keep</legend>
        {[first, second].map((person, index) => (
          <SuggestionSide
            key={person.id}
            person={person}
            radioName={radioName}
            isKept={(index === 0) === isFirstKept}
            onKeep={() => setIsFirstKept(index === 0)}
          />
        ))}
      </fieldset>
      <div className="suggestion-evidence">
        <h4 className="section-title">Why they may be one person</h4>
        <ul>
          {suggestion.evidence.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <footer className="suggestion-footer">
        <p className="small muted grow">
          After the merge:{' '}
          <strong className="suggestion-result-name">
            {preview.person.name.trim() || 'No name'}
          </strong>
          {preview.person.emails[0] && <> · {preview.person.emails[0]}</>}
          {preview.person.emails.length > 1 && <> +{preview.person.emails.length - 1}</>} ·{' '}
          {attendedCount} {attendedCount === 1 ? 'event' : 'events'} attended
          {preview.summary.isEstimated && ' (estimated)'}
        </p>
        <div className="row">
          <button
            type="button"
            className="btn"
            disabled={isBusy}
            onClick={() => void decide(() => dismissSuggestion(suggestion.id))}
          >
            Not the same person
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={isBusy}
            onClick={() => void merge()}
          >
            Merge
          </button>
        </div>
      </footer>
    </article>
  )
}

function SuggestionSide({
  person,
  radioName,
  isKept,
  onKeep,
}: {
  person: Person
  radioName: string
  isKept: boolean
  onKeep: () => void
}) {
  const context = useSummaryContext()
  const byPerson = useAppStore(selectRegistrationsByPerson)
  const navigate = useAppStore((state) => state.navigate)
  const summary = personSummary(person, byPerson.get(person.id) ?? [], context)
  const latestFirst = [...summary.attended].reverse()
  const hidden = latestFirst.length - EVENTS_SHOWN
  return (
    <div className="suggestion-side" data-kept={isKept || undefined}>
      <div className="row-between">
        <button
          type="button"
          className="link-button suggestion-name"
          onClick={() => navigate({ name: 'person', personId: person.id })}
        >
          {person.name.trim() || 'No name'}
        </button>
        <label className="row small suggestion-keep">
          <input type="radio" name={radioName} checked={isKept} onChange={onKeep} />
          Keep this record
        </label>
      </div>
      <dl className="suggestion-facts">
        <dt>E-mail</dt>
        <dd>
          {person.emails.length === 0 ? (
            <span className="faint">None known</span>
          ) : (
            person.emails.map((email) => (
              <span key={email} className="break-anywhere">
                {email}
              </span>
            ))
          )}
        </dd>
        {person.platformIds.length > 0 && (
          <>
            <dt>Platform id</dt>
            <dd>
              {person.platformIds.map((entry) => (
                <span key={`${entry.platform}:${entry.id}`}>
                  {platformLabel(entry.platform)} <span className="mono small">{entry.id}</span>
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>Attended</dt>
        <dd>
          <AttendedCount summary={summary} unit />
          {summary.eventsRegistered > summary.attended.length && (
            <span className="faint small"> · registered for {summary.eventsRegistered}</span>
          )}
        </dd>
      </dl>
      {latestFirst.length > 0 && (
        <ul className="suggestion-events" aria-label={`Events ${person.name} attended`}>
          {latestFirst.slice(0, EVENTS_SHOWN).map((entry) => (
            <li key={entry.eventId}>
              <span className="faint tabular suggestion-event-date">
                {formatEventDate(entry.start)}
              </span>
              <span className="ellipsis">{entry.title}</span>
            </li>
          ))}
          {hidden > 0 && <li className="faint">and {hidden} earlier</li>}
        </ul>
      )}
    </div>
  )
}
