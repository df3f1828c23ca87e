/** Event times are stored as venue wall-clock strings plus an IANA zone; these turn them into instants. */
import { TZDate } from '@date-fns/tz'
import type { Event } from '../domain/schemas'

/** The instant a venue wall-clock time (`YYYY-MM-DDTHH:mm`) denotes in `timeZone`. */
export function wallClockToInstant(local: string, timeZone: string): Date {
  const [datePart = '', timePart = ''] = local.split('T')
  const [year = 0, month = 1, day = 1] = datePart.split('-').map(Number)
  const [hours = 0, minutes = 0] = timePart.split(':').map(Number)
  return new Date(new TZDate(year, month - 1, day, hours, minutes, timeZone).getTime())
}

/** The venue wall-clock time (`YYYY-MM-DDTHH:mm`) of an instant in `timeZone`. */
export function instantToWallClock(instant: Date, timeZone: string): string {
  const zoned = new TZDate(instant.getTime(), timeZone)
  const pad = (value: number): string => String(value).padStart(2, '0')
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}T${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`
}

/** When the event starts, as an instant. */
export function eventStart(event: Pick<Event, 'start' | 'timeZone'>): Date {
  return wallClockToInstant(event.start, event.timeZone)
}

/** When the event ends, as an instant. */
export function eventEnd(event: Pick<Event, 'end' | 'timeZone'>): Date {
  return wallClockToInstant(event.end, event.timeZone)
}

/** Events ordered by start time, earliest first (DESIGN.md §2: "Events are ordered by start time"). */
export function sortByStart<E extends Pick<Event, 'start' | 'timeZone' | 'id'>>(
  events: readonly E[],
): E[] {
  return events
    .map((event) => ({ event, at: eventStart(event).getTime() }))
    .sort((a, b) => a.at - b.at || a.event.id.localeCompare(b.event.id))
    .map(({ event }) => event)
}

/**
 * Splits events into upcoming (not yet ended, soonest first) and past (ended, most recent first),
 * which is how an organizer scans them.
 */
export function partitionByTime<E extends Pick<Event, 'start' | 'end' | 'timeZone' | 'id'>>(
  events: readonly E[],
  now: Date,
): { upcoming: E[]; past: E[] } {
  const sorted = sortByStart(events)
  const upcoming = sorted.filter((event) => eventEnd(event).getTime() >= now.getTime())
  const past = sorted.filter((event) => eventEnd(event).getTime() < now.getTime()).reverse()
  return { upcoming, past }
}

/**
 * A wall-clock time `hours` later on the clock face (`2026-12-31T22:30` + 3 → `2027-01-01T01:30`).
 * Clock arithmetic, not instant arithmetic: the form suggests an end time as the venue's clock
 * reads it, whatever daylight-saving change happens in between.
 */
export function addHoursToWallClock(local: string, hours: number): string {
  const date = new Date(`${local}:00Z`)
  date.setUTCHours(date.getUTCHours() + hours)
  return date.toISOString().slice(0, 16)
}

/** A wall-clock time `minutes` later on the clock face; see `addHoursToWallClock`. */
export function addMinutesToWallClock(local: string, minutes: number): string {
  const date = new Date(`${local}:00Z`)
  date.setUTCMinutes(date.getUTCMinutes() + minutes)
  return date.toISOString().slice(0, 16)
}
