/** The periods a metric can be read over, as instants. */
import type { Event } from '../domain/schemas'
import { lastEndedOf, timedEvents, type TimedEvent } from './timed-events'

export const METRIC_WINDOWS = ['last-event', 'last-3-months', 'last-12-months', 'all-time'] as const
export type MetricWindowKind = (typeof METRIC_WINDOWS)[number]

/** Both ends included; `from` null means no lower bound. */
export interface MetricWindow {
  from: Date | null
  to: Date
}

/**
 * The window `kind` denotes at `now`. 'last-event' runs from the start of the event that ended
 * most recently to now; before any event has ended it is the empty instant `[now, now]`, so that
 * "the last event" never silently widens to all time.
 */
export function metricWindow(
  kind: MetricWindowKind,
  events: readonly Event[],
  now: Date,
): MetricWindow {
  return metricWindowFromIndex(kind, timedEvents(events), now)
}

/** `metricWindow` over events already converted to instants. */
export function metricWindowFromIndex(
  kind: MetricWindowKind,
  events: readonly TimedEvent[],
  now: Date,
): MetricWindow {
  switch (kind) {
    case 'last-event': {
      const last = lastEndedOf(events, now)
      return { from: last === null ? now : new Date(last.startsAt), to: now }
    }
    case 'last-3-months':
      return { from: monthsBefore(now, 3), to: now }
    case 'last-12-months':
      return { from: monthsBefore(now, 12), to: now }
    case 'all-time':
      return { from: null, to: now }
  }
}

/** Whether an instant (epoch milliseconds) falls in the window, both ends included. */
export function isInWindow(instant: number, window: MetricWindow): boolean {
  return (
    (window.from === null || instant >= window.from.getTime()) && instant <= window.to.getTime()
  )
}

/**
 * The same time of day `months` calendar months earlier in UTC, clamped to the month's last day
 * (31 May − 3 months = 28/29 February), so a window never spills into the month after.
 */
export function monthsBefore(now: Date, months: number): Date {
  const firstOfTarget = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1, 0, 0, 0, 0),
  )
  const daysInTarget = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate()
  return new Date(
    Date.UTC(
      firstOfTarget.getUTCFullYear(),
      firstOfTarget.getUTCMonth(),
      Math.min(now.getUTCDate(), daysInTarget),
      now.getUTCHours(),
      now.getUTCMinutes(),
      now.getUTCSeconds(),
      now.getUTCMilliseconds(),
    ),
  )
}
