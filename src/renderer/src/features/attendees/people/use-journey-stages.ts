import { useMemo } from 'react'
import {
  journeyStageByPerson,
  workspaceJourneyFunnel,
  type JourneyStage,
} from '../../../../../shared/metrics/journey-funnel'
import { useAppStore } from '../../../app/store-context'
import { useNow } from '../../../hooks/use-now'

/**
 * Each person's stage of the developer journey, from the same funnel the metrics screen counts, so
 * a stage's list holds exactly the people its count says. Null while `isWanted` is false: the
 * funnel reads every registration, which the plain people list has no need for.
 */
export function useJourneyStages(isWanted: boolean): ReadonlyMap<string, JourneyStage> | null {
  const events = useAppStore((state) => state.events)
  const registrations = useAppStore((state) => state.registrations)
  const demos = useAppStore((state) => state.demos)
  const intros = useAppStore((state) => state.intros)
  const people = useAppStore((state) => state.people)
  const merges = useAppStore((state) => state.merges)
  const now = useNow()
  return useMemo(
    () =>
      isWanted
        ? journeyStageByPerson(
            workspaceJourneyFunnel({ events, registrations, demos, intros, people, merges }, now),
          )
        : null,
    [isWanted, events, registrations, demos, intros, people, merges, now],
  )
}
