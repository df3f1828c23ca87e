/** The diagnostic checklist answered, recomputed only when the data it reads changes. */
import { useMemo } from 'react'
import {
  answerChecklist,
  type DiagnosticChecklist,
} from '../../../../shared/devrel/diagnostic-checklist'
import { useAppStore } from '../../app/store-context'

export function useDiagnostic(now: Date): DiagnosticChecklist {
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
  const retros = useAppStore((state) => state.retros)
  const frictions = useAppStore((state) => state.frictions)
  const clusters = useAppStore((state) => state.clusters)
  const diagnosticAnswers = useAppStore((state) => state.diagnosticAnswers)
  return useMemo(
    () =>
      answerChecklist(
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
          retros,
          frictions,
          clusters,
        },
        diagnosticAnswers,
        now,
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
      retros,
      frictions,
      clusters,
      diagnosticAnswers,
      now,
    ],
  )
}
