/** Small builders shared by the metric tests: events on a day, registrations as rows, demos. */
import type { Demo } from '../domain/demo-schemas'
import type { Event, Registration } from '../domain/schemas'
import { makeDemo, makeEvent, makeRegistration } from '../testing/factories'

/** An event on `day` (`YYYY-MM-DD`), 18:00–21:00 UTC; override any field. */
export function eventOn(id: string, day: string, overrides: Partial<Event> = {}): Event {
  return makeEvent({
    id,
    start: `${day}T18:00`,
    end: `${day}T21:00`,
    timeZone: 'UTC',
    ...overrides,
  })
}

export type RegistrationRow = [
  personId: string,
  eventId: string,
  status: Registration['status'],
  attendance: Registration['attendance'],
]

/** Registrations from rows, ids `r0`, `r1`, … in row order. */
export function registrationsOf(rows: readonly RegistrationRow[]): Registration[] {
  return rows.map(([personId, eventId, status, attendance], index) =>
    makeRegistration({ id: `r${index}`, eventId, personId, status, attendance }),
  )
}

/** A row for someone who checked in at `eventId`. */
export function checkedIn(personId: string, eventId: string): RegistrationRow {
  return [personId, eventId, 'going', 'checked-in']
}

/** A demo `personId` gave at `eventId`, in `state` (presented unless told). */
export function demoBy(
  personId: string,
  eventId: string,
  state: Demo['state'] = 'presented',
): Demo {
  return makeDemo(`${personId}-${eventId}-${state}`, state, { personId, eventId })
}
