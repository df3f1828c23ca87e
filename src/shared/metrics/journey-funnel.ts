/** The developer journey funnel (DESIGN.md §1.9): where people are, and where they get stuck. */
import type { Demo } from '../domain/demo-schemas'
import type { Intro } from '../domain/journal-schemas'
import type { Event, MergeRecord, Person, Registration } from '../domain/schemas'
import { attendanceIndex, hasEstimatedAttendance, type AttendanceIndex } from './attendance-index'
import { keepEveryPerson, resolverOverNumbers, type PersonResolver } from './person-resolver'
import { presentedEventsByPerson } from './presented-events'
import { ratio, type Ratio } from './ratio'

export const JOURNEY_STAGES = [
  'awareness',
  'onboarding',
  'adoption',
  'retention',
  'advocacy',
] as const
export type JourneyStage = (typeof JOURNEY_STAGES)[number]

/** "2+ within the last 90 days" counts events that started in these days before now. */
const RECENT_DAYS = 90
const DAY_MS = 86_400_000

export interface StageCount {
  stage: JourneyStage
  count: number
  personIds: string[]
}

export interface StageConversion {
  from: JourneyStage
  to: JourneyStage
  /** People at `to` or beyond / people at `from` or beyond. */
  conversion: Ratio
}

export interface JourneyFunnel {
  /** Every stage, Awareness first; each person is in exactly one. */
  stages: StageCount[]
  /** Between consecutive stages, Awareness → Onboarding first. */
  conversions: StageConversion[]
  /** The consecutive pair with the lowest conversion (the first on a tie); null when none has one. */
  largestDrop: StageConversion | null
  isEstimated: boolean
}

export interface FunnelInput {
  events: readonly Event[]
  registrations: readonly Registration[]
  demos: readonly Pick<Demo, 'eventId' | 'personId' | 'state'>[]
  intros: readonly Pick<Intro, 'personIds' | 'sparkedAt'>[]
  people: readonly Pick<Person, 'id'>[]
}

/**
 * Developer journey funnel (DESIGN.md §1.9): every person sits at one stage, the highest that
 * applies — Advocacy (presented a demo, or is one of the two people of an intro that sparked) >
 * Retention (attended 3+, or 2+ within the last 90 days) > Adoption (attended 2+) > Onboarding
 * (attended once) > Awareness (registered, never attended; people with no registration at all sit
 * here too). Only events that started by `now` count as attended, so being `going` to an upcoming
 * event is not attendance. Conversion k → k+1 = |at stage k+1 or beyond| / |at stage k or beyond|;
 * the largest drop is the pair with the lowest conversion.
 */
export function journeyFunnel(
  input: FunnelInput,
  now: Date,
  resolvePerson: PersonResolver = keepEveryPerson,
): JourneyFunnel {
  const index = attendanceIndex(input.events, input.registrations, input.people)
  const presented = presentedEventsByPerson(input.demos, index.positionById, resolvePerson)
  return journeyFunnelFromIndex(index, presented, input.intros, input.people, now, resolvePerson)
}

/**
 * `journeyFunnel` of a whole workspace: demos and intros naming a merged-away person count for the
 * survivor, and ones of a deleted person not at all, exactly as `computeAllMetrics` resolves them,
 * so a screen listing a stage's people shows the count the metrics screen shows.
 */
export function workspaceJourneyFunnel(
  input: FunnelInput & {
    merges: readonly Pick<MergeRecord, 'absorbed' | 'survivorBefore' | 'undoneAt'>[]
  },
  now: Date,
): JourneyFunnel {
  const index = attendanceIndex(input.events, input.registrations, input.people)
  const resolvePerson = resolverOverNumbers(index.numberOfPerson, input.people.length, input.merges)
  const presented = presentedEventsByPerson(input.demos, index.positionById, resolvePerson)
  return journeyFunnelFromIndex(index, presented, input.intros, input.people, now, resolvePerson)
}

