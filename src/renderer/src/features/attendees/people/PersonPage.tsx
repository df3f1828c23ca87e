import { useMemo } from 'react'
import { personSummary } from '../../../../../shared/identity/people-queries'
import { mergedInto, suggestionPairs } from '../../../../../shared/identity/suggestion-review'
import { useAppStore } from '../../../app/store-context'
import { EmptyState } from '../../../components/EmptyState'
import { AttendedCount } from './AttendanceMarks'
import { DeletePersonButton } from './DeletePersonButton'
import { formatMonthYear } from './event-date'
import { PersonPipelineCard } from '../../pipeline'
import { PersonJournalCard } from '../../retros'
import { PersonEventsCard } from './PersonEventsCard'
import { PersonIdentityCard } from './PersonIdentityCard'
import { PersonMergesCard } from './PersonMergesCard'
import { PersonNotesCard } from './PersonNotesCard'
import { selectRegistrationsByPerson } from './people-selectors'
import { SuggestionCard } from './SuggestionCard'
import { useSummaryContext } from './use-summary-context'
import './people.css'

/** One person across every event and platform: what they came to, who they are known as, notes. */
export function PersonPage({ personId }: { personId: string }) {
  const person = useAppStore((state) => state.people.find((entry) => entry.id === personId))
  const people = useAppStore((state) => state.people)
  const suggestions = useAppStore((state) => state.mergeSuggestions)
  const context = useSummaryContext()
  const byPerson = useAppStore(selectRegistrationsByPerson)
  const navigate = useAppStore((state) => state.navigate)
  const registrations = byPerson.get(personId) ?? []
  const pairs = useMemo(
    () => suggestionPairs(suggestions, people, personId),
    [suggestions, people, personId],
  )

  if (!person) return <PersonGone personId={personId} />

  const summary = personSummary(person, registrations, context)
  const name = person.name.trim() || 'No name'
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="small">
        <button type="button" className="link-button" onClick={() => navigate({ name: 'people' })}>
          ← People
        </button>
      </nav>
      <header className="page-header row-between">
        <div className="stack" style={{ gap: 4 }}>
          <h1 className={person.name.trim() ? undefined : 'faint'}>{name}</h1>
          <p className="muted small">
            Attended <AttendedCount summary={summary} unit /> · registered for{' '}
            {summary.eventsRegistered} · known since {formatMonthYear(person.createdAt)}
          </p>
        </div>
        <DeletePersonButton person={person} registrationCount={registrations.length} />
      </header>

      {pairs.length > 0 && (
        <section className="stack" aria-label="Possible duplicates">
          <h2 className="section-title">
            Possibly the same person as someone else · {pairs.length} to review
          </h2>
          {pairs.map((pair) => (
            <SuggestionCard key={pair.suggestion.id} pair={pair} currentPersonId={person.id} />
          ))}
        </section>
      )}

      <div className="person-layout">
        <div className="stack-lg">
          <PersonEventsCard registrations={registrations} summary={summary} />
          <PersonNotesCard person={person} />
        </div>
        <div className="stack-lg">
          <PersonIdentityCard person={person} summary={summary} />
          <PersonPipelineCard personId={person.id} />
          <PersonJournalCard personId={person.id} />
          <PersonMergesCard person={person} />
        </div>
      </div>
    </div>
  )
}

/** A link to someone who is no longer there: merged into another person, or deleted. */
function PersonGone({ personId }: { personId: string }) {
  const people = useAppStore((state) => state.people)
  const merges = useAppStore((state) => state.merges)
  const navigate = useAppStore((state) => state.navigate)
  const survivor = useMemo(() => mergedInto(merges, people, personId), [merges, people, personId])
  const back = (
    <button type="button" className="btn" onClick={() => navigate({ name: 'people' })}>
      Back to people
    </button>
  )
  return (
    <div className="page">
      {survivor ? (
        <EmptyState
          title={`Merged into ${survivor.name.trim() || 'another person'}`}
          action={
            <div className="row">
              {back}
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => navigate({ name: 'person', personId: survivor.id })}
              >
                Open {survivor.name.trim() || 'them'}
              </button>
            </div>
          }
        >
          This record is now part of another person. The merge can be undone from their page.
        </EmptyState>
      ) : (
        <EmptyState title="This person is gone" action={back}>
          They may have been deleted at their request, or the import that added them was undone.
        </EmptyState>
      )}
    </div>
  )
}
