/**
 * The person a stored id stands for now. A merge repoints registrations at the survivor but leaves
 * board cards, demos, follow-ups, intros and retro picks naming the absorbed id; reading them
 * through this lookup shows the survivor instead of "deleted person", and an unmerge needs no
 * rewrite of any of them to show the absorbed person again.
 */
import { personResolver } from '../metrics/person-resolver'
import type { MergeRecord, Person } from '../domain/schemas'

export type PersonLookup = (personId: string) => Person | undefined

export function currentPersonLookup(
  people: readonly Person[],
  merges: readonly Pick<MergeRecord, 'absorbed' | 'survivorBefore' | 'undoneAt'>[],
): PersonLookup {
  const byId = new Map(people.map((person) => [person.id, person]))
  const resolve = personResolver(people, merges)
  return (personId) => {
    const direct = byId.get(personId)
    if (direct) return direct
    const current = resolve(personId)
    return current === null ? undefined : byId.get(current)
  }
}
