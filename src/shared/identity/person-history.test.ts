import { describe, expect, it } from 'vitest'
import type { Registration } from '../domain/schemas'
import { makeEvent, makeRegistration } from '../testing/factories'
import { summaryContext } from './people-queries'
import { personEventHistory, registrationsByPerson } from './person-history'

// e1 and e3 have check-in data; e2 (a Meetup night) has none, so `going` stands in, estimated.
const events = [
  makeEvent({ id: 'e1', title: 'Night #1', start: '2026-01-15T18:30', end: '2026-01-15T21:00' }),
  makeEvent({ id: 'e2', title: 'Night #2', start: '2026-02-12T18:30', end: '2026-02-12T21:00' }),
  makeEvent({ id: 'e3', title: 'Night #3', start: '2026-03-12T18:30', end: '2026-03-12T21:00' }),
  makeEvent({ id: 'e4', title: 'Night #4', start: '2026-04-09T18:30', end: '2026-04-09T21:00' }),
]
/** Between night #3 and night #4: #4 is upcoming. */
const NOW = new Date('2026-04-01T12:00:00Z')

function registration(
  id: string,
  eventId: string,
  status: Registration['status'],
  attendance: Registration['attendance'],
  platform: Registration['platform'] = 'luma',
  personId = 'p1',
): Registration {
  return makeRegistration({ id, eventId, personId, status, attendance, platform })
}

const checkInsTaken = [
  registration('x1', 'e1', 'going', 'checked-in', 'luma', 'someone-else'),
  registration('x3', 'e3', 'going', 'checked-in', 'luma', 'someone-else'),
]

describe('registrationsByPerson', () => {
  it('groups in the given order and leaves people without registrations out', () => {
    const grouped = registrationsByPerson([
      registration('r1', 'e1', 'going', 'unknown', 'luma', 'a'),
      registration('r2', 'e1', 'going', 'unknown', 'luma', 'b'),
      registration('r3', 'e2', 'going', 'unknown', 'luma', 'a'),
    ])
    expect([...grouped.keys()]).toEqual(['a', 'b'])
    expect(grouped.get('a')?.map((entry) => entry.id)).toEqual(['r1', 'r3'])
  })
})

describe('personEventHistory', () => {
  it.each([
    {
      name: 'checked in where check-ins were taken',
      own: [registration('r1', 'e1', 'going', 'checked-in')],
      expected: [{ eventId: 'e1', outcome: 'attended', isEstimated: false }],
    },
    {
      name: 'going without a check-in where check-ins were taken is a no-show',
      own: [registration('r1', 'e3', 'going', 'unknown')],
      expected: [{ eventId: 'e3', outcome: 'no-show', isEstimated: false }],
    },
    {
      name: 'going at an event without check-in data is attended, estimated',
      own: [registration('r1', 'e2', 'going', 'unknown')],
      expected: [{ eventId: 'e2', outcome: 'attended', isEstimated: true }],
    },
    {
      name: 'waitlist, declined and cancelled keep their status, latest event first',
      own: [
        registration('r1', 'e1', 'cancelled', 'unknown'),
        registration('r2', 'e2', 'waitlist', 'unknown'),
        registration('r3', 'e3', 'declined', 'unknown'),
      ],
      expected: [
        { eventId: 'e3', outcome: 'declined', isEstimated: false },
        { eventId: 'e2', outcome: 'waitlist', isEstimated: false },
        { eventId: 'e1', outcome: 'cancelled', isEstimated: false },
      ],
    },
    {
      name: 'a checked-in waitlister attended',
      own: [registration('r1', 'e1', 'waitlist', 'checked-in')],
      expected: [{ eventId: 'e1', outcome: 'attended', isEstimated: false }],
    },
    {
      name: 'two registrations for one event are one entry with the better outcome',
      own: [
        registration('r1', 'e1', 'declined', 'unknown', 'meetup'),
        registration('r2', 'e1', 'going', 'checked-in', 'luma'),
      ],
      expected: [{ eventId: 'e1', outcome: 'attended', isEstimated: false }],
    },
    {
      name: 'going to an event that has not started is upcoming, neither attended nor a no-show',
      own: [registration('r1', 'e4', 'going', 'unknown')],
      expected: [{ eventId: 'e4', outcome: 'upcoming', isEstimated: false }],
    },
    {
      name: 'an upcoming event keeps a waitlist, declined or cancelled status',
      own: [registration('r1', 'e4', 'waitlist', 'unknown')],
      expected: [{ eventId: 'e4', outcome: 'waitlist', isEstimated: false }],
    },
    {
      name: 'going on two platforms to an upcoming event is one upcoming entry',
      own: [
        registration('r1', 'e4', 'declined', 'unknown', 'meetup'),
        registration('r2', 'e4', 'going', 'unknown', 'luma'),
      ],
      expected: [{ eventId: 'e4', outcome: 'upcoming', isEstimated: false }],
    },
    {
      name: 'registrations for a deleted event are left out',
      own: [registration('r1', 'gone', 'going', 'checked-in')],
      expected: [],
    },
  ])('$name', ({ own, expected }) => {
    const context = summaryContext([...checkInsTaken, ...own], events, NOW)
    const history = personEventHistory(own, context)
    expect(
      history.map(({ event, outcome, isEstimated }) => ({
        eventId: event.id,
        outcome,
        isEstimated,
      })),
    ).toEqual(expected)
  })

  it('names every platform the person registered through for an event', () => {
    const own = [
      registration('r1', 'e2', 'going', 'unknown', 'meetup'),
      registration('r2', 'e2', 'going', 'unknown', 'luma'),
      registration('r3', 'e2', 'going', 'unknown', 'meetup'),
    ]
    const [entry] = personEventHistory(own, summaryContext(own, events, NOW))
    expect(entry?.platforms).toEqual(['meetup', 'luma'])
  })
})
