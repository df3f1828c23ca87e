/** How event times read on screen and in exports: in the venue's time zone, in the person's locale. */
import type { Event } from '../domain/schemas'
import { eventEnd, eventStart } from './event-time'

/** "Thu, 26 Nov 2026 · 18:30–21:30" (venue time); a multi-day event shows both dates. */
export function formatEventWhen(
  event: Pick<Event, 'start' | 'end' | 'timeZone'>,
  locale?: string,
): string {
  const date = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: event.timeZone,
  })
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: event.timeZone,
  })
  const start = eventStart(event)
  const end = eventEnd(event)
  const sameDay = event.start.slice(0, 10) === event.end.slice(0, 10)
  return sameDay
    ? `${date.format(start)} · ${time.format(start)}–${time.format(end)}`
    : `${date.format(start)} ${time.format(start)} – ${date.format(end)} ${time.format(end)}`
}

/** "in 3 days", "2 weeks ago": a relative hint next to the date. */
export function formatRelative(target: Date, now: Date, locale?: string): string {
  const seconds = (target.getTime() - now.getTime()) / 1000
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 86400],
    ['month', 30 * 86400],
    ['week', 7 * 86400],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ]
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit)
  }
  return format.format(0, 'minute')
}
