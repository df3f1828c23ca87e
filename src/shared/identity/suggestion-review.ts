/**
 * What the organizer sees when reviewing possible duplicates and past merges (DESIGN.md §1.3:
 * uncertain matches are offered for review with the evidence, never merged silently; every merge
 * can be undone).
 */
import type { MergeRecord, MergeSuggestion, Person, Registration } from '../domain/schemas'
import { combinePeople, openSuggestions } from './merge'
import { personSummary, type PersonSummary, type SummaryContext } from './people-queries'

export interface SuggestionPair {
  suggestion: MergeSuggestion
  first: Person
  second: Person
}

/**
 * Open suggestions with both people looked up, in the order they were made; with `personId`, only
 * those naming that person.
 */
export function suggestionPairs(
  suggestions: readonly MergeSuggestion[],
  people: readonly Person[],
  personId?: string,
): SuggestionPair[] {
  const relevant =
    personId === undefined
      ? suggestions
      : suggestions.filter((suggestion) => suggestion.personIds.includes(personId))
  if (relevant.length === 0) return []
  const byId = new Map(people.map((person) => [person.id, person]))
  return openSuggestions(relevant, people).flatMap((suggestion) => {
    const first = byId.get(suggestion.personIds[0])
    const second = byId.get(suggestion.personIds[1])
    return first && second ? [{ suggestion, first, second }] : []
  })
}

export interface SuggestionGroup {
  /** Everyone the group's suggestions name, in the order they first appear. */
  people: Person[]
  pairs: SuggestionPair[]
}

/**
 * Open suggestions gathered into groups of people linked by them (A–B and B–C are one group of
 * three), in the order of each group's first suggestion: a name many people share is reviewed as
 * one group, not as a list of pairs scattered among the others.
 */
export function suggestionGroups(pairs: readonly SuggestionPair[]): SuggestionGroup[] {
  // Union-find over person ids, with path halving: linear in the pairs for any shape of group.
  const parent = new Map<string, string>()
  const root = (id: string): string => {
    let current = id
    for (;;) {
      const up = parent.get(current) ?? current
      if (up === current) return current
      const grandparent = parent.get(up) ?? up
      parent.set(current, grandparent)
      current = grandparent
    }
  }
  for (const { first, second } of pairs) {
    const a = root(first.id)
    const b = root(second.id)
    if (a !== b) parent.set(b, a)
  }
  const groups = new Map<string, SuggestionGroup & { seen: Set<string> }>()
  for (const pair of pairs) {
    const key = root(pair.first.id)
    let group = groups.get(key)
    if (group === undefined) {
      group = { people: [], pairs: [], seen: new Set() }
      groups.set(key, group)
    }
    group.pairs.push(pair)
    for (const person of [pair.first, pair.second]) {
      if (group.seen.has(person.id)) continue
      group.seen.add(person.id)
      group.people.push(person)
    }
  }
  return [...groups.values()].map(({ people, pairs: groupPairs }) => ({
    people,
    pairs: groupPairs,
  }))
}

export interface MergePreview {
  /** The person the merge would leave: the survivor's id, both records' e-mails and ids. */
  person: Person
  summary: PersonSummary
}

/**
 * The one person a merge would make, with what they attended across both records, so the organizer
 * sees the result before deciding. Uses the same `combinePeople` the merge itself uses.
 */
export function mergePreview(
  survivor: Person,
  absorbed: Person,
  byPerson: ReadonlyMap<string, readonly Registration[]>,
  context: SummaryContext,
): MergePreview {
  const person = combinePeople(survivor, absorbed)
  const registrations = [
    ...(byPerson.get(survivor.id) ?? []),
    ...(byPerson.get(absorbed.id) ?? []).map((registration) => ({
      ...registration,
      personId: survivor.id,
    })),
  ]
  return { person, summary: personSummary(person, registrations, context) }
}

/** Merges into this person that are still in effect, latest first: each can be taken back. */
export function activeMergesInto(merges: readonly MergeRecord[], personId: string): MergeRecord[] {
  return merges
    .filter((record) => record.undoneAt === null && record.survivorBefore.id === personId)
    .sort((a, b) => Date.parse(b.mergedAt) - Date.parse(a.mergedAt))
}

/**
 * Who a person merged away now lives on as, following merges in effect (A into B, then B into C
 * → C); null when the person was never merged, or the chain ends at someone since deleted.
 */
export function mergedInto(
  merges: readonly MergeRecord[],
  people: readonly Person[],
  personId: string,
): Person | null {
  const absorbedInto = new Map(
    merges
      .filter((record) => record.undoneAt === null)
      .map((record) => [record.absorbed.id, record.survivorBefore.id]),
  )
  const seen = new Set<string>([personId])
  let current = absorbedInto.get(personId)
  while (current !== undefined && !seen.has(current)) {
    seen.add(current)
    const next = absorbedInto.get(current)
    if (next === undefined) break
    current = next
  }
  if (current === undefined) return null
  return people.find((person) => person.id === current) ?? null
}
