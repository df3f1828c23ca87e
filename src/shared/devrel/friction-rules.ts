/**
 * Logging and removing frictions (DESIGN.md §1.9, "observe"). A friction harvested from a retro or
 * a follow-up remembers where it came from (`sourceId`), so the same observation is never logged
 * twice; a friction typed by hand or heard in a community channel may repeat, because how often a
 * problem is seen is exactly what the priority score counts.
 */
import type { Friction } from '../domain/review-schemas'
import {
  FRICTION_TEXT_MAX,
  normaliseText,
  refuse,
  type FeedbackLoop,
  type FeedbackResult,
} from './feedback-loop'

export interface FrictionDraft {
  text: string
  source: Friction['source']
  /** The event (for a retro) or the follow-up it came from; null for manual and channel. */
  sourceId: string | null
}

/** What removing a friction took away, so undo can put it back where it was. */
export interface RemovedFriction {
  friction: Friction
  index: number
}

/** Whether a friction with this source, source id and text is already on the board. */
export function isAlreadyLogged(
  frictions: readonly Pick<Friction, 'source' | 'sourceId' | 'text'>[],
  draft: FrictionDraft,
): boolean {
  if (draft.sourceId === null) return false
  const text = normaliseText(draft.text)
  return frictions.some(
    (friction) =>
      friction.source === draft.source &&
      friction.sourceId === draft.sourceId &&
      normaliseText(friction.text) === text,
  )
}

/** A friction onto the board, unclustered ("observed"). */
export function logFriction(
  feedback: FeedbackLoop,
  draft: FrictionDraft,
  context: { id: string; now: Date },
): FeedbackResult {
  const text = draft.text.trim()
  if (text === '') return refuse('Describe the friction in a few words.')
  if (text.length > FRICTION_TEXT_MAX) {
    return refuse(`Keep a friction under ${FRICTION_TEXT_MAX} characters.`)
  }
  const isHarvested = draft.source === 'retro' || draft.source === 'follow-up'
  if (isHarvested && draft.sourceId === null) {
    return refuse(`A friction from a ${draft.source} needs the ${draft.source} it came from.`)
  }
  // A typed friction has no record behind it; a stray id would make it look harvested.
  const sourceId = isHarvested ? draft.sourceId : null
  if (isAlreadyLogged(feedback.frictions, { ...draft, sourceId })) {
    return refuse('This friction is already on the board.')
  }
  const friction: Friction = {
    id: context.id,
    text,
    source: draft.source,
    sourceId,
    clusterId: null,
    createdAt: context.now.toISOString(),
  }
  return {
    ok: true,
    feedback: { ...feedback, frictions: [...feedback.frictions, friction] },
    outcome: 'Friction logged',
  }
}

/** Takes a friction off the board, with what undo needs to put it back. */
export function removeFriction(
  feedback: FeedbackLoop,
  id: string,
): { result: FeedbackResult; removed: RemovedFriction | null } {
  const index = feedback.frictions.findIndex((friction) => friction.id === id)
  const friction = feedback.frictions[index]
  if (friction === undefined) {
    return { result: refuse('This friction is no longer on the board.'), removed: null }
  }
  return {
    result: {
      ok: true,
      feedback: { ...feedback, frictions: feedback.frictions.filter((entry) => entry.id !== id) },
      outcome: 'Friction removed',
    },
    removed: { friction, index },
  }
}
