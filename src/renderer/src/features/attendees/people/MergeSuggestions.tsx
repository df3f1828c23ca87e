import { useMemo, useState } from 'react'
import {
  suggestionGroups,
  type SuggestionPair,
} from '../../../../../shared/identity/suggestion-review'
import { countOf } from '../../../../../shared/util/format-number'
import { EmptyState } from '../../../components/EmptyState'
import { ShowAllToggle } from '../../../components/ShowAllToggle'
import { SuggestionCard } from './SuggestionCard'

/** Groups shown at first: a large import's review starts readable, the rest one click away. */
const GROUPS_SHOWN = 30

/**
 * Every open suggestion, each decided on its own card, gathered into groups of people linked by
 * suggestions (three "Maria Garcia" rows are one group of three, not three unrelated pairs).
 */
export function MergeSuggestions({
  pairs,
  onBack,
}: {
  pairs: readonly SuggestionPair[]
  onBack: () => void
}) {
  const groups = useMemo(() => suggestionGroups(pairs), [pairs])
  const [isShowingAll, setShowingAll] = useState(false)
  if (pairs.length === 0) {
    return (
      <div className="card">
        <EmptyState
          title="Nothing left to review"
          action={
            <button type="button" className="btn" onClick={onBack}>
              Back to everyone
            </button>
          }
        >
          When an import meets a name it already knows under another e-mail, or an abbreviated name
          like “Tom B.”, the pair shows up here.
        </EmptyState>
      </div>
    )
  }
  return (
    <section className="stack" aria-label="Suggestions">
      <p className="small muted" data-testid="suggestion-totals">
        {countOf(pairs.length, 'possible duplicate')} among {countOf(groups.length, 'group')} of
        people
      </p>
      {(isShowingAll ? groups : groups.slice(0, GROUPS_SHOWN)).map((group) =>
        group.pairs.length === 1 ? (
          <SuggestionCard
            key={group.pairs[0]?.suggestion.id}
            pair={group.pairs[0] as SuggestionPair}
          />
        ) : (
          <section
            key={group.pairs[0]?.suggestion.id}
            className="stack suggestion-group"
            aria-label={`${group.people.length} people who may be the same`}
            data-testid="suggestion-group"
          >
            <h3 className="small">
              {group.people.length} people who may be the same:{' '}
              {group.people.map((person) => person.name.trim() || 'No name').join(', ')}
            </h3>
            {group.pairs.map((pair) => (
              <SuggestionCard key={pair.suggestion.id} pair={pair} />
            ))}
          </section>
        ),
      )}
      <ShowAllToggle
        total={groups.length}
        limit={GROUPS_SHOWN}
        isShowingAll={isShowingAll}
        onToggle={() => setShowingAll(!isShowingAll)}
      />
    </section>
  )
}
