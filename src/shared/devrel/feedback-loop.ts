/**
 * The feedback loop board's data (DESIGN.md §1.9): frictions observed anywhere, clustered by the
 * underlying problem, each cluster moving `observe → cluster → prioritise → fix → teach`. Both live
 * in the reviews file; every rule here takes them in and hands them back, refusals in words.
 */
import type { Friction, FrictionCluster } from '../domain/review-schemas'

export interface FeedbackLoop {
  frictions: Friction[]
  clusters: FrictionCluster[]
}

export type FeedbackResult =
  { ok: true; feedback: FeedbackLoop; outcome: string } | { ok: false; reason: string }

/** Refusals read the same wherever a rule is used. */
export function refuse(reason: string): FeedbackResult {
  return { ok: false, reason }
}

/** Trimmed, inner whitespace collapsed, lower-case: how two texts are compared as "the same". */
export function normaliseText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase()
}

/** The longest friction text the workspace stores (frictionSchema). */
export const FRICTION_TEXT_MAX = 2000
