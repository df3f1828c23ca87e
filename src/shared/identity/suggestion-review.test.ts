import { describe, expect, it } from 'vitest'
import type { MergeRecord, MergeSuggestion, Person, Registration } from '../domain/schemas'
import { makeEvent, makePerson, makeRegistration } from '../testing/factories'
import { summaryContext } from './people-queries'
import { registrationsByPerson } from './person-history'
import {
  activeMergesInto,
  mergedInto,
  mergePreview,
  suggestionGroups,
  suggestionPairs,
} from './suggestion-review'

const person = (id: string, fields: Partial<Person> = {}): Person => makePerson(id, fields)

function suggestion(
  id: string,
  personIds: [string, string],
  status: MergeSuggestion['status'] = 'open',
): MergeSuggestion {
  return { id, personIds, evidence: ['same name'], createdAt: '2026-01-01T00:00:00.000Z', status }
}

function merge(id: string, survivorId: string, absorbedId: string, fields: Partial<MergeRecord>) {
  return {
    id,
    survivorBefore: person(survivorId),
    absorbed: person(absorbedId),
    movedRegistrationIds: [],
    mergedAt: '2026-03-01T10:00:00.000Z',
    undoneAt: null,
    ...fields,
  } satisfies MergeRecord
}

const people = [person('a'), person('b'), person('c'), person('d')]

describe('suggestionPairs', () => {
  const suggestions = [
    suggestion('s1', ['a', 'b']),
    suggestion('s2', ['c', 'd'], 'dismissed'),
    suggestion('s3', ['a', 'gone']),
    suggestion('s4', ['c', 'a']),
  ]

  it.each([
    { name: 'every open pair whose people both exist', personId: undefined, ids: ['s1', 's4'] },
    { name: 'only pairs naming the person', personId: 'b', ids: ['s1'] },
    { name: 'either side of the pair', personId: 'a', ids: ['s1', 's4'] },
    { name: 'nothing for someone without suggestions', personId: 'd', ids: [] },
  ])('$name', ({ personId, ids }) => {
    expect(
      suggestionPairs(suggestions, people, personId).map((pair) => pair.suggestion.id),
    ).toEqual(ids)
  })

  it('looks both people up, in the suggestion’s order', () => {
    const [pair] = suggestionPairs([suggestion('s4', ['c', 'a'])], people)
    expect([pair?.first.id, pair?.second.id]).toEqual(['c', 'a'])
  })
})

describe('mergePreview', () => {
  const events = [
    makeEvent({ id: 'e1', start: '2026-01-15T18:30', end: '2026-01-15T21:00' }),
    makeEvent({ id: 'e2', start: '2026-02-12T18:30', end: '2026-02-12T21:00' }),
  ]
  const registrations: Registration[] = [
    makeRegistration({ id: 'r1', eventId: 'e2', personId: 'tom' }),
    makeRegistration({ id: 'r2', eventId: 'e1', personId: 'tomb', platform: 'meetup' }),
    makeRegistration({ id: 'r3', eventId: 'e2', personId: 'tomb', platform: 'meetup' }),
  ]
  const tom = person('tom', { name: 'Tom Baker', emails: ['tom@example.com'] })
  const tomB = person('tomb', { name: 'Tom B.', platformIds: [{ platform: 'meetup', id: '9' }] })

  it('shows the survivor’s id with the better name, both identities and all events once', () => {
    const preview = mergePreview(
      tomB,
      tom,
      registrationsByPerson(registrations),
      summaryContext(registrations, events, new Date('2026-03-01T12:00:00Z')),
    )
    expect(preview.person).toMatchObject({
      id: 'tomb',
      name: 'Tom Baker',
      emails: ['tom@example.com'],
      platformIds: [{ platform: 'meetup', id: '9' }],
    })
    expect(preview.summary.attended.map((entry) => entry.eventId)).toEqual(['e1', 'e2'])
    expect(preview.summary.firstAttended?.eventId).toBe('e1')
  })
})

describe('suggestionGroups', () => {
  const many = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => person(id))

  it.each([
    { name: 'nothing to group', pairs: [], groups: [] },
    { name: 'one pair, one group', pairs: [['a', 'b']], groups: [['a', 'b']] },
    {
      name: 'pairs sharing a person are one group',
      pairs: [
        ['a', 'b'],
        ['c', 'd'],
        ['b', 'c'],
      ],
      groups: [['a', 'b', 'c', 'd']],
    },
    {
      name: 'separate pairs stay apart, in the order of their first suggestion',
      pairs: [
        ['e', 'f'],
        ['a', 'b'],
        ['f', 'c'],
      ],
      groups: [
        ['e', 'f', 'c'],
        ['a', 'b'],
      ],
    },
  ] as { name: string; pairs: [string, string][]; groups: string[][] }[])(
    '$name',
    ({ pairs, groups }) => {
      const open = pairs.map((ids, index) => suggestion(`s${index}`, ids))
      const grouped = suggestionGroups(suggestionPairs(open, many))
      expect(grouped.map((group) => group.people.map((each) => each.id))).toEqual(groups)
      expect(grouped.flatMap((group) => group.pairs)).toHaveLength(pairs.length)
    },
  )
})

describe('activeMergesInto', () => {
  it('lists merges in effect into the person, latest first', () => {
    const merges = [
      merge('m1', 'a', 'x', { mergedAt: '2026-03-01T10:00:00.000Z' }),
      merge('m2', 'a', 'y', { mergedAt: '2026-03-02T10:00:00.000Z' }),
      merge('m3', 'a', 'z', { undoneAt: '2026-03-03T10:00:00.000Z' }),
      merge('m4', 'b', 'w', {}),
    ]
    expect(activeMergesInto(merges, 'a').map((record) => record.id)).toEqual(['m2', 'm1'])
  })
})

describe('mergedInto', () => {
  it.each([
    { name: 'the survivor of a merge in effect', merges: [merge('m1', 'a', 'x', {})], id: 'a' },
    {
      name: 'the end of a chain of merges',
      merges: [merge('m1', 'q', 'x', {}), merge('m2', 'b', 'q', {})],
      id: 'b',
    },
    {
      name: 'nobody once the merge was undone',
      merges: [merge('m1', 'a', 'x', { undoneAt: '2026-03-03T10:00:00.000Z' })],
      id: null,
    },
    {
      name: 'nobody when the survivor was deleted',
      merges: [merge('m1', 'gone', 'x', {})],
      id: null,
    },
    { name: 'nobody for someone never merged', merges: [], id: null },
  ])('$name', ({ merges, id }) => {
    expect(mergedInto(merges, people, 'x')?.id ?? null).toBe(id)
  })
})
