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
 * Whether the event was entered after its retro window had closed (a past night recorded from an
 * old export). Nobody could have held a 48-hour retro in the app for it, so no retro is due and
 * the gates that hang on the last night's retro and follow-ups do not apply to it.
 */
export function wasRecordedAfterRetroWindow(event: Pick<Event, 'end' | 'timeZone' | 'createdAt'>) {
  return Date.parse(event.createdAt) > retroDeadline(event).getTime()
}

/** Where an event's retro stands at `now`: not open before the event ends, then due, late or done. */
export function retroStatus(event: Event, retro: Retro | undefined, now: Date): RetroStatus {
  const end = eventEnd(event)
  const deadline = retroDeadline(event)
  if (retro?.completedAt) {
    const completedAt = new Date(retro.completedAt)
    return { kind: 'done', deadline, completedAt, wasLate: completedAt > deadline }
  }
  if (wasRecordedAfterRetroWindow(event)) return { kind: 'optional', deadline }
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
