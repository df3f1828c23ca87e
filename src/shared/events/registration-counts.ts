/** The registration numbers of one event, as its page shows them: people, by the one rule. */
import type { Registration } from '../domain/schemas'
import { eventHeadcount, type EventHeadcount } from '../metrics/attendance-rule'

export type RegistrationCounts = EventHeadcount

/**
 * Counts one event's people by their answer and attendance (DESIGN.md §2); a person on two lists
 * of the night counts once. `hasStarted` false gives 0 attended for a night still to come.
 */
export function registrationCounts(
  registrations: readonly Registration[],
  eventId: string,
  hasStarted = true,
): RegistrationCounts {
  return eventHeadcount(registrations, eventId, hasStarted)
}
