import { describe, expect, it } from 'vitest'
import type { Person } from '../domain/schemas'
import { orderPeople, type PeopleOrder } from './people-order'

function person(id: string, name: string, createdAt: string): Person {
  return { id, name, emails: [], platformIds: [], notes: '', tags: [], createdAt }
}

const people = [
  person('p1', 'zoë Adler', '2026-01-01T00:00:00.000Z'),
  person('p2', 'Émile Zola', '2026-03-01T00:00:00.000Z'),
  person('p3', '', '2026-04-01T00:00:00.000Z'),
  person('p4', 'Anna 10', '2026-02-01T00:00:00.000Z'),
  person('p5', 'Anna 9', '2026-02-01T00:00:00.000Z'),
  person('p6', 'emile zola', '2026-01-15T00:00:00.000Z'),
]
const attended: Record<string, number> = { p1: 3, p2: 1, p3: 5, p4: 1, p5: 0, p6: 3 }

describe('orderPeople', () => {
  it.each<{ order: PeopleOrder; ids: string[] }>([
    { order: 'name', ids: ['p5', 'p4', 'p2', 'p6', 'p1', 'p3'] },
    { order: 'attended', ids: ['p3', 'p6', 'p1', 'p4', 'p2', 'p5'] },
    { order: 'recent', ids: ['p3', 'p2', 'p5', 'p4', 'p6', 'p1'] },
  ])('$order', ({ order, ids }) => {
    const ordered = orderPeople(people, order, (entry) => attended[entry.id] ?? 0, 'en')
    expect(ordered.map((entry) => entry.id)).toEqual(ids)
  })

  it('leaves the given list as it was', () => {
    const before = people.map((entry) => entry.id)
    orderPeople(people, 'name', () => 0, 'en')
    expect(people.map((entry) => entry.id)).toEqual(before)
  })
})
