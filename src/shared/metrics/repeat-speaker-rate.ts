/** Repeat speaker rate (DESIGN.md §2): do presenters come back to present again? */
import type { Demo } from '../domain/demo-schemas'
import type { Event } from '../domain/schemas'
import { keepEveryPerson, type PersonResolver } from './person-resolver'
import { presentedEventsByPerson } from './presented-events'
import { ratio, type Ratio } from './ratio'

/**
 * Repeat speaker rate (DESIGN.md §2) = |people who presented at 2+ distinct events| / |people who
 * presented at 1+|. "Presented" = a demo in state `presented`; two demos at one event are one
 * event. Never estimated: it does not depend on attendance.
 */
export function repeatSpeakerRate(
  events: readonly Pick<Event, 'id'>[],
  demos: readonly Pick<Demo, 'eventId' | 'personId' | 'state'>[],
  resolvePerson: PersonResolver = keepEveryPerson,
): Ratio {
  const positionById = new Map(events.map((event, position) => [event.id, position]))
  return repeatSpeakerRateFromIndex(presentedEventsByPerson(demos, positionById, resolvePerson))
}

/** `repeatSpeakerRate` over the presented events per person, built once. */
export function repeatSpeakerRateFromIndex(
  presentedByPerson: ReadonlyMap<string, readonly number[]>,
): Ratio {
  let repeat = 0
  for (const positions of presentedByPerson.values()) if (positions.length >= 2) repeat += 1
  return ratio(repeat, presentedByPerson.size, false)
}
