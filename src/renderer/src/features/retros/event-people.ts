/** The people of one event, for the retro's pickers: who attended (or was going), by name. */
import type { Person, Registration } from '../../../../shared/domain/schemas'
import { attendanceOf, eventsWithCheckInData } from '../../../../shared/identity/people-queries'

export function peopleOfEvent(
  eventId: string,
  registrations: readonly Registration[],
  people: readonly Person[],
): Person[] {
  const checkIns = eventsWithCheckInData(registrations)
  const ids = new Set(
    registrations
      .filter((registration) => registration.eventId === eventId)
      .filter((registration) => attendanceOf(registration, checkIns).isAttended)
      .map((registration) => registration.personId),
  )
  return people.filter((person) => ids.has(person.id)).sort((a, b) => a.name.localeCompare(b.name))
}
