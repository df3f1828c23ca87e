/** The 48-hour retro's clock (DESIGN.md §1.5): due 48 hours after the event ends; late after. */
import type { Retro } from '../domain/journal-schemas'
import type { Event } from '../domain/schemas'
import { eventEnd } from '../events/event-time'

export const RETRO_HOURS = 48
const HOUR_MS = 3_600_000

export type RetroStatus =
  | { kind: 'not-yet'; opensAt: Date }
  | { kind: 'due'; deadline: Date; msLeft: number }
  | { kind: 'late'; deadline: Date; msLate: number }
  | { kind: 'done'; deadline: Date; completedAt: Date; wasLate: boolean }
  | { kind: 'optional'; deadline: Date }

export function retroDeadline(event: Pick<Event, 'end' | 'timeZone'>): Date {
  return new Date(eventEnd(event).getTime() + RETRO_HOURS * HOUR_MS)
}

/**
 * Whether the event is *recorded history*: entered after its retro window had closed (a past night
 * recorded from an old export). Nobody could have run it in the app — no 48-hour retro, no
 * follow-up round, no planning clock — so no retro is due, the gates that hang on the last night's
 * retro and follow-ups do not apply to it, and the diagnostic and the metrics that judge how a
 * night was run (follow-ups completed, time-to-ship) leave it out. The one definition: every rule
 * about recorded history asks this. `endsAt` (epoch ms) spares the venue-time conversion when the
 * caller already has the event's end.
 */
export function wasRecordedAfterRetroWindow(
  event: Pick<Event, 'end' | 'timeZone' | 'createdAt'>,
  endsAt: number = eventEnd(event).getTime(),
): boolean {
  return Date.parse(event.createdAt) > endsAt + RETRO_HOURS * HOUR_MS
}

/** Where an event's retro stands at `now`: not open before the event ends, then due, late or done. */
export function retroStatus(event: Event, retro: Retro | undefined, now: Date): RetroStatus {
  const end = eventEnd(event)
  const deadline = retroDeadline(event)
  const isOptional = wasRecordedAfterRetroWindow(event, end.getTime())
  if (retro?.completedAt) {
    const completedAt = new Date(retro.completedAt)
    // An optional retro had no deadline to miss: written whenever, it is simply done.
    return { kind: 'done', deadline, completedAt, wasLate: !isOptional && completedAt > deadline }
  }
  if (isOptional) return { kind: 'optional', deadline }
  if (now < end) return { kind: 'not-yet', opensAt: end }
  if (now <= deadline) return { kind: 'due', deadline, msLeft: deadline.getTime() - now.getTime() }
  return { kind: 'late', deadline, msLate: now.getTime() - deadline.getTime() }
}

/** "31 h 20 min left", "2 days late": the countdown in words. */
export function describeRetroStatus(status: RetroStatus): string {
  switch (status.kind) {
    case 'not-yet':
      return 'Opens when the event ends'
    case 'due':
      return `${hoursAndMinutes(status.msLeft)} left`
    case 'late':
      return `Late by ${lateBy(status.msLate)}`
    case 'done':
      return status.wasLate ? 'Done (late)' : 'Done'
    case 'optional':
      return 'Optional: recorded after the night'
  }
}

function hoursAndMinutes(ms: number): string {
  const minutes = Math.floor(ms / 60_000)
  const hours = Math.floor(minutes / 60)
  return hours === 0 ? `${minutes % 60} min` : `${hours} h ${minutes % 60} min`
}

function lateBy(ms: number): string {
  const hours = Math.floor(ms / HOUR_MS)
  if (hours < 24) return `${Math.max(hours, 1)} h`
  const days = Math.floor(hours / 24)
  return `${days} day${days === 1 ? '' : 's'}`
}
