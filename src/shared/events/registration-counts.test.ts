import { describe, expect, it } from 'vitest'
import type { Attendance, Registration, RegistrationStatus } from '../domain/schemas'
import { makeRegistration } from '../testing/factories'
import { registrationCounts } from './registration-counts'

const registration = (
  id: string,
  status: RegistrationStatus,
  attendance: Attendance,
  eventId = 'e1',
): Registration => makeRegistration({ id, eventId, personId: `p-${id}`, status, attendance })

describe('registrationCounts', () => {
  it('counts by status and attendance, only for the event asked about', () => {
    const registrations = [
      registration('a', 'going', 'checked-in'),
      registration('b', 'going', 'checked-in'),
      registration('c', 'going', 'no-show'),
      registration('d', 'waitlist', 'unknown'),
      registration('e', 'declined', 'unknown'),
      registration('f', 'cancelled', 'unknown'),
      registration('g', 'going', 'checked-in', 'e2'),
    ]
    expect(registrationCounts(registrations, 'e1')).toEqual({
      registered: 6,
      going: 3,
      maybe: 0,
      invited: 0,
      waitlist: 1,
      notComing: 2,
      unknown: 0,
      checkedIn: 2,
      noShows: 1,
      attended: 2,
      hasCheckInData: true,
      isEstimated: false,
    })
  })

  it('says when the export had no check-in data (a Meetup RSVP list)', () => {
    const counts = registrationCounts(
      [registration('a', 'going', 'unknown'), registration('b', 'going', 'unknown')],
      'e1',
    )
    expect(counts).toMatchObject({ registered: 2, going: 2, checkedIn: 0, hasCheckInData: false })
  })

  it('counts a person on two lists of the night once, with their best answer', () => {
    const both = [
      makeRegistration({ id: 'eb', eventId: 'e1', personId: 'tom', status: 'going' }),
      makeRegistration({
        id: 'mu',
        eventId: 'e1',
        personId: 'tom',
        platform: 'meetup',
        status: 'declined',
      }),
    ]
    expect(registrationCounts(both, 'e1')).toMatchObject({
      registered: 1,
      going: 1,
      notComing: 0,
      attended: 1,
      isEstimated: true,
    })
  })

  it('a night still to come has nobody attended yet, however many are going', () => {
    const counts = registrationCounts([registration('a', 'going', 'unknown')], 'e1', false)
    expect(counts).toMatchObject({ going: 1, attended: 0 })
  })

  it('an event without registrations has zeros', () => {
    expect(registrationCounts([], 'e1').registered).toBe(0)
  })
})
