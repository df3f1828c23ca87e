/**
 * Every metric at once on the biggest chapter of DESIGN.md §3: 520 weekly events (ten years),
 * 50,000 people, 250,000 registrations, thousands of demos, intros and check-ins. Generation is
 * timed apart from `computeAllMetrics`, whose goal is under 100 ms so the metrics screen opens at
 * once.
 */
import { performance } from 'node:perf_hooks'
import type { BoardCard } from '../src/shared/domain/board-schemas'
import { DEFAULT_BOARD } from '../src/shared/domain/board-schemas'
import type { Demo } from '../src/shared/domain/demo-schemas'
import type { CheckIn, FollowUp, Intro } from '../src/shared/domain/journal-schemas'
import type { Event, GateOverride, Person, Registration } from '../src/shared/domain/schemas'
import { instantToWallClock } from '../src/shared/events/event-time'
import { computeAllMetrics, type MetricsInput } from '../src/shared/metrics/all-metrics'
import { createSeededRandom } from '../src/shared/sample/seeded-random'
import { DEFAULT_SETTINGS } from '../src/shared/schema/workspace'
import { makeDemo, makeEvent, makeRegistration } from '../src/shared/testing/factories'
import type { BenchFigure, BenchSuite } from './index'

const EVENTS = 520
const PEOPLE = 50_000
const REGISTRATIONS = 250_000
const RUNS = 5
const NOW = new Date('2026-11-01T12:00:00.000Z')
const DAY_MS = 86_400_000
const TIME_ZONE = 'Europe/Berlin'

const STATUSES: readonly Registration['status'][] = ['going', 'waitlist', 'declined', 'cancelled']

/** The biggest chapter, the same on every run. */
export function biggestChapter(): MetricsInput {
  const random = createSeededRandom(520)
  const iso = (ms: number): string => new Date(ms).toISOString()

  const people: Person[] = Array.from({ length: PEOPLE }, (_, index) => ({
    id: `p${index}`,
    name: `Person ${index}`,
    emails: [`person${index}@example.com`],
    platformIds: [],
    notes: '',
    tags: [],
    createdAt: iso(NOW.getTime() - 3650 * DAY_MS),
  }))

  const events: Event[] = Array.from({ length: EVENTS }, (_, index) => {
    // Weekly, the last one a few days before now, at 18:30 venue time.
    const startsAt = NOW.getTime() - (EVENTS - index) * 7 * DAY_MS + 3 * DAY_MS
    const start = `${instantToWallClock(new Date(startsAt), TIME_ZONE).slice(0, 10)}T18:30`
    const createdAt = startsAt - random.int(20, 60) * DAY_MS
    const gateOverrides: GateOverride[] = Array.from({ length: random.int(0, 2) }, (_, n) => ({
      id: `o${index}-${n}`,
      gate: 'announce-demos',
      reason: 'Speakers confirmed by phone',
      at: iso(startsAt - random.int(1, 6) * DAY_MS),
      by: 'organizer',
    }))
    return makeEvent({
      id: `e${index}`,
      start,
      end: `${start.slice(0, 10)}T21:30`,
      timeZone: TIME_ZONE,
      createdAt: iso(createdAt),
      gateOverrides,
      demoTargetMetAt: random.chance(0.8) ? iso(createdAt + random.int(3, 30) * DAY_MS) : null,
    })
  })

  // Attendance skews to a core of regulars: squaring a uniform number favours low person ids.
  const registrations: Registration[] = Array.from({ length: REGISTRATIONS }, (_, index) => {
    const eventIndex = Math.floor((index * EVENTS) / REGISTRATIONS)
    const hasCheckIns = eventIndex % 10 !== 3
    const status = STATUSES[random.weightedIndex([85, 8, 4, 3])] ?? 'going'
    const attendance: Registration['attendance'] = !hasCheckIns
      ? 'unknown'
      : status === 'going' && random.chance(0.7)
        ? 'checked-in'
        : status === 'going'
          ? 'no-show'
          : 'unknown'
    return makeRegistration({
      id: `r${index}`,
      eventId: `e${eventIndex}`,
      personId: `p${Math.floor(random.next() ** 2 * PEOPLE)}`,
      status,
      attendance,
    })
  })

  const demos: Demo[] = Array.from({ length: 4000 }, (_, index) =>
    makeDemo(`d${index}`, random.chance(0.75) ? 'presented' : 'declined', {
      eventId: `e${random.int(0, EVENTS - 1)}`,
      personId: `p${Math.floor(random.next() ** 2 * PEOPLE)}`,
    }),
  )

  const intros: Intro[] = Array.from({ length: 3000 }, (_, index) => {
    const at = NOW.getTime() - random.int(0, 3650) * DAY_MS
    return {
      id: `i${index}`,
      personIds: [`p${random.int(0, PEOPLE - 1)}`, `p${random.int(0, PEOPLE - 1)}`],
      eventId: null,
      byWhom: 'organizer',
      at: iso(at),
      sparkedAt: random.chance(0.3) ? iso(at + random.int(1, 60) * DAY_MS) : null,
      sparkNote: '',
    }
  })

  const checkIns: CheckIn[] = events.map((event, index) => ({
    eventId: event.id,
    energy: random.int(1, 5),
    hours: random.int(2, 30),
    word: 'fine',
    at: iso(NOW.getTime() - (EVENTS - index) * 7 * DAY_MS + 4 * DAY_MS),
  }))

  const followUps: FollowUp[] = events.flatMap((event, index) =>
    Array.from({ length: random.int(5, 12) }, (_, n) => ({
      id: `f${index}-${n}`,
      eventId: event.id,
      personId: `p${random.int(0, PEOPLE - 1)}`,
      channel: 'email',
      sentOn: random.chance(0.9) ? '2026-01-01' : null,
      answer: '',
      outcomes: [],
      answeredAt: null,
      createdAt: iso(NOW.getTime()),
    })),
  )

  const columns = DEFAULT_BOARD.columns.map((column) => ({ ...column, cardIds: [] as string[] }))
  const cards: BoardCard[] = Array.from({ length: 500 }, (_, index) => {
    const column = columns[index % columns.length]
    column?.cardIds.push(`c${index}`)
    return {
      id: `c${index}`,
      personId: `p${index}`,
      nextStep: '',
      dueDate: null,
      tags: [],
      createdAt: iso(NOW.getTime() - 30 * DAY_MS),
      history: [],
    }
  })

  return {
    settings: DEFAULT_SETTINGS,
    events,
    demos,
    people,
    merges: [],
    registrations,
    board: { columns, cards },
    intros,
    checkIns,
    followUps,
  }
}

