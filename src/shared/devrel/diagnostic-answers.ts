/** The organizer's own answers to the diagnostic, kept by item id in the reviews file. */
import type { DiagnosticAnswer } from '../domain/review-schemas'
import { diagnosticItem } from './diagnostic-items'

export type AnswersResult =
  | { ok: true; answers: Record<string, DiagnosticAnswer>; outcome: string }
  | { ok: false; reason: string }

/**
 * Stores (or, with no answer and no note, clears) the organizer's answer to one item. An unknown
 * id is refused so the file never collects answers to questions nobody can see.
 */
export function saveDiagnosticAnswer(
  answers: Readonly<Record<string, DiagnosticAnswer>>,
  itemId: string,
  answer: DiagnosticAnswer,
): AnswersResult {
  if (diagnosticItem(itemId) === undefined) {
    return { ok: false, reason: 'This question is not on the checklist.' }
  }
  const note = answer.note.trim()
  const { [itemId]: _previous, ...others } = answers
  if (answer.answer === null && note === '') {
    return { ok: true, answers: others, outcome: 'Answer cleared' }
  }
  return {
    ok: true,
    answers: { ...others, [itemId]: { answer: answer.answer, note } },
    outcome: 'Answer saved',
  }
}
