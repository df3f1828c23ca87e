/** The registration numbers of one event, as its page shows them. */
import type { Registration } from '../domain/schemas'

export interface RegistrationCounts {
  registered: number
  going: number
  waitlist: number
  /** Declined or cancelled. */
  notComing: number
  checkedIn: number
  noShows: number
  /** False where the export had no check-in data: attendance is then estimated from `going`. */
  hasCheckInData: boolean
}

/** Counts one event's registrations by status and attendance. */
export function registrationCounts(
  registrations: readonly Registration[],
  eventId: string,
): RegistrationCounts {
  const counts: RegistrationCounts = {
    registered: 0,
    going: 0,
    waitlist: 0,
    notComing: 0,
    checkedIn: 0,
    noShows: 0,
    hasCheckInData: false,
  }
  for (const registration of registrations) {
    if (registration.eventId !== eventId) continue
    counts.registered += 1
    if (registration.status === 'going') counts.going += 1
    else if (registration.status === 'waitlist') counts.waitlist += 1
    else counts.notComing += 1
    if (registration.attendance === 'checked-in') counts.checkedIn += 1
    if (registration.attendance === 'no-show') counts.noShows += 1
    if (registration.attendance !== 'unknown') counts.hasCheckInData = true
  }
  return counts
}
