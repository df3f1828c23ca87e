/**
 * The parts of the store the metrics read, as one object that keeps its identity until one of
 * them changes, so screens can memoise on it instead of listing every collection again.
 */
import { useShallow } from 'zustand/react/shallow'
import type { MetricsInput } from '../../../shared/metrics/all-metrics'
import { useAppStore } from '../app/store-context'

export function useMetricsInput(): MetricsInput {
  return useAppStore(
    useShallow((state) => ({
      settings: state.settings,
      events: state.events,
      demos: state.demos,
      people: state.people,
      merges: state.merges,
      registrations: state.registrations,
      board: state.board,
      intros: state.intros,
      checkIns: state.checkIns,
      followUps: state.followUps,
    })),
  )
}
