import { useCallback, useState } from 'react'
import { FEEDBACK_STAGES, type FeedbackStage } from '../../../../shared/domain/review-schemas'
import { STAGE_LABELS, STAGE_PROMPTS } from '../../../../shared/devrel/feedback-stages'
import { useAppStore } from '../../app/store-context'
import { ClusterCard } from './ClusterCard'
import { clusterMoveAnnouncement } from './feedback-announcement'
import { SUGGESTIONS_ID } from './FrictionSuggestions'
import { ObservedFriction } from './ObservedFriction'
import type { FeedbackBoardView } from './use-feedback-board'

const EMPTY_HINTS: Record<FeedbackStage, string> = {
  observe: 'Nothing observed yet. Log a friction, or log a suggestion below.',
  cluster: 'Group observed frictions with “New cluster”.',
  prioritise: 'Move a cluster here with → once it is named and scored.',
  fix: 'Move the highest score here and fix it.',
  teach: 'Fixed problems land here once the fix is taught.',
}

/**
 * The loop as five columns, `observe → cluster → prioritise → fix → teach`: frictions under no
 * cluster in the first, clusters by stage, highest score first. Focus follows a moved card so the
 * keyboard can keep moving it.
 */
export function FeedbackBoard({
  view,
  onEdit,
}: {
  view: FeedbackBoardView
  onEdit: (clusterId: string) => void
}) {
  const clusters = useAppStore((state) => state.clusters)
  const moveCluster = useAppStore((state) => state.moveCluster)
  const [focusId, setFocusId] = useState<string | null>(null)
  // The last moved cluster, announced by name and place in the live region below.
  const [movedId, setMovedId] = useState<string | null>(null)
  const onMove = useCallback(
    async (clusterId: string, direction: 1 | -1) => {
      await moveCluster(clusterId, direction)
      setFocusId(clusterId)
      setMovedId(clusterId)
    },
    [moveCluster],
  )
  const onFocused = useCallback(() => setFocusId(null), [])
  return (
    <div className="feedback-board" data-testid="feedback-board">
      <p className="visually-hidden" role="status" data-testid="feedback-announcer">
        {movedId === null ? '' : clusterMoveAnnouncement(view.byStage, movedId)}
      </p>
      {FEEDBACK_STAGES.map((stage) => {
        const ranked = view.byStage[stage]
        const count = ranked.length + (stage === 'observe' ? view.observed.length : 0)
        return (
          <section key={stage} className="feedback-column" aria-label={STAGE_LABELS[stage]}>
            <header className="stack" style={{ gap: 0 }}>
              <h2 className="feedback-column-title">
                {STAGE_LABELS[stage]} <span className="faint tabular">{count}</span>
              </h2>
              <p className="faint small">{STAGE_PROMPTS[stage]}</p>
            </header>
            {stage === 'observe' && view.suggestions.length > 0 && (
              // A button, not a link: the URL hash holds the route.
              <button
                type="button"
                className="link-button small"
                onClick={() => document.getElementById(SUGGESTIONS_ID)?.focus()}
              >
                {view.suggestions.length} suggested from retros and follow-ups ↓
              </button>
            )}
            <ol className="feedback-cards" role="list">
              {stage === 'observe' &&
                view.observed.map((friction) => (
                  <ObservedFriction key={friction.id} friction={friction} clusters={clusters} />
                ))}
              {ranked.map((entry) => (
                <li key={entry.cluster.id}>
                  <ClusterCard
                    ranked={entry}
                    isFocusTarget={focusId === entry.cluster.id}
                    onFocused={onFocused}
                    onMove={(id, direction) => void onMove(id, direction)}
                    onEdit={onEdit}
                  />
                </li>
              ))}
              {count === 0 && <li className="feedback-empty faint small">{EMPTY_HINTS[stage]}</li>}
            </ol>
          </section>
        )
      })}
    </div>
  )
}
