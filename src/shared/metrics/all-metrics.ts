/**
 * Every metric of DESIGN.md §2 and the journey funnel (§1.9) in one call, for the metrics screen and
 * the monthly review. The indexes the metrics share (attendance per event, each person's attended
 * and presented events) are built once, so the biggest chapter is read in one pass.
 */
import type { WorkspaceSnapshot } from '../schema/workspace'
import { forwardMovesSince, isCycleBelowTarget, type CycleStatus } from '../pipeline/forward-moves'
import type { Board } from '../domain/board-schemas'
import { attendanceIndex } from './attendance-index'
import { collaborationSparks, type CollaborationSparks } from './collaboration-sparks'
import { fatigueIndexFromIndex, type FatigueIndex } from './fatigue-index'
import { firstTimeDemoConversionFromIndex } from './first-time-demo-conversion'
import { followUpsCompletedFromIndex, type FollowUpsCompleted } from './follow-ups-completed'
import { journeyFunnelFromIndex, type JourneyFunnel } from './journey-funnel'
import { metricWindowFromIndex, type MetricWindow, type MetricWindowKind } from './metric-window'
import { noShowRatesFromIndex, type EventNoShowRate } from './no-show-rate'
import { resolverOverNumbers } from './person-resolver'
import { pipelineCounts, type ColumnCount } from './pipeline-counts'
import { presentedEventsByPerson } from './presented-events'
import { type Ratio } from './ratio'
import { repeatSpeakerRateFromIndex } from './repeat-speaker-rate'
import { timeToShipFromIndex, type TimeToShip } from './time-to-ship'
import { lastEndedOf, type TimedEvent } from './timed-events'

/** The parts of the workspace the metrics read. */
export type MetricsInput = Pick<
  WorkspaceSnapshot,
  | 'settings'
  | 'events'
  | 'demos'
  | 'people'
  | 'merges'
  | 'registrations'
  | 'board'
  | 'intros'
  | 'checkIns'
  | 'followUps'
>

export interface AllMetrics {
  windowKind: MetricWindowKind
  window: MetricWindow
  firstTimeDemoConversion: Ratio
  repeatSpeakerRate: Ratio
  collaborationSparks: CollaborationSparks
  timeToShip: TimeToShip
  fatigueIndex: FatigueIndex
  pipelineCounts: ColumnCount[]
  /** Forward moves in the current cycle against the 3–5 cadence (DESIGN.md §2, §1.4). */
  forwardMoves: CycleStatus
  followUpsCompleted: FollowUpsCompleted
  noShowRates: EventNoShowRate[]
  journeyFunnel: JourneyFunnel
}

/** All metrics over `windowKind` at `now`; windowless metrics (repeat speakers, funnel) are all-time. */
export function computeAllMetrics(
  input: MetricsInput,
  now: Date,
  windowKind: MetricWindowKind,
): AllMetrics {
  const index = attendanceIndex(input.events, input.registrations, input.people)
  const window = metricWindowFromIndex(windowKind, index.events, now)
  const resolvePerson = resolverOverNumbers(index.numberOfPerson, input.people.length, input.merges)
  const presented = presentedEventsByPerson(input.demos, index.positionById, resolvePerson)
  return {
    windowKind,
    window,
    firstTimeDemoConversion: firstTimeDemoConversionFromIndex(index, presented, window),
    repeatSpeakerRate: repeatSpeakerRateFromIndex(presented),
    collaborationSparks: collaborationSparks(input.intros, window),
    timeToShip: timeToShipFromIndex(index.events, window),
    fatigueIndex: fatigueIndexFromIndex(index.events, input.checkIns),
    pipelineCounts: pipelineCounts(input.board),
    forwardMoves: cycleFromIndex(index.events, input.board, now),
    followUpsCompleted: followUpsCompletedFromIndex(
      index.events,
      input.followUps,
      input.settings.followUpMinimum,
      window,
      now,
    ),
    noShowRates: noShowRatesFromIndex(index),
    journeyFunnel: journeyFunnelFromIndex(
      index,
      presented,
      input.intros,
      input.people,
      now,
      resolvePerson,
    ),
  }
}

/** `currentCycle` on events already converted, sparing 520 venue-time conversions per call. */
function cycleFromIndex(events: readonly TimedEvent[], board: Board, now: Date): CycleStatus {
  const since = lastEndedOf(events, now)
  const forwardMoves = forwardMovesSince(board, since === null ? null : new Date(since.endsAt))
  return {
    since: since?.event ?? null,
    forwardMoves,
    isBelowTarget: isCycleBelowTarget(since, forwardMoves),
  }
}
