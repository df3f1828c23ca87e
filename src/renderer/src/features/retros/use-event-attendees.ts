import { useMemo } from 'react'
import type { Person } from '../../../../shared/domain/schemas'
import { useAppStore } from '../../app/store-context'
import { peopleOfEvent } from './event-people'
import { selectPeople, selectRegistrations } from './retro-selectors'

/** Who came to the event, by name: the choices of the retro's pickers. */
export function useEventAttendees(eventId: string): Person[] {
  const people = useAppStore(selectPeople)
  const registrations = useAppStore(selectRegistrations)
  return useMemo(
    () => peopleOfEvent(eventId, registrations, people),
    [eventId, registrations, people],
  )
}
