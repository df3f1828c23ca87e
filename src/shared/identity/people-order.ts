/** The orders the people list offers: by name, regulars first, or newest first. */
import type { Person } from '../domain/schemas'

export const PEOPLE_ORDERS = ['name', 'attended', 'recent'] as const
export type PeopleOrder = (typeof PEOPLE_ORDERS)[number]

/**
 * People in the list's order: `name` alphabetically in the reader's locale (ignoring case and
 * accents, numbers by value), `attended` by events attended, most first, and `recent` by when they
 * were first known, newest first. Ties go by name; people without a name come last.
 * `attendedCount` is only called for the `attended` order, once per person.
 */
export function orderPeople(
  people: readonly Person[],
  order: PeopleOrder,
  attendedCount: (person: Person) => number,
  locale?: string,
): Person[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
  const byName = (a: Person, b: Person): number => {
    const aName = a.name.trim()
    const bName = b.name.trim()
    if (aName === '' || bName === '') return Number(aName === '') - Number(bName === '')
    return collator.compare(aName, bName) || a.id.localeCompare(b.id)
  }
  if (order === 'name') return [...people].sort(byName)
  // Keys are computed once per person, not once per comparison.
  const keyed = people.map((person) => ({
    person,
    key: order === 'attended' ? attendedCount(person) : Date.parse(person.createdAt),
  }))
  return keyed
    .sort((a, b) => b.key - a.key || byName(a.person, b.person))
    .map(({ person }) => person)
}
