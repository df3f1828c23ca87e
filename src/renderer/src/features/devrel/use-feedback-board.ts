/** The board as the page shows it, derived from the store and recomputed only when it changes. */
import { useMemo } from 'react'
import {
  FEEDBACK_STAGES,
  type FeedbackStage,
  type Friction,
} from '../../../../shared/domain/review-schemas'
import {
  harvestFrictions,
  type FrictionCandidate,
} from '../../../../shared/devrel/friction-harvest'
import { rankClusters, type RankedCluster } from '../../../../shared/devrel/priority-score'
import { useAppStore } from '../../app/store-context'

export interface FeedbackBoardView {
  /** Clusters per stage, highest priority score first. */
  byStage: Record<FeedbackStage, RankedCluster[]>
  /** Frictions under no cluster, newest first: the observe column. */
  observed: Friction[]
  suggestions: FrictionCandidate[]
}

export function useFeedbackBoard(): FeedbackBoardView {
  const frictions = useAppStore((state) => state.frictions)
  const clusters = useAppStore((state) => state.clusters)
  const retros = useAppStore((state) => state.retros)
  const followUps = useAppStore((state) => state.followUps)
  const events = useAppStore((state) => state.events)
  const people = useAppStore((state) => state.people)
  const board = useMemo(() => {
    const byStage = Object.fromEntries(
      FEEDBACK_STAGES.map((stage) => [stage, [] as RankedCluster[]]),
    ) as Record<FeedbackStage, RankedCluster[]>
    for (const ranked of rankClusters(clusters, frictions))
      byStage[ranked.cluster.stage].push(ranked)
    const observed = frictions
      .filter((friction) => friction.clusterId === null)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    return { byStage, observed }
  }, [clusters, frictions])
  const suggestions = useMemo(
    () => harvestFrictions({ retros, followUps, events, people, frictions }),
    [retros, followUps, events, people, frictions],
  )
  return { ...board, suggestions }
}
