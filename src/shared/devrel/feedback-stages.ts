/**
 * Where a cluster stands in the loop (DESIGN.md §1.9): `observe → cluster → prioritise → fix →
 * teach`. Frictions are observed one by one; naming the underlying problem is the clustering, so a
 * cluster starts at `cluster` and is never moved back to `observe` (removing it returns its
 * frictions there). A cluster moves one step at a time, forward or back: skipping `prioritise`
 * would fix whatever is loudest rather than what scores highest, and a fix that did not hold goes
 * back one step to `prioritise` in plain sight instead of vanishing.
 */
import { FEEDBACK_STAGES, type FeedbackStage } from '../domain/review-schemas'

export const FIRST_CLUSTER_STAGE: FeedbackStage = 'cluster'

export const STAGE_LABELS: Record<FeedbackStage, string> = {
  observe: 'Observe',
  cluster: 'Cluster',
  prioritise: 'Prioritise',
  fix: 'Fix',
  teach: 'Teach',
}

/** What each stage asks of the organizer, shown under its column. */
export const STAGE_PROMPTS: Record<FeedbackStage, string> = {
  observe: 'Frictions seen, not yet grouped.',
  cluster: 'Named by the underlying problem.',
  prioritise: 'Scored; fix the highest first.',
  fix: 'Being fixed now.',
  teach: 'Fixed; the fix is taught and shared.',
}

export type StageStep = { ok: true; stage: FeedbackStage } | { ok: false; reason: string }

/** The stage one step forward (+1) or back (−1) from `stage`, or why a cluster cannot go there. */
export function stageStep(stage: FeedbackStage, direction: 1 | -1): StageStep {
  const target = FEEDBACK_STAGES[FEEDBACK_STAGES.indexOf(stage) + direction]
  if (target === undefined) {
    return { ok: false, reason: 'Teach is the last stage: the loop is closed for this problem.' }
  }
  if (target === 'observe') {
    return {
      ok: false,
      reason: 'A cluster cannot go back to observe: remove it to return its frictions there.',
    }
  }
  return { ok: true, stage: target }
}

/** Whether a stage comes before `fix`: the problem is known but nothing is being done yet. */
export function isBeforeFix(stage: FeedbackStage): boolean {
  return FEEDBACK_STAGES.indexOf(stage) < FEEDBACK_STAGES.indexOf('fix')
}