/**
 * The least any metric over registrations can cost: look each registration's person up once. It
 * tells a slow or busy machine apart from slow metrics, as papaparse does for the import bench.
 */
function bareLookupPass(input: MetricsInput): number {
  const numberOf = new Map(input.people.map((person, index) => [person.id, index]))
  let total = 0
  for (const registration of input.registrations) total += numberOf.get(registration.personId) ?? 0
  return total
}

function medianOf(runs: number, work: () => unknown): number {
  const timings: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now()
    work()
    timings.push(performance.now() - start)
  }
  return timings.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN
}

function milliseconds(ms: number): string {
  return `${ms.toFixed(1)} ms`
}

export const metricsBench: BenchSuite = {
  name: 'metrics',
  description: `computeAllMetrics on ${EVENTS} events, ${PEOPLE.toLocaleString('en-US')} people, ${REGISTRATIONS.toLocaleString('en-US')} registrations`,
  run(): BenchFigure[] {
    const generationStart = performance.now()
    const input = biggestChapter()
    const generationMs = performance.now() - generationStart

    // The first call includes the JIT warming up: what opening the metrics screen costs.
    const firstStart = performance.now()
    const first = computeAllMetrics(input, NOW, 'last-12-months')
    const firstMs = performance.now() - firstStart

    // The metrics screen recomputes on every change it reads and every minute. Most recomputes
    // leave the registrations alone (a window switch, the clock, an event edit): those reuse the
    // pass over them. An import replaces them, and the next recompute reads them all again.
    const medianMs = medianOf(RUNS, () => computeAllMetrics(input, NOW, 'last-12-months'))
    const eventEditMs = medianOf(RUNS, () =>
      computeAllMetrics({ ...input, events: [...input.events] }, NOW, 'last-12-months'),
    )
    const newRegistrationsMs = medianOf(RUNS, () =>
      computeAllMetrics(
        { ...input, registrations: [...input.registrations] },
        NOW,
        'last-12-months',
      ),
    )
    const floorMs = medianOf(RUNS, () => bareLookupPass(input))

    const funnel = first.journeyFunnel.stages.map((stage) => stage.count).join(' / ')
    return [
      { label: 'generation', value: milliseconds(generationMs) },
      { label: 'computeAllMetrics, first call', value: milliseconds(firstMs) },
      { label: `computeAllMetrics, same data, median of ${RUNS}`, value: milliseconds(medianMs) },
      { label: 'goal', value: '< 100 ms' },
      { label: `  after an event edit (new events list)`, value: milliseconds(eventEditMs) },
      {
        label: `  after an import (new registrations list)`,
        value: milliseconds(newRegistrationsMs),
      },
      {
        label: `floor: one Map lookup per registration, median of ${RUNS}`,
        value: milliseconds(floorMs),
      },
      {
        label: 'ratio (after an import / floor)',
        value: `${(newRegistrationsMs / floorMs).toFixed(1)}×`,
      },
      {
        label: 'first-time → demo (12 months)',
        value: `${first.firstTimeDemoConversion.numerator} / ${first.firstTimeDemoConversion.denominator}`,
      },
      { label: 'funnel (awareness → advocacy)', value: funnel },
    ]
  },
}
