import { describe, expect, it } from 'vitest'
import type { Person, Registration } from '../domain/schemas'
import { personEventHistory } from '../identity/person-history'
import { personSummary, summaryContext } from '../identity/people-queries'
import { makeEvent, makePerson, makeRegistration } from '../testing/factories'
import { attendanceIndex } from './attendance-index'
import { eventHeadcount, nightAttendees } from './attendance-rule'
import { returningBuilderRates } from './returning-builders'

const person = (id: string): Person => makePerson(id)

/**
 * Three nights with every trap an import sets: a night cross-posted on Eventbrite (check-ins) and
 * Meetup (no check-ins) with people on both lists; a form night without check-ins with maybes and
 * answers nobody has read; a Tito night with a voided ticket replaced; and a night still to come.
 */
const crossPosted = makeEvent({ id: 'cross', start: '2026-03-19T18:30', end: '2026-03-19T21:30' })
const formNight = makeEvent({ id: 'form', start: '2026-04-16T18:30', end: '2026-04-16T21:30' })
const titoNight = makeEvent({ id: 'tito', start: '2026-05-21T18:30', end: '2026-05-21T21:30' })
const upcoming = makeEvent({ id: 'next', start: '2026-12-10T18:30', end: '2026-12-10T21:30' })
const events = [upcoming, titoNight, formNight, crossPosted]
const now = new Date('2026-11-23T12:00:00.000Z')

let nextId = 0
const reg = (eventId: string, personId: string, fields: Partial<Registration> = {}): Registration =>
  makeRegistration({ id: `r${(nextId += 1)}`, eventId, personId, ...fields })

const registrations: Registration[] = [
  // Cross-posted: Ada and Tom are on both lists (one person each, linked); Ada checked in on
  // Eventbrite, Tom did not; Mo is only on Meetup; Eve only on Eventbrite, checked in.
  reg('cross', 'ada', { platform: 'eventbrite', attendance: 'checked-in' }),
  reg('cross', 'ada', { platform: 'meetup' }),
  reg('cross', 'tom', { platform: 'eventbrite', attendance: 'no-show' }),
  reg('cross', 'tom', { platform: 'meetup' }),
  reg('cross', 'mo', { platform: 'meetup' }),
  reg('cross', 'eve', { platform: 'eventbrite', attendance: 'checked-in' }),
  // Form night, no check-ins: Ada and Eve going, Tom maybe, Mo's answer unread, Kim said no.
  reg('form', 'ada', { platform: 'google-forms' }),
  reg('form', 'eve', { platform: 'google-forms' }),
  reg('form', 'tom', { platform: 'google-forms', status: 'maybe' }),
  reg('form', 'mo', { platform: 'google-forms', status: 'unknown' }),
  reg('form', 'kim', { platform: 'google-forms', status: 'declined' }),
  // Tito: Kim's first ticket was voided and replaced by one she checked in with; Ada checked in.
  reg('tito', 'kim', { platform: 'tito', status: 'cancelled', attendance: 'no-show' }),
  reg('tito', 'kim', { platform: 'tito', attendance: 'checked-in' }),
  reg('tito', 'ada', { platform: 'tito', attendance: 'checked-in' }),
  reg('tito', 'tom', { platform: 'tito', attendance: 'no-show' }),
  // Next month: Ada and Eve are going; nobody has attended yet.
  reg('next', 'ada'),
  reg('next', 'eve'),
]
const people = ['ada', 'tom', 'mo', 'eve', 'kim'].map(person)

/** Who came to each night, counted by hand from the lists above. */
const BY_HAND = { cross: 2, form: 2, tito: 2, next: 0 }

describe('the one attendance rule', () => {
  it('the event card counts people, not rows, with maybes beside going', () => {
    expect(eventHeadcount(registrations, 'cross')).toMatchObject({
      registered: 4,
      going: 4,
      checkedIn: 2,
      noShows: 2,
      attended: 2,
      isEstimated: false,
    })
    expect(eventHeadcount(registrations, 'form')).toMatchObject({
      registered: 5,
      going: 2,
      maybe: 1,
      unknown: 1,
      notComing: 1,
      attended: 2,
      isEstimated: true,
    })
    expect(eventHeadcount(registrations, 'tito')).toMatchObject({
      registered: 3,
      going: 3,
      notComing: 0,
      checkedIn: 2,
      attended: 2,
    })
    expect(eventHeadcount(registrations, 'next', false)).toMatchObject({ going: 2, attended: 0 })
  })

  it('card, attendee list, person pages, people list, metrics index and returning rates agree', () => {
    const context = summaryContext(registrations, events, now)
    const started = events.filter((event) => event.id !== 'next')
    const rates = new Map(
      returningBuilderRates(started, registrations).map((rate) => [rate.eventId, rate.attendees]),
    )
    const index = attendanceIndex(events, registrations, people)
    for (const [eventId, byHand] of Object.entries(BY_HAND)) {
      const hasStarted = eventId !== 'next'
      const card = eventHeadcount(registrations, eventId, hasStarted).attended
      const list = hasStarted
        ? nightAttendees(registrations, eventId).filter((entry) => entry.isAttended).length
        : 0
      const summaries = people.filter((someone) =>
        personSummary(someone, registrations, context).attended.some(
          (entry) => entry.eventId === eventId,
        ),
      ).length
      const histories = people.filter((someone) =>
        personEventHistory(
          registrations.filter((registration) => registration.personId === someone.id),
          context,
        ).some((entry) => entry.event.id === eventId && entry.outcome === 'attended'),
      ).length
      const indexed = index.events.find((entry) => entry.event.id === eventId)
      const metrics =
        indexed !== undefined && indexed.startsAt <= now.getTime() ? indexed.attendeeCount : 0
      const rate = rates.get(eventId) ?? 0
      expect({ eventId, card, list, summaries, histories, metrics, rate }).toEqual({
        eventId,
        card: byHand,
        list: byHand,
        summaries: byHand,
        histories: byHand,
        metrics: byHand,
        rate: byHand,
      })
    }
  })

  it('a voided ticket replaced by another is one person, going, who came', () => {
    const kim = nightAttendees(registrations, 'tito').find((entry) => entry.personId === 'kim')
    expect(kim).toMatchObject({ status: 'going', isAttended: true, platforms: ['tito'] })
  })

  it('maybe and unread answers are never attended, even as the estimate', () => {
    const form = nightAttendees(registrations, 'form')
    const attended = form.filter((entry) => entry.isAttended).map((entry) => entry.personId)
    expect(attended.sort()).toEqual(['ada', 'eve'])
  })
})
