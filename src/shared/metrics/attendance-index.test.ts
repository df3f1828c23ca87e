import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_BOARD } from '../domain/board-schemas'
import type { Registration } from '../domain/schemas'
import { DEFAULT_SETTINGS } from '../schema/workspace'
import { makeRegistration } from '../testing/factories'
import { computeAllMetrics, type MetricsInput } from './all-metrics'
import { attendanceIndex, attendedEventsOfNumber, type AttendanceIndex } from './attendance-index'
import {
  JOURNEY_STAGES,
  journeyStageByPerson,
  workspaceJourneyFunnel,
  type JourneyStage,
} from './journey-funnel'
import { demoBy, eventOn } from './metric-test-data'
import { personResolver } from './person-resolver'

const NOW = new Date('2026-11-01T12:00:00.000Z')
const DAY_MS = 86_400_000
const EVENT_IDS = ['e0', 'e1', 'e2', 'e3', 'e4', 'e5']
// p6 and p7 registered but are not (or no longer) people; e9 is an event that was deleted.
const PEOPLE_IDS = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5']
const REGISTERED_IDS = [...PEOPLE_IDS, 'p6', 'p7']

const eventsArbitrary = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom(...EVENT_IDS),
    // Days from now: long ago, either side of the 90 days "recent" reaches back, and upcoming.
    day: fc.constantFrom(-380, -200, -91, -89, -30, -1, 0, 30),
    timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata'),
  }),
  { selector: (event) => event.id, maxLength: EVENT_IDS.length },
)

const rowsArbitrary = fc.array(
  fc.record({
    personId: fc.constantFrom(...REGISTERED_IDS),
    eventId: fc.constantFrom(...EVENT_IDS, 'e9'),
    status: fc.constantFrom<Registration['status']>('going', 'waitlist', 'declined', 'cancelled'),
    attendance: fc.constantFrom<Registration['attendance']>('checked-in', 'no-show', 'unknown'),
  }),
  { maxLength: 40 },
)

const workspaceArbitrary = fc.record({
  events: eventsArbitrary,
  rows: rowsArbitrary,
  demos: fc.array(
    fc.record({
      personId: fc.constantFrom(...REGISTERED_IDS),
      eventId: fc.constantFrom(...EVENT_IDS),
    }),
    { maxLength: 4 },
  ),
  sparks: fc.array(
    fc.tuple(fc.constantFrom(...REGISTERED_IDS), fc.constantFrom(...REGISTERED_IDS)),
    {
      maxLength: 3,
    },
  ),
  // p6 was merged into p0 (its demos and intros count for p0), or that merge was undone.
  isMergeUndone: fc.boolean(),
})

type Workspace = typeof workspaceArbitrary extends fc.Arbitrary<infer T> ? T : never

function person(id: string) {
  return {
    id,
    name: id,
    emails: [],
    platformIds: [],
    notes: '',
    tags: [],
    createdAt: '2025-01-01T00:00:00.000Z',
  }
}

function toInput(workspace: Workspace): MetricsInput {
  return {
    settings: DEFAULT_SETTINGS,
    events: workspace.events.map(({ id, day, timeZone }) =>
      eventOn(id, new Date(NOW.getTime() + day * DAY_MS).toISOString().slice(0, 10), { timeZone }),
    ),
    demos: workspace.demos.map(({ personId, eventId }) => demoBy(personId, eventId)),
    people: PEOPLE_IDS.map(person),
    merges: [
      {
        id: 'm1',
        survivorBefore: person('p0'),
        absorbed: person('p6'),
        movedRegistrationIds: [],
        mergedAt: '2026-01-01T00:00:00.000Z',
        undoneAt: workspace.isMergeUndone ? '2026-02-01T00:00:00.000Z' : null,
      },
    ],
    registrations: workspace.rows.map((row, index) =>
      makeRegistration({ id: `r${index}`, ...row }),
    ),
    board: DEFAULT_BOARD,
    intros: workspace.sparks.map(([a, b], index) => ({
      id: `i${index}`,
      personIds: [a, b] as [string, string],
      eventId: null,
      byWhom: '',
      at: '2026-01-01T00:00:00.000Z',
      sparkedAt: '2026-01-02T00:00:00.000Z',
      sparkNote: '',
    })),
    checkIns: [],
    followUps: [],
  }
}

/** DESIGN.md §2's "Attended", written the plain way: a set of attendees per event. */
function attendeesByEvent(input: MetricsInput): Map<string, Set<string>> {
  const attendees = new Map<string, Set<string>>()
  for (const event of input.events) {
    const rows = input.registrations.filter((row) => row.eventId === event.id)
    const hasCheckInData = rows.some((row) => row.attendance !== 'unknown')
    const came = rows.filter((row) =>
      hasCheckInData ? row.attendance === 'checked-in' : row.status === 'going',
    )
    attendees.set(event.id, new Set(came.map((row) => row.personId)))
  }
  return attendees
}

