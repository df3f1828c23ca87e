import { describe, expect, it } from 'vitest'
import type { Event, Person, Registration } from '../domain/schemas'
import { personSummary, searchPeople, summaryContext } from './people-queries'
import { makeEvent, makeRegistration } from '../testing/factories'

function person(id: string, name: string, emails: string[] = []): Person {
  return {
    id,
    name,
    emails,
    platformIds: [],
    notes: '',
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
  }
}

function event(id: string, title: string, start: string, timeZone = 'Europe/Lisbon'): Event {
  return makeEvent({
    id,
    title,
    start,
    end: `${start.slice(0, 10)}T23:00`,
    timeZone,
    createdAt: '2026-01-01T00:00:00.000Z',
  })
}

function registration(
  id: string,
  personId: string,
  eventId: string,
  status: Registration['status'],
  attendance: Registration['attendance'],
): Registration {
  return makeRegistration({ id, eventId, personId, status, attendance })
}

const people = [
  person('p1', 'José Álvarez', ['jose@example.com']),
  person('p2', 'Łukasz Nowak', ['lukasz@work.example']),
  person('p3', 'Maria Josefa Ruiz', ['mjr@example.com']),
  person('p4', '山田　太郎', ['yamada@example.jp']),
  person('p5', 'Ana Silva', ['ana+events@example.com']),
]

describe('searchPeople', () => {
  it.each([
    { query: 'jose', ids: ['p1', 'p3'] },
    { query: 'JOSÉ', ids: ['p1', 'p3'] },
    { query: 'Jose\u0301', ids: ['p1', 'p3'] },
    { query: 'LUKASZ', ids: ['p2'] },
    { query: 'ruiz maria', ids: ['p3'] },
    { query: '@work', ids: ['p2'] },
    { query: 'ana+events', ids: ['p5'] },
    { query: '山田 太郎', ids: ['p4'] },
    { query: 'nobody', ids: [] },
    { query: '   ', ids: ['p1', 'p2', 'p3', 'p4', 'p5'] },
  ])('“$query” finds $ids', ({ query, ids }) => {
    expect(searchPeople(people, query).map((entry) => entry.id)).toEqual(ids)
  })

  it('ranks a name starting with the query above a match inside a name', () => {
    const ranked = searchPeople(
      [person('a', 'Anna Fitzjoseph'), person('b', 'Joseph Anders'), person('c', 'Ben Joseph')],
      'joseph',
    )
    expect(ranked.map((entry) => entry.id)).toEqual(['b', 'c', 'a'])
  })
})

describe('personSummary', () => {
  // e1 has check-in data; e2 (a Meetup event) has none, so `going` stands in, estimated.
  // e3 is earliest in time although its wall clock reads later: it is in Tokyo.
  const events = [
    event('e1', 'Demo Night #11', '2026-01-15T18:30'),
    event('e2', 'Demo Night #12', '2026-02-12T18:30'),
    event('e3', 'Tokyo Special', '2026-01-15T20:00', 'Asia/Tokyo'),
    event('e4', 'Demo Night #13', '2026-03-12T18:30'),
  ]
  const registrations = [
    registration('r1', 'p1', 'e1', 'going', 'checked-in'),
    registration('r2', 'p1', 'e2', 'going', 'unknown'),
    registration('r3', 'p1', 'e3', 'going', 'checked-in'),
    registration('r4', 'p1', 'e4', 'going', 'no-show'),
    registration('r5', 'p2', 'e1', 'going', 'unknown'),
    registration('r6', 'p2', 'e2', 'declined', 'unknown'),
    registration('r7', 'p3', 'e2', 'going', 'unknown'),
    registration('r8', 'p3', 'e2', 'going', 'unknown'),
    registration('r9', 'p3', 'e1', 'waitlist', 'checked-in'),
  ]

  it.each([
    {
      name: 'checked-in where there is check-in data, going where there is none',
      personId: 'p1',
      eventsRegistered: 4,
      attended: ['e3', 'e1', 'e2'],
      isEstimated: true,
      first: 'e3',
    },
    {
      name: 'going does not count at an event with check-in data',
      personId: 'p2',
      eventsRegistered: 2,
      attended: [],
      isEstimated: false,
      first: null,
    },
    {
      name: 'two registrations for one event count once; a checked-in waitlister attended',
      personId: 'p3',
      eventsRegistered: 2,
      attended: ['e1', 'e2'],
      isEstimated: true,
      first: 'e1',
    },
    {
      name: 'nobody registered',
      personId: 'p4',
      eventsRegistered: 0,
      attended: [],
      isEstimated: false,
      first: null,
    },
  ])('$name', (testCase) => {
    const subject = people.find((entry) => entry.id === testCase.personId)!
    const summary = personSummary(subject, registrations, events)
    expect(summary.eventsRegistered).toBe(testCase.eventsRegistered)
    expect(summary.attended.map((entry) => entry.eventId)).toEqual(testCase.attended)
    expect(summary.isEstimated).toBe(testCase.isEstimated)
    expect(summary.firstAttended?.eventId ?? null).toBe(testCase.first)
    const shared = summaryContext(registrations, events)
    const own = registrations.filter((entry) => entry.personId === subject.id)
    expect(personSummary(subject, own, events, shared)).toEqual(summary)
  })

  it('labels each attended event', () => {
    expect(personSummary(people[0]!, registrations, events).attended).toEqual([
      { eventId: 'e3', title: 'Tokyo Special', start: '2026-01-15T20:00', isEstimated: false },
      { eventId: 'e1', title: 'Demo Night #11', start: '2026-01-15T18:30', isEstimated: false },
      { eventId: 'e2', title: 'Demo Night #12', start: '2026-02-12T18:30', isEstimated: true },
    ])
  })
})
