/**
 * Clustering frictions under the underlying problem and moving the cluster through the loop
 * (DESIGN.md §1.9). Severity and strategic fit are 1–3 each (see priority-score.ts).
 */
import type { Friction, FrictionCluster } from '../domain/review-schemas'
import { refuse, type FeedbackLoop, type FeedbackResult } from './feedback-loop'
import { FIRST_CLUSTER_STAGE, STAGE_LABELS, stageStep } from './feedback-stages'

export interface ClusterFields {
  problem: string
  severity: number
  strategicFit: number
}

export interface ClusterDraft extends ClusterFields {
  /** Frictions to put under the new cluster at once, taken from wherever they were. */
  frictionIds: string[]
}

/** What removing a cluster took away: the cluster and which frictions were under it. */
export interface RemovedCluster {
  cluster: FrictionCluster
  index: number
  frictionIds: string[]
}

const PROBLEM_MAX = 300

/** A new cluster at `cluster`, with the chosen frictions under it. */
export function createCluster(
  feedback: FeedbackLoop,
  draft: ClusterDraft,
  context: { id: string; now: Date },
): FeedbackResult {
  const invalid = checkFields(draft)
  if (invalid !== null) return refuse(invalid)
  const known = new Set(feedback.frictions.map((friction) => friction.id))
  if (draft.frictionIds.some((id) => !known.has(id))) {
    return refuse('A friction picked is no longer on the board.')
  }
  const cluster: FrictionCluster = {
    id: context.id,
    problem: draft.problem.trim(),
    severity: draft.severity,
    strategicFit: draft.strategicFit,
    stage: FIRST_CLUSTER_STAGE,
    createdAt: context.now.toISOString(),
  }
  const picked = new Set(draft.frictionIds)
  return {
    ok: true,
    feedback: {
      clusters: [...feedback.clusters, cluster],
      frictions: feedback.frictions.map((friction) =>
        picked.has(friction.id) ? { ...friction, clusterId: cluster.id } : friction,
      ),
    },
    outcome: 'Cluster created',
  }
}

/** Renames a cluster or rescores its severity and strategic fit. */
export function updateCluster(
  feedback: FeedbackLoop,
  id: string,
  fields: ClusterFields,
): FeedbackResult {
  const invalid = checkFields(fields)
  if (invalid !== null) return refuse(invalid)
  if (!feedback.clusters.some((cluster) => cluster.id === id)) return refuse(NO_CLUSTER)
  return {
    ok: true,
    feedback: {
      ...feedback,
      clusters: feedback.clusters.map((cluster) =>
        cluster.id === id
          ? {
              ...cluster,
              problem: fields.problem.trim(),
              severity: fields.severity,
              strategicFit: fields.strategicFit,
            }
          : cluster,
      ),
    },
    outcome: 'Cluster saved',
  }
}

/** Puts a friction under a cluster, or (with null) back among the observed ones. */
export function assignFriction(
  feedback: FeedbackLoop,
  frictionId: string,
  clusterId: string | null,
): FeedbackResult {
  const friction = feedback.frictions.find((entry) => entry.id === frictionId)
  if (friction === undefined) return refuse('This friction is no longer on the board.')
  const cluster = feedback.clusters.find((entry) => entry.id === clusterId)
  if (clusterId !== null && cluster === undefined) return refuse(NO_CLUSTER)
  return {
    ok: true,
    feedback: {
      ...feedback,
      frictions: feedback.frictions.map((entry) =>
        entry.id === frictionId ? { ...entry, clusterId } : entry,
      ),
    },
    outcome: cluster === undefined ? 'Back to observed' : `Added to “${cluster.problem}”`,
  }
}

/**
 * Moves a cluster one stage forward (+1) or back (−1), by feedback-stages' rules. A cluster with
 * no friction under it is a guess, not an observed problem, so it cannot be prioritised or later.
 */
export function moveCluster(feedback: FeedbackLoop, id: string, direction: 1 | -1): FeedbackResult {
  const cluster = feedback.clusters.find((entry) => entry.id === id)
  if (cluster === undefined) return refuse(NO_CLUSTER)
  const step = stageStep(cluster.stage, direction)
  if (!step.ok) return refuse(step.reason)
  const hasFriction = feedback.frictions.some((friction) => friction.clusterId === id)
  if (direction === 1 && !hasFriction) {
    return refuse('Put at least one friction under this cluster before moving it on.')
  }
  return {
    ok: true,
    feedback: {
      ...feedback,
      clusters: feedback.clusters.map((entry) =>
        entry.id === id ? { ...entry, stage: step.stage } : entry,
      ),
    },
    outcome: `“${cluster.problem}” moved to ${STAGE_LABELS[step.stage]}`,
  }
}

/** Removes a cluster; its frictions go back to observed. Hands back what undo needs. */
export function removeCluster(
  feedback: FeedbackLoop,
  id: string,
): { result: FeedbackResult; removed: RemovedCluster | null } {
  const index = feedback.clusters.findIndex((cluster) => cluster.id === id)
  const cluster = feedback.clusters[index]
  if (cluster === undefined) return { result: refuse(NO_CLUSTER), removed: null }
  const frictionIds = feedback.frictions
    .filter((friction) => friction.clusterId === id)
    .map((friction) => friction.id)
  return {
    result: {
      ok: true,
      feedback: {
        clusters: feedback.clusters.filter((entry) => entry.id !== id),
        frictions: feedback.frictions.map((friction): Friction =>
          friction.clusterId === id ? { ...friction, clusterId: null } : friction,
        ),
      },
      outcome: `Cluster “${cluster.problem}” removed`,
    },
    removed: { cluster, index, frictionIds },
  }
}

const NO_CLUSTER = 'This cluster is no longer on the board.'

function checkFields(fields: ClusterFields): string | null {
  const problem = fields.problem.trim()
  if (problem === '') return 'Name the underlying problem.'
  if (problem.length > PROBLEM_MAX) return `Keep the problem under ${PROBLEM_MAX} characters.`
  if (!isScale(fields.severity)) return 'Severity is 1, 2 or 3.'
  if (!isScale(fields.strategicFit)) return 'Strategic fit is 1, 2 or 3.'
  return null
}

function isScale(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 3
}
