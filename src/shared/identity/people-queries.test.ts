import { describe, expect, it } from 'vitest'
import type { Event, Person, Registration } from '../domain/schemas'
import { attendanceIndex, attendedEventsOfNumber } from '../metrics/attendance-index'
import { journeyStageByPerson, workspaceJourneyFunnel } from '../metrics/journey-funnel'
import { buildSampleWorkspace, sampleEventId } from '../sample/sample-workspace'
import {
  attendanceFacts,
  notAttendedLabel,
  personSummary,
  searchPeople,
  startedEventCount,
  summaryContext,
} from './people-queries'
import { registrationsByPerson } from './person-history'
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
  // e5 has not started by `now`: it is upcoming.
  const events = [
    event('e1', 'Demo Night #11', '2026-01-15T18:30'),
    event('e2', 'Demo Night #12', '2026-02-12T18:30'),
    event('e3', 'Tokyo Special', '2026-01-15T20:00', 'Asia/Tokyo'),
    event('e4', 'Demo Night #13', '2026-03-12T18:30'),
    event('e5', 'Demo Night #14', '2026-04-09T18:30'),
  ]
  // Between night #13 and night #14 (18:30 in Lisbon is 17:30 UTC in April).
  const now = new Date('2026-04-01T12:00:00Z')
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
    registration('r10', 'p5', 'e5', 'going', 'unknown'),
    registration('r11', 'p5', 'e2', 'going', 'unknown'),
    registration('r12', 'p1', 'e5', 'going', 'checked-in'),
  ]

  it.each([
    {
      name: 'checked-in where there is check-in data, going where there is none',
      personId: 'p1',
      eventsRegistered: 5,
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
    {
      name: 'going to an event that has not started is registered, not attended',
      personId: 'p5',
      eventsRegistered: 2,
      attended: ['e2'],
      isEstimated: true,
      first: 'e2',
    },
  ])('$name', (testCase) => {
    const subject = people.find((entry) => entry.id === testCase.personId)!
    const own = registrations.filter((entry) => entry.personId === subject.id)
    const summary = personSummary(subject, own, summaryContext(registrations, events, now))
    expect(summary.eventsRegistered).toBe(testCase.eventsRegistered)
    expect(summary.attended.map((entry) => entry.eventId)).toEqual(testCase.attended)
    expect(summary.isEstimated).toBe(testCase.isEstimated)
    expect(summary.firstAttended?.eventId ?? null).toBe(testCase.first)
  })

  it('says a past night was not attended, and an upcoming one not yet', () => {
    const context = summaryContext(registrations, events, now)
    const summaryOf = (personId: string) =>
      personSummary(
        people.find((entry) => entry.id === personId)!,
        registrations.filter((entry) => entry.personId === personId),
        context,
      )
    // p2 registered for two past nights with check-in data and was not checked in.
    expect(notAttendedLabel(summaryOf('p2'))).toBe('Registered, did not attend')
    expect(notAttendedLabel(summaryOf('p4'))).toBeNull()
    expect(notAttendedLabel(summaryOf('p5'))).toBeNull()
    expect(notAttendedLabel({ eventsRegistered: 1, eventsUpcoming: 1, firstAttended: null })).toBe(
      'Registered, not attended yet',
    )
    expect(notAttendedLabel({ eventsRegistered: 2, eventsUpcoming: 1, firstAttended: null })).toBe(
      'Registered, did not attend; registered for an upcoming night',
    )
  })

  // Night #14 takes check-ins: p1 checked in there, p5 did not.
  it.each([
    { at: '2026-01-01T00:00:00Z', personId: 'p1', attended: [] },
    { at: '2026-04-09T17:29:00Z', personId: 'p1', attended: ['e3', 'e1', 'e2'] },
    { at: '2026-04-09T17:30:00Z', personId: 'p1', attended: ['e3', 'e1', 'e2', 'e5'] },
    { at: '2026-04-09T17:29:00Z', personId: 'p5', attended: ['e2'] },
    { at: '2026-04-09T17:30:00Z', personId: 'p5', attended: ['e2'] },
  ])('at $at $personId attended $attended: an event counts once it has started', (testCase) => {
    const subject = people.find((entry) => entry.id === testCase.personId)!
    const context = summaryContext(registrations, events, new Date(testCase.at))
    const summary = personSummary(subject, registrations, context)
    expect(summary.attended.map((entry) => entry.eventId)).toEqual(testCase.attended)
    expect(summary.firstAttended?.eventId ?? null).toBe(testCase.attended[0] ?? null)
  })

  it('counts how many events have started, which is all a summary reads of the clock', () => {
    const facts = attendanceFacts(registrations, events)
    expect(startedEventCount(facts, new Date('2026-01-01T00:00:00Z'))).toBe(0)
    expect(startedEventCount(facts, now)).toBe(4)
    expect(startedEventCount(facts, new Date('2026-04-09T17:30:00Z'))).toBe(5)
  })

  it('labels each attended event', () => {
    const context = summaryContext(registrations, events, now)
    expect(personSummary(people[0]!, registrations, context).attended).toEqual([
      { eventId: 'e3', title: 'Tokyo Special', start: '2026-01-15T20:00', isEstimated: false },
      { eventId: 'e1', title: 'Demo Night #11', start: '2026-01-15T18:30', isEstimated: false },
      { eventId: 'e2', title: 'Demo Night #12', start: '2026-02-12T18:30', isEstimated: true },
    ])
  })
})

describe('personSummary over the sample workspace', () => {
  const now = new Date('2026-11-23T12:14:00.000Z')
  const workspace = buildSampleWorkspace(now)
  const { events, demos } = workspace.events
  const { people, merges } = workspace.people
  const { registrations } = workspace.registrations
  const { intros } = workspace.journal
  const context = summaryContext(registrations, events, now)
  const byPerson = registrationsByPerson(registrations)
  const summaryOf = (personId: string) => {
    const subject = people.find((entry) => entry.id === personId)!
    return personSummary(subject, byPerson.get(personId) ?? [], context)
  }

  it('has people going to the upcoming night, so the rule is put to the test', () => {
    const upcoming = events.filter((event) => context.eventsById.get(event.id)!.startsAt > +now)
    expect(upcoming.map((event) => event.id)).toEqual([sampleEventId(15)])
    const going = registrations.filter(
      (registration) =>
        registration.eventId === sampleEventId(15) && registration.status === 'going',
    )
    expect(going.length).toBeGreaterThan(0)
  })

  it('counts for every person what the journey funnel counts', () => {
    const index = attendanceIndex(events, registrations, people)
    for (const person of people) {
      const number = index.numberOfPerson.get(person.id)!
      const funnelCount = [...attendedEventsOfNumber(index, number)].filter(
        (position) => index.events[position]!.startsAt <= now.getTime(),
      ).length
      expect({ person: person.name, attended: summaryOf(person.id).attended.length }).toEqual({
        person: person.name,
        attended: funnelCount,
      })
    }
  })

  it('puts Emily Bennett at Adoption with 2 attended, her upcoming night registered only', () => {
    const emily = people.find((person) => person.name === 'Emily Bennett')!
    const stages = journeyStageByPerson(
      workspaceJourneyFunnel({ events, registrations, demos, intros, people, merges }, now),
    )
    expect(stages.get(emily.id)).toBe('adoption')
    const summary = summaryOf(emily.id)
    expect(summary.attended).toHaveLength(2)
    expect(summary.attended.map((entry) => entry.eventId)).not.toContain(sampleEventId(15))
    expect(summary.eventsRegistered).toBe(3)
  })
})
