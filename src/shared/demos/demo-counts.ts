/** Counting demos against an event's contract. */
import type { Demo } from '../domain/demo-schemas'

/** Demos that hold a slot: confirmed, or already presented. */
export function confirmedDemos(demos: readonly Demo[], eventId: string): Demo[] {
  return demos.filter(
    (demo) =>
      demo.eventId === eventId && (demo.state === 'confirmed' || demo.state === 'presented'),
  )
}
