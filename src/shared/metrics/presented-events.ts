/** Who presented where: the base of first-time → demo conversion, repeat speakers and Advocacy. */
import type { Demo } from '../domain/demo-schemas'
import { keepEveryPerson, type PersonResolver } from './person-resolver'

/**
 * Per current person, the start-order positions of the distinct events where they presented a demo
 * (state `presented`), ascending. Demos of events no longer in the workspace, and of deleted
 * people, are left out; demos of a merged-away person count for the survivor.
 */
export function presentedEventsByPerson(
  demos: readonly Pick<Demo, 'eventId' | 'personId' | 'state'>[],
  positionById: ReadonlyMap<string, number>,
  resolvePerson: PersonResolver = keepEveryPerson,
): Map<string, number[]> {
  const byPerson = new Map<string, Set<number>>()
  for (const demo of demos) {
    if (demo.state !== 'presented') continue
    const position = positionById.get(demo.eventId)
    const personId = resolvePerson(demo.personId)
    if (position === undefined || personId === null) continue
    const positions = byPerson.get(personId) ?? new Set<number>()
    positions.add(position)
    byPerson.set(personId, positions)
  }
  return new Map(
    [...byPerson].map(([personId, positions]) => [personId, [...positions].sort((a, b) => a - b)]),
  )
}