/** Each person's stage, read off the funnel's stages (a person is in exactly one). */
export function journeyStageByPerson(funnel: JourneyFunnel): Map<string, JourneyStage> {
  const stageOfPerson = new Map<string, JourneyStage>()
  for (const { stage, personIds } of funnel.stages) {
    for (const personId of personIds) stageOfPerson.set(personId, stage)
  }
  return stageOfPerson
}

/** `journeyFunnel` over indexes built once (see `computeAllMetrics`). */
export function journeyFunnelFromIndex(
  index: AttendanceIndex,
  presentedByPerson: ReadonlyMap<string, readonly number[]>,
  intros: readonly Pick<Intro, 'personIds' | 'sparkedAt'>[],
  people: readonly Pick<Person, 'id'>[],
  now: Date,
  resolvePerson: PersonResolver = keepEveryPerson,
): JourneyFunnel {
  // Advocates in one set, so each person costs one lookup for it.
  const advocates = new Set<string>(presentedByPerson.keys())
  for (const intro of intros) {
    if (intro.sparkedAt === null) continue
    for (const personId of intro.personIds) {
      const current = resolvePerson(personId)
      if (current !== null) advocates.add(current)
    }
  }
  // Flags by person number: one typed-array read per person instead of a set lookup.
  const isAdvocate = new Uint8Array(index.personIds.length)
  for (const personId of advocates) {
    const person = index.numberOfPerson.get(personId)
    if (person !== undefined) isAdvocate[person] = 1
  }
  const nowMs = now.getTime()
  const recentFrom = nowMs - RECENT_DAYS * DAY_MS
  const startsAt = Float64Array.from(index.events, (entry) => entry.startsAt)
  const { attendedStart, attendedPositions } = index
  const personIds: string[][] = JOURNEY_STAGES.map(() => [])
  people.forEach(({ id }, order) => {
    // People the index numbered first share their number with their place in `people`.
    const person = index.personIds[order] === id ? order : index.numberOfPerson.get(id)
    let attended = 0
    let recent = 0
    // Read in place rather than through `attendedEventsOfNumber`: a view per person is 50,000
    // small allocations on the biggest chapter.
    const to = person === undefined ? 0 : (attendedStart[person + 1] ?? 0)
    for (let cursor = person === undefined ? 0 : (attendedStart[person] ?? 0); cursor < to;) {
      const start = startsAt[attendedPositions[cursor] ?? -1] ?? Number.POSITIVE_INFINITY
      // Positions ascend with start time: the rest are upcoming too.
      if (start > nowMs) break
      attended += 1
      if (start >= recentFrom) recent += 1
      cursor += 1
    }
    const isPersonAdvocate = person === undefined ? advocates.has(id) : isAdvocate[person] === 1
    personIds[stageOf(isPersonAdvocate, attended, recent)]?.push(id)
  })
  const isEstimated = hasEstimatedAttendance(index, nowMs)
  const stages = JOURNEY_STAGES.map((stage, position) => ({
    stage,
    count: personIds[position]?.length ?? 0,
    personIds: personIds[position] ?? [],
  }))
  const atOrBeyond = stages.map((_, position) =>
    stages.slice(position).reduce((sum, entry) => sum + entry.count, 0),
  )
  const conversions = JOURNEY_STAGES.slice(1).map((to, position) => ({
    from: JOURNEY_STAGES[position] ?? 'awareness',
    to,
    conversion: ratio(atOrBeyond[position + 1] ?? 0, atOrBeyond[position] ?? 0, isEstimated),
  }))
  let largestDrop: StageConversion | null = null
  for (const entry of conversions) {
    const value = entry.conversion.value
    if (value === null) continue
    if (largestDrop === null || value < (largestDrop.conversion.value ?? 1)) largestDrop = entry
  }
  return { stages, conversions, largestDrop, isEstimated }
}

/** The position in `JOURNEY_STAGES` of the highest stage that applies. */
function stageOf(isAdvocate: boolean, attended: number, recent: number): number {
  if (isAdvocate) return 4
  if (attended >= 3 || recent >= 2) return 3
  if (attended >= 2) return 2
  return attended === 1 ? 1 : 0
}
