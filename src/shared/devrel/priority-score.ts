/**
 * Prioritising clusters (DESIGN.md §1.9): frequency × severity × strategic fit, where frequency is
 * how many frictions sit under the cluster, and severity and fit are the organizer's 1–3 scores.
 */
import type { Friction, FrictionCluster } from '../domain/review-schemas'

/** What a severity score means, so two organizers score alike. */
export const SEVERITY_LABELS: Record<number, string> = {
  1: 'Annoying',
  2: 'Slows people down',
  3: 'Stops people',
}

/** What a strategic fit score means. */
export const STRATEGIC_FIT_LABELS: Record<number, string> = {
  1: 'Off to the side',
  2: 'Helps the program',
  3: 'Core to the program',
}

export interface RankedCluster {
  cluster: FrictionCluster
  /** The frictions under it, oldest first. */
  frictions: Friction[]
  /** How many frictions sit under the cluster. */
  frequency: number
  /** `frequency × severity × strategicFit`. */
  score: number
}

/** The priority score: frequency × severity × strategic fit. */
export function priorityScore(frequency: number, severity: number, strategicFit: number): number {
  return frequency * severity * strategicFit
}

/**
 * Every cluster with its frictions and score, highest score first. Ties go to the more severe
 * (what stops people before what annoys them), then to the older cluster (waiting longer), then by
 * id so the order never flickers between renders.
 */
export function rankClusters(
  clusters: readonly FrictionCluster[],
  frictions: readonly Friction[],
): RankedCluster[] {
  const byCluster = new Map<string, Friction[]>()
  for (const friction of frictions) {
    if (friction.clusterId === null) continue
    const list = byCluster.get(friction.clusterId) ?? []
    list.push(friction)
    byCluster.set(friction.clusterId, list)
  }
  return clusters
    .map((cluster) => {
      const under = (byCluster.get(cluster.id) ?? []).sort(
        (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
      )
      return {
        cluster,
        frictions: under,
        frequency: under.length,
        score: priorityScore(under.length, cluster.severity, cluster.strategicFit),
      }
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.cluster.severity - a.cluster.severity ||
        Date.parse(a.cluster.createdAt) - Date.parse(b.cluster.createdAt) ||
        a.cluster.id.localeCompare(b.cluster.id),
    )
}
