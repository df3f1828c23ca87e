import { useState } from 'react'
import type { FrictionCandidate } from '../../../../shared/devrel/friction-harvest'
import { useAppStore } from '../../app/store-context'
import { ShowAllToggle } from '../../components/ShowAllToggle'

const SHOWN = 6

/** The section's id, so the board can send focus here. */
export const SUGGESTIONS_ID = 'friction-suggestions'

/** What broke in retros and friction in follow-up answers, each one click from the board. */
export function FrictionSuggestions({ suggestions }: { suggestions: FrictionCandidate[] }) {
  const logFriction = useAppStore((state) => state.logFriction)
  const showToast = useAppStore((state) => state.showToast)
  const [isShowingAll, setIsShowingAll] = useState(false)
  const shown = isShowingAll ? suggestions : suggestions.slice(0, SHOWN)
  const log = async (candidate: FrictionCandidate) => {
    try {
      await logFriction({
        text: candidate.text,
        source: candidate.source,
        sourceId: candidate.sourceId,
      })
    } catch (error) {
      showToast((error as Error).message, { tone: 'error' })
    }
  }
  return (
    <section
      id={SUGGESTIONS_ID}
      className="card card-body stack"
      aria-label="Suggested frictions"
      tabIndex={-1}
    >
      <div className="stack" style={{ gap: 2 }}>
        <h2>From retros and follow-ups</h2>
        <p className="small muted">
          Each line of a retro’s “what broke”, and follow-up answers where someone got stuck.
        </p>
      </div>
      {suggestions.length === 0 ? (
        <p className="small muted">
          Nothing new to log. Suggestions appear here when a retro says what broke.
        </p>
      ) : (
        <ul className="feedback-suggestions" role="list">
          {shown.map((candidate) => (
            <li
              key={candidate.key}
              className="feedback-suggestion"
              data-testid="friction-suggestion"
            >
              <span className="stack grow" style={{ gap: 0 }}>
                <span className="small">{candidate.text}</span>
                <span className="faint small">{candidate.origin}</span>
              </span>
              <button
                type="button"
                className="btn btn-sm"
                aria-label={`Log “${candidate.text}” (${candidate.origin})`}
                onClick={() => void log(candidate)}
              >
                Log
              </button>
            </li>
          ))}
        </ul>
      )}
      <ShowAllToggle
        total={suggestions.length}
        limit={SHOWN}
        isShowingAll={isShowingAll}
        onToggle={() => setIsShowingAll(!isShowingAll)}
      />
    </section>
  )
}
