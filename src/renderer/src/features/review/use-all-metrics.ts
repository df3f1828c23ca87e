/** Every metric over a window, recomputed only when the data it reads changes. */
import { useMemo } from 'react'
import { computeAllMetrics, type AllMetrics } from '../../../../shared/metrics/all-metrics'
import type { MetricWindowKind } from '../../../../shared/metrics/metric-window'
import { useAppStore } from '../../app/store-context'

export function useAllMetrics(now: Date, windowKind: MetricWindowKind): AllMetrics {
  const settings = useAppStore((state) => state.settings)
  const events = useAppStore((state) => state.events)
  const demos = useAppStore((state) => state.demos)
  const people = useAppStore((state) => state.people)
  const merges = useAppStore((state) => state.merges)
  const registrations = useAppStore((state) => state.registrations)
  const board = useAppStore((state) => state.board)
  const intros = useAppStore((state) => state.intros)
  const checkIns = useAppStore((state) => state.checkIns)
  const followUps = useAppStore((state) => state.followUps)
  return useMemo(
    () =>
      computeAllMetrics(
        {
          settings,
          events,
          demos,
          people,
          merges,
          registrations,
          board,
          intros,
          checkIns,
          followUps,
        },
        now,
        windowKind,
      ),
    [
      settings,
      events,
      demos,
      people,
      merges,
      registrations,
      board,
      intros,
      checkIns,
      followUps,
      now,
      windowKind,
    ],
  )
}
