/** Organizer fatigue index (DESIGN.md §1.7, §2): 0–100, higher = more tired. */
import type { CheckIn } from '../domain/journal-schemas'
import type { Event, GateOverride } from '../domain/schemas'
import { timedEvents, type TimedEvent } from './timed-events'

/** The program figure warns above this. */
export const FATIGUE_WARNING_ABOVE = 60
/** The program figure is the mean of this many latest check-ins. */
const LATEST_CHECK_INS = 3

export interface CheckInFatigue {
  eventId: string
  /** The check-in's own time, to tell two check-ins of one event apart. */
  at: string
  energy: number
  hours: number
  /** Gate overrides recorded in the cycle that ended with this check-in's event. */
  overridesInCycle: number
  /** Those overrides, oldest first, each with the event it was recorded on: what fed the score. */
  overrides: CycleOverride[]
  score: number
}

/** A gate override with the event it was recorded on. */
export interface CycleOverride extends GateOverride {
  eventId: string
}

export interface FatigueIndex {
  /** Check-ins of known events, ordered by their event's start, then by `at`. */
  perCheckIn: CheckInFatigue[]
  /** Mean score of the last 3 check-ins (fewer when fewer exist); null with none. */
  value: number | null
  /** How many check-ins `value` is the mean of. */
  basedOn: number
  isWarning: boolean
}

/**
 * The fatigue score of one check-in (DESIGN.md §2):
 * `50·(5−energy)/4 + 30·min(hours/20, 1) + 20·min(overrides in that cycle / 3, 1)`.
 */
export function fatigueScore(energy: number, hours: number, overridesInCycle: number): number {
  return (
    (50 * (5 - energy)) / 4 + 30 * Math.min(hours / 20, 1) + 20 * Math.min(overridesInCycle / 3, 1)
  )
}

/**
 * Organizer fatigue index (DESIGN.md §2), per event check-in:
 * `50·(5−energy)/4 + 30·min(hours/20, 1) + 20·min(overrides in that cycle / 3, 1)`; the program's
 * figure is the mean of the last 3 check-ins, with a warning above 60. "That cycle" = the gate
 * overrides of any event recorded after the previous event (by start) ended, up to and including
 * the end of the check-in's event: overrides are what the organizer pushed past to get this event
 * out, whichever event they were recorded on. Check-ins of unknown events are left out.
 */
export function fatigueIndex(
  events: readonly Event[],
  checkIns: readonly Pick<CheckIn, 'eventId' | 'energy' | 'hours' | 'at'>[],
): FatigueIndex {
  return fatigueIndexFromIndex(timedEvents(events), checkIns)
}

/** `fatigueIndex` over events already in start order with their instants. */
export function fatigueIndexFromIndex(
  events: readonly TimedEvent[],
  checkIns: readonly Pick<CheckIn, 'eventId' | 'energy' | 'hours' | 'at'>[],
): FatigueIndex {
  const overrides = events
    .flatMap(({ event }) =>
      event.gateOverrides.map((override) => ({
        time: Date.parse(override.at),
        override: { ...override, eventId: event.id },
      })),
    )
    .sort((a, b) => a.time - b.time)
  const overrideTimes = overrides.map((entry) => entry.time)
  const cycleById = new Map(
    events.map(({ event, endsAt }, position) => [
      event.id,
      { position, from: events[position - 1]?.endsAt ?? Number.NEGATIVE_INFINITY, to: endsAt },
    ]),
  )
  const scored: (CheckInFatigue & { position: number })[] = []
  for (const checkIn of checkIns) {
    const cycle = cycleById.get(checkIn.eventId)
    if (cycle === undefined) continue
    const first = countAtOrBefore(overrideTimes, cycle.from)
    const overridesInCycle = countAtOrBefore(overrideTimes, cycle.to) - first
    scored.push({
      eventId: checkIn.eventId,
      at: checkIn.at,
      energy: checkIn.energy,
      hours: checkIn.hours,
      overridesInCycle,
      overrides: overrides.slice(first, first + overridesInCycle).map((entry) => entry.override),
      score: fatigueScore(checkIn.energy, checkIn.hours, overridesInCycle),
      position: cycle.position,
    })
  }
  const perCheckIn = scored
    .sort((a, b) => a.position - b.position || Date.parse(a.at) - Date.parse(b.at))
    .map(({ position: _position, ...entry }) => entry)
  const latest = perCheckIn.slice(-LATEST_CHECK_INS)
  const value =
    latest.length === 0 ? null : latest.reduce((sum, entry) => sum + entry.score, 0) / latest.length
  return {
    perCheckIn,
    value,
    basedOn: latest.length,
    isWarning: value !== null && value > FATIGUE_WARNING_ABOVE,
  }
}

/** How many of the ascending `sorted` are ≤ `limit` (binary search: overrides can be many). */
function countAtOrBefore(sorted: readonly number[], limit: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] ?? Number.POSITIVE_INFINITY) <= limit) low = middle + 1
    else high = middle
  }
  return low
}
