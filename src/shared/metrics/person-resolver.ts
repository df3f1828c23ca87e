/**
 * Which current person a stored person id stands for. A merge repoints registrations at the
 * survivor but leaves demos and intros naming the absorbed id, and deleting a person removes their
 * registrations but not the demos they gave; metrics resolve those ids so a merged person counts
 * once and a deleted one not at all.
 */
import type { MergeRecord, Person } from '../domain/schemas'

/** The current person an id stands for, or null when that person was deleted. */
export type PersonResolver = (personId: string) => string | null

/** Takes every id at face value: for callers whose data has no merges or deletions to follow. */
export const keepEveryPerson: PersonResolver = (personId) => personId

/** Resolves absorbed ids to their survivor (through chains of merges) and unknown ids to null. */
export function personResolver(
  people: readonly Pick<Person, 'id'>[],
  merges: readonly Pick<MergeRecord, 'absorbed' | 'survivorBefore' | 'undoneAt'>[],
): PersonResolver {
  const current = new Set(people.map((person) => person.id))
  return resolverFor((personId) => current.has(personId), merges)
}

/**
 * `personResolver` with "is a current person" answered by the caller, who may know it from an
 * index already built, so the whole people list need not be copied into a set again.
 */
export function resolverFor(
  isCurrent: (personId: string) => boolean,
  merges: readonly Pick<MergeRecord, 'absorbed' | 'survivorBefore' | 'undoneAt'>[],
): PersonResolver {
  const survivorOf = new Map<string, string>()
  for (const merge of merges) {
    if (merge.undoneAt === null) survivorOf.set(merge.absorbed.id, merge.survivorBefore.id)
  }
  return (personId) => {
    let id = personId
    // Bounded by the number of merges, so a malformed cycle cannot loop forever.
    for (let step = 0; step <= survivorOf.size && !isCurrent(id); step += 1) {
      const next = survivorOf.get(id)
      if (next === undefined) return null
      id = next
    }
    return isCurrent(id) ? id : null
  }
}

/**
 * `personResolver` for a caller holding the attendance index, which numbered the people first: a
 * current person is one whose number is below the number of people.
 */
export function resolverOverNumbers(
  numberOfPerson: ReadonlyMap<string, number>,
  peopleCount: number,
  merges: readonly Pick<MergeRecord, 'absorbed' | 'survivorBefore' | 'undoneAt'>[],
): PersonResolver {
  return resolverFor(
    (personId) => (numberOfPerson.get(personId) ?? peopleCount) < peopleCount,
    merges,
  )
}
