/**
 * The series the metrics screen charts (DESIGN.md §2: "Trend = the series over events"): the
 * returning builder rate and the no-show rate per event, and the fatigue index per check-in, each
 * point with the counts or inputs it was computed from, so a chart can show them on hover.
 */
import type { Event } from '../domain/schemas'
import { FATIGUE_WARNING_ABOVE, type CheckInFatigue, type FatigueIndex } from './fatigue-index'
import { isInWindow, type MetricWindow } from './metric-window'
import type { EventNoShowRate } from './no-show-rate'
import type { ReturningBuilderRate } from './returning-builders'
import { timedEvents } from './timed-events'

interface TrendEvent {
  eventId: string
  title: string
  /** The event's venue-time start, `YYYY-MM-DDTHH:mm`. */
  start: string
}

export interface ReturningTrendPoint extends TrendEvent {
  attendees: number
  returning: number
  rate: number
  isEstimated: boolean
}

export interface NoShowTrendPoint extends TrendEvent {
  /** People with a `going` registration who did not check in. */
  noShows: number
  /** People with a `going` registration: checked in plus no-shows. */
  going: number
  rate: number
}

export interface FatigueTrendPoint extends TrendEvent, CheckInFatigue {
  isWarning: boolean
}

export interface MetricTrends {
  returning: ReturningTrendPoint[]
  noShow: NoShowTrendPoint[]
  fatigue: FatigueTrendPoint[]
}

/**
 * The three trends over `window`, oldest first. An event belongs to the window when it started in
 * it and had ended by `now`: a night still to come has no attendees, only people who said they
 * would come. Events with no rate (nobody attended; no check-in data for no-shows) are no point
 * rather than a zero, because 0 of 0 is no rate at all. A check-in belongs where its event does.
 */
export function metricTrends(
  input: {
    events: readonly Event[]
    returning: readonly ReturningBuilderRate[]
    noShowRates: readonly EventNoShowRate[]
    fatigue: FatigueIndex
    window: MetricWindow
  },
  now: Date,
): MetricTrends {
  const shown = new Map<string, TrendEvent>()
  for (const { event, startsAt, endsAt } of timedEvents(input.events)) {
    if (endsAt <= now.getTime() && isInWindow(startsAt, input.window)) {
      shown.set(event.id, { eventId: event.id, title: event.title, start: event.start })
    }
  }
  const returning: ReturningTrendPoint[] = []
  for (const rate of input.returning) {
    const event = shown.get(rate.eventId)
    if (event === undefined || rate.rate === null) continue
    returning.push({
      ...event,
      attendees: rate.attendees,
      returning: rate.returning,
      rate: rate.rate,
      isEstimated: rate.isEstimated,
    })
  }
  const noShow: NoShowTrendPoint[] = []
  for (const { eventId, rate } of input.noShowRates) {
    const event = shown.get(eventId)
    if (event === undefined || rate === null || rate.value === null) continue
    noShow.push({ ...event, noShows: rate.numerator, going: rate.denominator, rate: rate.value })
  }
  const fatigue: FatigueTrendPoint[] = []
  for (const checkIn of input.fatigue.perCheckIn) {
    const event = shown.get(checkIn.eventId)
    if (event === undefined) continue
    fatigue.push({ ...checkIn, ...event, isWarning: checkIn.score > FATIGUE_WARNING_ABOVE })
  }
  return { returning, noShow, fatigue }
}
