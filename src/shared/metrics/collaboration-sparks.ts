/** Collaboration sparks (DESIGN.md §1.7, §2): intros that turned into action. */
import type { Intro } from '../domain/journal-schemas'
import { isInWindow, type MetricWindow } from './metric-window'
import { ratio, type Ratio } from './ratio'

export interface CollaborationSparks {
  /** Intros whose `sparkedAt` is in the window. */
  sparks: number
  /** Intros made (`at`) in the window. */
  introsMade: number
  /** `sparks / introsMade`. */
  sparkRate: Ratio
}

/**
 * Collaboration sparks (DESIGN.md §2) = intros marked as turned into action, in the window; spark
 * rate = sparks / intros. A spark counts in the window it happened in and an intro in the window
 * it was made in, so an intro made last quarter that sparked this one adds to this quarter's
 * sparks only, and the rate can exceed 1 in a window that harvests earlier intros.
 */
export function collaborationSparks(
  intros: readonly Pick<Intro, 'at' | 'sparkedAt'>[],
  window: MetricWindow,
): CollaborationSparks {
  let sparks = 0
  let introsMade = 0
  for (const intro of intros) {
    if (isInWindow(Date.parse(intro.at), window)) introsMade += 1
    if (intro.sparkedAt !== null && isInWindow(Date.parse(intro.sparkedAt), window)) sparks += 1
  }
  return { sparks, introsMade, sparkRate: ratio(sparks, introsMade, false) }
}
