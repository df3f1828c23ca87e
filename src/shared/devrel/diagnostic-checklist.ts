/**
 * The diagnostic checklist answered (DESIGN.md §1.9): each item by the app where the data knows,
 * with its evidence, otherwise by the organizer's stored yes/no and note; and the verdict.
 */
import type { DiagnosticAnswer } from '../domain/review-schemas'
import { APP_CHECKS } from './diagnostic-checks'
import { diagnosticFacts, type DiagnosticInput } from './diagnostic-facts'
import { DIAGNOSTIC_ITEMS, type DiagnosticItem } from './diagnostic-items'

export type ItemAnswer =
  | { by: 'app'; answer: 'yes' | 'no'; evidence: string }
  | {
      by: 'organizer'
      answer: 'yes' | 'no' | null
      note: string
      /** Why the app could not answer an item it usually answers; null for the organizer's items. */
      whyNotApp: string | null
    }

export interface AnsweredItem {
  item: DiagnosticItem
  answer: ItemAnswer
}

/**
 * - `pause`: a warning sign is present — growing now would amplify the strain.
 * - `amplify`: no warning sign and every sign of confidence present.
 * - `not-yet`: no warning sign, but confidence is not established (a sign missing or unanswered);
 *   neither pausing nor amplifying is warranted by the checklist, so it says what is missing.
 */
export type Verdict =
  | { kind: 'pause'; reasons: DiagnosticItem[] }
  | { kind: 'amplify' }
  | { kind: 'not-yet'; missing: DiagnosticItem[]; unanswered: DiagnosticItem[] }

export interface DiagnosticChecklist {
  pause: AnsweredItem[]
  amplify: AnsweredItem[]
  verdict: Verdict
}

/** Every item answered, in list order, with the verdict. */
export function answerChecklist(
  input: DiagnosticInput,
  stored: Readonly<Record<string, DiagnosticAnswer>>,
  now: Date,
): DiagnosticChecklist {
  const facts = diagnosticFacts(input, now)
  const answered = DIAGNOSTIC_ITEMS.map((item): AnsweredItem => {
    const check = APP_CHECKS[item.id]?.(facts)
    if (check?.isKnown) {
      return { item, answer: { by: 'app', answer: check.answer, evidence: check.evidence } }
    }
    const own = stored[item.id]
    return {
      item,
      answer: {
        by: 'organizer',
        answer: own?.answer ?? null,
        note: own?.note ?? '',
        whyNotApp: check === undefined ? null : check.reason,
      },
    }
  })
  const pause = answered.filter((entry) => entry.item.list === 'pause')
  const amplify = answered.filter((entry) => entry.item.list === 'amplify')
  return { pause, amplify, verdict: verdictOf(pause, amplify) }
}

/** The verdict from the answered lists (see `Verdict`). */
export function verdictOf(
  pause: readonly AnsweredItem[],
  amplify: readonly AnsweredItem[],
): Verdict {
  const reasons = pause.filter((entry) => entry.answer.answer === 'yes').map((entry) => entry.item)
  if (reasons.length > 0) return { kind: 'pause', reasons }
  const unanswered = [...pause, ...amplify]
    .filter((entry) => entry.answer.answer === null)
    .map((entry) => entry.item)
  const missing = amplify.filter((entry) => entry.answer.answer === 'no').map((entry) => entry.item)
  if (unanswered.length === 0 && missing.length === 0) return { kind: 'amplify' }
  return { kind: 'not-yet', missing, unanswered }
}
