/** The diagnostic checklist answered, recomputed only when the data it reads changes. */
import { useMemo } from 'react'
import {
  answerChecklist,
  type DiagnosticChecklist,
} from '../../../../shared/devrel/diagnostic-checklist'
import { useAppStore } from '../../app/store-context'
import { useMetricsInput } from '../../hooks/use-metrics-input'

export function useDiagnostic(now: Date): DiagnosticChecklist {
  const metricsInput = useMetricsInput()
  const retros = useAppStore((state) => state.retros)
  const frictions = useAppStore((state) => state.frictions)
  const clusters = useAppStore((state) => state.clusters)
  const diagnosticAnswers = useAppStore((state) => state.diagnosticAnswers)
  return useMemo(
    () => answerChecklist({ ...metricsInput, retros, frictions, clusters }, diagnosticAnswers, now),
    [metricsInput, retros, frictions, clusters, diagnosticAnswers, now],
  )
}
