/** The diagnostic checklist answered, recomputed only when the data it reads changes. */
import { useMemo } from 'react'
import {
  answerChecklist,
  type DiagnosticChecklist,
} from '../../../../shared/devrel/diagnostic-checklist'
import { useAppStore } from '../../app/store-context'
import { useMetricsInput } from '../../hooks/use-metrics-input'
import { usePulse } from '../pulse'

export function useDiagnostic(now: Date): DiagnosticChecklist {
  const metricsInput = useMetricsInput()
  const retros = useAppStore((state) => state.retros)
  const frictions = useAppStore((state) => state.frictions)
  const clusters = useAppStore((state) => state.clusters)
  const diagnosticAnswers = useAppStore((state) => state.diagnosticAnswers)
  // Answered from the group chats' recurring questions, once main has read them.
  const recurringQuestions = usePulse()?.questions ?? null
  return useMemo(
    () =>
      answerChecklist(
        { ...metricsInput, retros, frictions, clusters, recurringQuestions },
        diagnosticAnswers,
        now,
      ),
    [metricsInput, retros, frictions, clusters, recurringQuestions, diagnosticAnswers, now],
  )
}