/** The index as plain values, to compare two indexes whatever arrays they are built from. */
function plain(index: AttendanceIndex) {
  return {
    events: index.events.map(({ event, ...facts }) => ({ id: event.id, ...facts })),
    attended: index.personIds.map((id, number) => [id, [...attendedEventsOfNumber(index, number)]]),
  }
}

describe('attendance index', () => {
  it('matches the "Attended" rule applied event by event', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (workspace) => {
        const input = toInput(workspace)
        const index = attendanceIndex(input.events, input.registrations, input.people)
        const attendees = attendeesByEvent(input)
        for (const entry of index.events) {
          expect(entry.attendeeCount).toBe(attendees.get(entry.event.id)?.size)
        }
        for (const personId of new Set([
          ...PEOPLE_IDS,
          ...input.registrations.map((r) => r.personId),
        ])) {
          const number = index.numberOfPerson.get(personId)
          const attended = number === undefined ? [] : [...attendedEventsOfNumber(index, number)]
          const expected = index.events
            .filter((entry) => attendees.get(entry.event.id)?.has(personId))
            .map((entry) => entry.position)
          expect(attended).toEqual(expected)
        }
      }),
    )
  })

  it('gives the same index for the same registrations after the events changed', () => {
    fc.assert(
      fc.property(workspaceArbitrary, eventsArbitrary, (workspace, otherEvents) => {
        const input = toInput(workspace)
        const edited = toInput({ ...workspace, events: otherEvents }).events
        // The first call reads the registrations; the second reuses that reading.
        attendanceIndex(input.events, input.registrations, input.people)
        const reused = attendanceIndex(edited, input.registrations, input.people)
        const fresh = attendanceIndex(edited, [...input.registrations], [...input.people])
        expect(plain(reused)).toEqual(plain(fresh))
      }),
    )
  })

  it('reads a list again when the people list is another one', () => {
    const input = toInput({
      events: [{ id: 'e0', day: -30, timeZone: 'UTC' }],
      rows: [{ personId: 'p7', eventId: 'e0', status: 'going', attendance: 'checked-in' }],
      demos: [],
      sparks: [],
      isMergeUndone: false,
    })
    const before = attendanceIndex(input.events, input.registrations, input.people)
    expect(before.numberOfPerson.get('p7')).toBe(PEOPLE_IDS.length)
    // As many people as before: p7 was added and p0 deleted.
    const after = attendanceIndex(input.events, input.registrations, [
      person('p7'),
      ...input.people.slice(1),
    ])
    expect(after.numberOfPerson.get('p7')).toBe(0)
    expect(after.numberOfPerson.has('p0')).toBe(false)
  })
})

describe('journey stages per person', () => {
  it('puts every person in exactly one stage, the one the funnel counts them in', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (workspace) => {
        const input = toInput(workspace)
        const funnel = workspaceJourneyFunnel(input, NOW)
        const stageOf = journeyStageByPerson(funnel)
        expect([...stageOf.keys()].sort()).toEqual([...PEOPLE_IDS].sort())
        for (const stage of JOURNEY_STAGES) {
          const listed = [...stageOf].filter(([, at]) => at === stage).map(([id]) => id)
          expect(listed.length).toBe(funnel.stages.find((entry) => entry.stage === stage)?.count)
        }
      }),
    )
  })

  it('is the funnel of the metrics screen, merged and deleted people resolved the same way', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (workspace) => {
        const input = toInput(workspace)
        expect(workspaceJourneyFunnel(input, NOW)).toEqual(
          computeAllMetrics(input, NOW, 'all-time').journeyFunnel,
        )
      }),
    )
  })

  it('follows DESIGN.md §1.9 written the plain way', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (workspace) => {
        const input = toInput(workspace)
        const stageOf = journeyStageByPerson(workspaceJourneyFunnel(input, NOW))
        const resolve = personResolver(input.people, input.merges)
        const attendees = attendeesByEvent(input)
        const index = attendanceIndex(input.events, input.registrations, input.people)
        const startOf = new Map(index.events.map((entry) => [entry.event.id, entry.startsAt]))
        const knownEvents = new Set(input.events.map((event) => event.id))
        for (const { id } of input.people) {
          const started = input.events.filter(
            (event) =>
              attendees.get(event.id)?.has(id) && (startOf.get(event.id) ?? 0) <= NOW.getTime(),
          )
          const recent = started.filter(
            (event) => (startOf.get(event.id) ?? 0) >= NOW.getTime() - 90 * DAY_MS,
          )
          const presented = input.demos.some(
            (demo) => knownEvents.has(demo.eventId) && resolve(demo.personId) === id,
          )
          const sparked = input.intros.some((intro) =>
            intro.personIds.some((personId) => resolve(personId) === id),
          )
          const expected: JourneyStage =
            presented || sparked
              ? 'advocacy'
              : started.length >= 3 || recent.length >= 2
                ? 'retention'
                : started.length === 2
                  ? 'adoption'
                  : started.length === 1
                    ? 'onboarding'
                    : 'awareness'
          expect(stageOf.get(id)).toBe(expected)
        }
      }),
    )
  })
})
