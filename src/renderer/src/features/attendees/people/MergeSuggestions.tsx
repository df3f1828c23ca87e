import type { SuggestionPair } from '../../../../../shared/identity/suggestion-review'
import { EmptyState } from '../../../components/EmptyState'
import { SuggestionCard } from './SuggestionCard'

/** Every open suggestion, oldest first, each decided on its own card. */
export function MergeSuggestions({
  pairs,
  onBack,
}: {
  pairs: readonly SuggestionPair[]
  onBack: () => void
}) {
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
      {pairs.map((pair) => (
        <SuggestionCard key={pair.suggestion.id} pair={pair} />
      ))}
    </section>
  )
}
