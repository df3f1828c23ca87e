import type { Friction, FrictionCluster } from '../../../../shared/domain/review-schemas'
import { useAppStore } from '../../app/store-context'
import { formatLoggedOn, SOURCE_LABELS } from './friction-labels'

/** A friction under no cluster yet: where it came from, and the way into a cluster or out. */
export function ObservedFriction({
  friction,
  clusters,
}: {
  friction: Friction
  clusters: readonly FrictionCluster[]
}) {
  const assignFriction = useAppStore((state) => state.assignFriction)
  const removeFriction = useAppStore((state) => state.removeFriction)
  return (
    <li className="feedback-friction" data-testid="observed-friction">
      <div className="feedback-card-head">
        <p className="small">{friction.text}</p>
        <button
          type="button"
          className="feedback-take-out"
          aria-label={`Remove “${friction.text}”`}
          title="Remove (undo is offered)"
          onClick={() => void removeFriction(friction.id)}
        >
          ×
        </button>
      </div>
      <p className="feedback-friction-meta faint small">
        <span className="badge">{SOURCE_LABELS[friction.source]}</span>
        {formatLoggedOn(friction.createdAt)}
      </p>
      {clusters.length > 0 && (
        <select
          className="select feedback-assign"
          aria-label={`Add “${friction.text}” to a cluster`}
          value=""
          onChange={(event) => void assignFriction(friction.id, event.target.value)}
        >
          <option value="">Add to cluster…</option>
          {clusters.map((cluster) => (
            <option key={cluster.id} value={cluster.id}>
              {cluster.problem}
            </option>
          ))}
        </select>
      )}
    </li>
  )
}
