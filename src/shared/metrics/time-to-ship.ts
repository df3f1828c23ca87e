/** Time-to-ship (DESIGN.md §2): how long an event takes to line up its demos. */
import type { Event } from '../domain/schemas'
import { wasRecordedAfterRetroWindow } from '../retros/retro-deadline'
import { isInWindow, type MetricWindow } from './metric-window'
import { timedEvents, type TimedEvent } from './timed-events'

const DAY_MS = 86_400_000

export interface EventTimeToShip {
  eventId: string
  /**
   * Whole days from creation to the demo target first met; null while it never was, and for a
   * recorded-history event (see `timeToShip`).
   */
  days: number | null
}

export interface TimeToShip {
  /** Every event, in start order. */
  perEvent: EventTimeToShip[]
  /** Median of `days` over the window's events that met their target; null when none did. */
  median: number | null
  /** How many events the median is over. */
  count: number
}

/**
 * Time-to-ship of an event (DESIGN.md §2) = days from its creation to the day its demo target was
 * first met, counted as whole elapsed days (`floor((demoTargetMetAt − createdAt) / 24 h)`), so it
 * does not depend on the viewer's time zone.
 */
export function eventTimeToShip(
  event: Pick<Event, 'createdAt' | 'demoTargetMetAt'>,
): number | null {
  if (event.demoTargetMetAt === null) return null
  return Math.floor((Date.parse(event.demoTargetMetAt) - Date.parse(event.createdAt)) / DAY_MS)
}

/**
 * The program's time-to-ship (DESIGN.md §2) = the median over the window: of the events whose
 * start is in the window and whose target was met; an even count takes the mean of the middle two.
 * Excluded (the formula is unchanged): recorded-history events (`wasRecordedAfterRetroWindow`), a
 * past night entered after the fact. Its planning clock never ran in the app: its creation and the
 * demos entered with it are the day it was recorded, so its "0 days" would pull the median down.
 */
export function timeToShip(events: readonly Event[], window: MetricWindow): TimeToShip {
  return timeToShipFromIndex(timedEvents(events), window)
}

/** `timeToShip` over events already in start order with their instants. */
export function timeToShipFromIndex(
  events: readonly TimedEvent[],
  window: MetricWindow,
): TimeToShip {
  const perEvent = events.map(({ event, endsAt }) => ({
    eventId: event.id,
    days: wasRecordedAfterRetroWindow(event, endsAt) ? null : eventTimeToShip(event),
  }))
  const inWindow: number[] = []
  events.forEach(({ startsAt }, position) => {
    const days = perEvent[position]?.days ?? null
    if (days !== null && isInWindow(startsAt, window)) inWindow.push(days)
  })
  return { perEvent, median: median(inWindow), count: inWindow.length }
}

/** The middle value; for an even count, the mean of the middle two. Null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2
}
