import { useEffect, useRef, type KeyboardEvent } from 'react'
import { FEEDBACK_STAGES } from '../../../../shared/domain/review-schemas'
import { STAGE_LABELS, stageStep } from '../../../../shared/devrel/feedback-stages'
import type { RankedCluster } from '../../../../shared/devrel/priority-score'
import { useAppStore } from '../../app/store-context'
import { formatLoggedOn, SOURCE_LABELS } from './friction-labels'
import { ScoreFormula } from './ScoreFormula'

/** Frictions shown on a card before "Show all": the card stays scannable in a narrow column. */
const FRICTIONS_SHOWN = 2

interface ClusterCardProps {
  ranked: RankedCluster
  /** Focus the handle once mounted: the card just moved columns (or a move was refused). */
  isFocusTarget: boolean
  onFocused: () => void
  onMove: (clusterId: string, direction: 1 | -1) => void
  onEdit: (clusterId: string) => void
}

/**
 * A cluster: its problem, the score as frequency × severity × fit, its frictions, and the moves.
 * Its handle works like a drag handle for the keyboard: focused, ← and → move the cluster a stage
 * back or forward, and focus stays on the handle in the new column.
 */
export function ClusterCard({
  ranked,
  isFocusTarget,
  onFocused,
  onMove,
  onEdit,
}: ClusterCardProps) {
  const assignFriction = useAppStore((state) => state.assignFriction)
  const ref = useRef<HTMLButtonElement>(null)
  const { cluster, frictions, frequency } = ranked
  useEffect(() => {
    if (!isFocusTarget) return
    ref.current?.focus()
    onFocused()
  }, [isFocusTarget, onFocused])
  const back = stageStep(cluster.stage, -1)
  const forward = stageStep(cluster.stage, 1)
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault()
      onMove(cluster.id, event.key === 'ArrowRight' ? 1 : -1)
    }
  }
  const position = FEEDBACK_STAGES.indexOf(cluster.stage) + 1
  return (
    <article
      className="feedback-card"
      aria-label={`${cluster.problem}, score ${ranked.score}`}
      data-testid="cluster-card"
    >
      <div className="feedback-card-head">
        <h3 className="feedback-card-title">{cluster.problem}</h3>
        <button
          ref={ref}
          type="button"
          className="feedback-handle"
          aria-label={`Move “${cluster.problem}”, at stage ${position} of ${FEEDBACK_STAGES.length}`}
          aria-keyshortcuts="ArrowLeft ArrowRight"
          title="Focus and press ← or → to move a stage back or forward"
          onKeyDown={onKeyDown}
        >
          ⇆
        </button>
      </div>
      <ScoreFormula
        frequency={frequency}
        severity={cluster.severity}
        strategicFit={cluster.strategicFit}
      />
      {frictions.length === 0 ? (
        <p className="faint small">No friction under it yet.</p>
      ) : (
        <FrictionList
          frictions={frictions}
          onTakeOut={(frictionId) => void assignFriction(frictionId, null)}
        />
      )}
      <div className="feedback-card-actions">
        <button
          type="button"
          className="btn btn-sm btn-ghost"
          disabled={!back.ok}
          title={back.ok ? undefined : back.reason}
          aria-label={back.ok ? `Move back to ${STAGE_LABELS[back.stage]}` : 'Move back'}
          onClick={() => onMove(cluster.id, -1)}
        >
          ←
        </button>
        <button type="button" className="btn btn-sm btn-ghost" onClick={() => onEdit(cluster.id)}>
          Edit
        </button>
        <button
          type="button"
          className="btn btn-sm"
          disabled={!forward.ok}
          title={forward.ok ? undefined : forward.reason}
          aria-label={
            forward.ok ? `Move forward to ${STAGE_LABELS[forward.stage]}` : 'Move forward'
          }
          onClick={() => onMove(cluster.id, 1)}
        >
          →
        </button>
      </div>
    </article>
  )
}

function FrictionList({
  frictions,
  onTakeOut,
}: {
  frictions: RankedCluster['frictions']
  onTakeOut: (frictionId: string) => void
}) {
  const item = (friction: RankedCluster['frictions'][number]) => (
    <li key={friction.id} className="feedback-card-friction">
      <span className="grow">
        {friction.text}{' '}
        <span className="faint">
          · {SOURCE_LABELS[friction.source]}, {formatLoggedOn(friction.createdAt)}
        </span>
      </span>
      <button
        type="button"
        className="feedback-take-out"
        aria-label={`Take “${friction.text}” out of this cluster`}
        title="Back to observed"
        onClick={() => onTakeOut(friction.id)}
      >
        ×
      </button>
    </li>
  )
  const shown = frictions.slice(0, FRICTIONS_SHOWN)
  const rest = frictions.slice(FRICTIONS_SHOWN)
  return (
    <>
      <ul className="feedback-card-frictions small" aria-label="Frictions">
        {shown.map(item)}
      </ul>
      {rest.length > 0 && (
        <details className="feedback-more small">
          <summary>
            {rest.length} more friction{rest.length === 1 ? '' : 's'}
          </summary>
          <ul className="feedback-card-frictions" aria-label="More frictions">
            {rest.map(item)}
          </ul>
        </details>
      )}
    </>
  )
}
