/**
 * The one attendance rule (DESIGN.md §2): every figure that says who came — an event's card, the
 * people list, a person's page, the metrics, the review and the CLI — asks this module, so they
 * cannot disagree.
 *
 * "Attended" = checked-in where the event has check-in data; where it has none, registrations with
 * status `going` count (never `maybe` or `unknown`; maybes are shown beside the figure), and the
 * metric is labelled *estimated*. Check-ins recorded at the door are check-in data. A night that
 * has not started yet has no attendance: `going` to it is a registration.
 *
 * Figures count people, not rows: a person on the Eventbrite and the Meetup list of one night (one
 * person after identity resolution) is registered once, going once and attended once.
 */
import type { Attendance, Platform, Registration, RegistrationStatus } from '../domain/schemas'

/** Whether the row records check-in data (checked in, or a no-show where check-ins were taken). */
export function isCheckInData(attendance: Attendance): boolean {
  return attendance !== 'unknown'
}

/** Only `going` is going: `maybe`, `invited`, `unknown` and the rest never stand in for it. */
export function isGoing(status: RegistrationStatus): status is 'going' {
  return status === 'going'
}

/** "Maybe" is its own answer: shown beside going ("17 (+7 maybe)"), never counted as going. */
export function isMaybe(status: RegistrationStatus): boolean {
  return status === 'maybe'
}

/**
 * Events with check-in data: at least one registration records checked-in or no-show. Computed
 * once over all registrations and passed to `attendanceOf` when reading many.
 */
export function eventsWithCheckInData(registrations: readonly Registration[]): Set<string> {
  const eventIds = new Set<string>()
  for (const registration of registrations) {
    if (isCheckInData(registration.attendance)) eventIds.add(registration.eventId)
  }
  return eventIds
}

/**
 * Whether a registration counts as attended by the rule, and whether that is the `going` estimate.
 * The caller leaves out nights that have not started (see `isUpcoming` in people-queries).
 */
export function attendanceOf(
  registration: Pick<Registration, 'eventId' | 'status' | 'attendance'>,
  checkInEventIds: ReadonlySet<string>,
): { isAttended: boolean; isEstimated: boolean } {
  if (checkInEventIds.has(registration.eventId)) {
    return { isAttended: registration.attendance === 'checked-in', isEstimated: false }
  }
  return { isAttended: isGoing(registration.status), isEstimated: true }
}

/** The row's facts as bits, for the typed-array index the metrics read 250,000 rows through. */
export const ATTENDANCE_BITS = { checkedIn: 1, going: 2, noShow: 4, hasCheckInData: 8 } as const

export function attendanceBits(registration: Pick<Registration, 'status' | 'attendance'>): number {
  const { attendance, status } = registration
  return (
    (attendance === 'checked-in' ? ATTENDANCE_BITS.checkedIn | ATTENDANCE_BITS.hasCheckInData : 0) |
    (attendance === 'no-show' ? ATTENDANCE_BITS.noShow | ATTENDANCE_BITS.hasCheckInData : 0) |
    (isGoing(status) ? ATTENDANCE_BITS.going : 0)
  )
}

/**
 * A person's answer when they are on several lists of one night: the most committed one stands
 * (going on Eventbrite and "maybe" on Meetup is going).
 */
const STATUS_RANK: readonly string[] = [
  'going',
  'maybe',
  'invited',
  'waitlist',
  'unknown',
  'declined',
  'cancelled',
]

function rank(status: RegistrationStatus): number {
  const position = STATUS_RANK.indexOf(status)
  return position === -1 ? STATUS_RANK.length : position
}

/** The registration numbers of one night, counted in people (DESIGN.md §1.3, §2). */
export interface EventHeadcount {
  /** Distinct people with any registration for the night. */
  registered: number
  going: number
  /** Answered "maybe": shown beside going, never counted in it. */
  maybe: number
  invited: number
  waitlist: number
  /** Declined or cancelled (and nothing better on another list). */
  notComing: number
  /** Answers nobody has read yet: a warning, never going. */
  unknown: number
  checkedIn: number
  /** Going, where check-ins were taken, and not checked in on any list. */
  noShows: number
  /** By the rule: checked in, or going where the night has no check-in data; 0 before it starts. */
  attended: number
  /** False where no list had check-in data: attendance is then estimated from `going`. */
  hasCheckInData: boolean
  /** True when `attended` is the `going` estimate. */
  isEstimated: boolean
}

/** One person at one night: their best answer across the night's lists, and whether they came. */
export interface NightAttendee {
  personId: string
  status: RegistrationStatus
  isCheckedIn: boolean
  /** By the rule, before asking whether the night has started. */
  isAttended: boolean
  isEstimated: boolean
  platforms: Platform[]
  registrationIds: string[]
}

/**
 * The people of one night, one entry each however many lists they are on, in first-seen order.
 * Whether the night has check-in data is decided over all its lists.
 */
export function nightAttendees(
  registrations: readonly Registration[],
  eventId: string,
): NightAttendee[] {
  const byPerson = new Map<string, NightAttendee>()
  let hasCheckInData = false
  for (const registration of registrations) {
    if (registration.eventId !== eventId) continue
    if (isCheckInData(registration.attendance)) hasCheckInData = true
    const isCheckedIn = registration.attendance === 'checked-in'
    const seen = byPerson.get(registration.personId)
    if (seen === undefined) {
      byPerson.set(registration.personId, {
        personId: registration.personId,
        status: registration.status,
        isCheckedIn,
        isAttended: false,
        isEstimated: false,
        platforms: [registration.platform],
        registrationIds: [registration.id],
      })
      continue
    }
    if (rank(registration.status) < rank(seen.status)) seen.status = registration.status
    if (isCheckedIn) seen.isCheckedIn = true
    if (!seen.platforms.includes(registration.platform)) seen.platforms.push(registration.platform)
    seen.registrationIds.push(registration.id)
  }
  const attendees = [...byPerson.values()]
  for (const attendee of attendees) {
    attendee.isEstimated = !hasCheckInData
    attendee.isAttended = hasCheckInData ? attendee.isCheckedIn : isGoing(attendee.status)
  }
  return attendees
}

/**
 * One night's headcount in people. `hasStarted` false (a night still to come) gives 0 attended:
 * being `going` to it is a registration, as the people list and the journey funnel count it.
 */
export function eventHeadcount(
  registrations: readonly Registration[],
  eventId: string,
  hasStarted = true,
): EventHeadcount {
  const attendees = nightAttendees(registrations, eventId)
  const hasCheckInData = attendees.some((attendee) => !attendee.isEstimated)
  const counts: EventHeadcount = {
    registered: attendees.length,
    going: 0,
    maybe: 0,
    invited: 0,
    waitlist: 0,
    notComing: 0,
    unknown: 0,
    checkedIn: 0,
    noShows: 0,
    attended: 0,
    hasCheckInData,
    isEstimated: !hasCheckInData,
  }
  for (const { status, isCheckedIn, isAttended } of attendees) {
    if (status === 'going') counts.going += 1
    else if (status === 'maybe') counts.maybe += 1
    else if (status === 'invited') counts.invited += 1
    else if (status === 'waitlist') counts.waitlist += 1
    else if (status === 'unknown') counts.unknown += 1
    else counts.notComing += 1
    if (isCheckedIn) counts.checkedIn += 1
    else if (hasCheckInData && status === 'going') counts.noShows += 1
    if (hasStarted && isAttended) counts.attended += 1
  }
  return counts
}
