import { useState } from 'react'
import { formatCount } from '../../../../../shared/util/format-number'
import { attendeePlatformsInWords } from '../../../../../shared/import/platforms/registry'
import { useAppStore } from '../../../app/store-context'
import { EmptyState } from '../../../components/EmptyState'
import { ExportPeopleButton } from './ExportPeopleButton'
import { MergeSuggestions } from './MergeSuggestions'
import { PeopleDirectory } from './PeopleDirectory'
import { selectSuggestionPairs } from './people-selectors'
import './people.css'

type PeopleView = 'everyone' | 'duplicates'

/**
 * Everyone who ever registered, across events and platforms: a searchable list, and the possible
 * duplicates imports found, to review (DESIGN.md §1.3).
 */
export function PeoplePage() {
  const peopleCount = useAppStore((state) => state.people.length)
  const eventCount = useAppStore((state) => state.events.length)
  const pairs = useAppStore(selectSuggestionPairs)
  const openImport = useAppStore((state) => state.openImport)
  const navigate = useAppStore((state) => state.navigate)
  const stage = useAppStore((state) =>
    state.route.name === 'people' ? state.route.stage : undefined,
  )
  // Not kept when leaving the screen: People in the sidebar always opens the list itself.
  const [view, setView] = useState<PeopleView>('everyone')

  const importButton = (
    <button type="button" className="btn btn-primary" onClick={() => openImport()}>
      Import attendees…
    </button>
  )

  if (peopleCount === 0) {
    return (
      <div className="page">
        <header className="page-header row-between">
          <h1>People</h1>
        </header>
        <div className="card">
          <EmptyState title="No people yet" action={importButton}>
            Import the attendee list your ticketing platform exports ({attendeePlatformsInWords()}
            or any CSV with a name or e-mail column). Everyone who registered shows up here, one
            person across all your events.
          </EmptyState>
        </div>
      </div>
    )
  }

  if (view === 'duplicates') {
    return (
      <div className="page">
        <nav aria-label="Breadcrumb" className="small">
          <button type="button" className="link-button" onClick={() => setView('everyone')}>
            ← People
          </button>
        </nav>
        <header className="page-header stack" style={{ gap: 4 }}>
          <div className="row">
            <h1>Possible duplicates</h1>
            {pairs.length > 0 && <span className="badge badge-info">{pairs.length} to review</span>}
          </div>
          <p className="muted small">
            Imports join records only on the same e-mail or platform id. These pairs share a name,
            or one name abbreviates the other. Nothing is merged until you decide, and a merge can
            be undone.
          </p>
        </header>
        <MergeSuggestions pairs={pairs} onBack={() => setView('everyone')} />
      </div>
    )
  }

  return (
    <div className="page people-page">
      <header className="page-header row-between">
        <div className="stack" style={{ gap: 2 }}>
          <h1>People</h1>
          <p className="muted small tabular">
            {formatCount(peopleCount)} {peopleCount === 1 ? 'person' : 'people'} across {eventCount}{' '}
            {eventCount === 1 ? 'event' : 'events'}
          </p>
        </div>
        <div className="row">
          <ExportPeopleButton />
          {importButton}
        </div>
      </header>
      {pairs.length > 0 && (
        <div
          className="callout callout-info people-review-banner"
          role="region"
          aria-label="Duplicates to review"
        >
          <div className="grow stack" style={{ gap: 2 }}>
            <strong>
              {pairs.length} possible {pairs.length === 1 ? 'duplicate' : 'duplicates'} to review
            </strong>
            <span className="small muted">
              Same name or an abbreviated name, but no shared e-mail or platform id.
            </span>
          </div>
          <button type="button" className="btn" onClick={() => setView('duplicates')}>
            Review
          </button>
        </div>
      )}
      <PeopleDirectory
        stage={stage}
        onStageChange={(next) =>
          navigate(next === undefined ? { name: 'people' } : { name: 'people', stage: next })
        }
      />
    </div>
  )
}
