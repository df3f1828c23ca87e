import { describe, expect, it } from 'vitest'
import { TEXT_LIMITS } from '../domain/limits'
import type { MergeSuggestion, Person, Registration } from '../domain/schemas'
import type { ImportedRow } from '../import/types'
import { applyImport, type ApplyImportInput } from './apply-import'
import {
  combinePeople,
  dismissSuggestion,
  mergePeople,
  openSuggestions,
  unmergePeople,
  type MergeState,
} from './merge'
import { importedRow as row, sequentialIds as counter } from '../testing/factories'

const T1 = new Date('2026-03-01T10:00:00.000Z')
const T2 = new Date('2026-03-02T10:00:00.000Z')
const T3 = new Date('2026-03-03T10:00:00.000Z')

function person(id: string, fields: Partial<Person>): Person {
  return {
    id,
    name: '',
    emails: [],
    platformIds: [],
    notes: '',
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  }
}

function registration(id: string, personId: string, eventId: string): Registration {
  return {
    id,
    eventId,
    personId,
    platform: 'luma',
    sourceKey: id,
    status: 'going',
    attendance: 'checked-in',
    ticketType: '',
    registeredAt: '',
    answers: {},
    importId: null,
  }
}

const tom = person('p-tom', {
  name: 'Tom Baker',
  emails: ['tom@example.com'],
  tags: ['speaker'],
  notes: 'Builds robots.',
  createdAt: '2025-06-01T00:00:00.000Z',
})
const tomB = person('p-tomb', {
  name: 'Tom B.',
  platformIds: [{ platform: 'meetup', id: 'user 999' }],
  tags: ['speaker', 'first-timer'],
  createdAt: '2026-02-01T00:00:00.000Z',
})
const other = person('p-other', { name: 'Zed', createdAt: '2026-02-15T00:00:00.000Z' })
const suggestion: MergeSuggestion = {
  id: 's1',
  personIds: ['p-tom', 'p-tomb'],
  evidence: ['Meetup name “Tom B.” abbreviates “Tom Baker”'],
  createdAt: '2026-02-01T00:00:00.000Z',
  status: 'open',
}

const STATE: MergeState = {
  people: [tom, tomB, other],
  registrations: [
    registration('r1', 'p-tom', 'e1'),
    registration('r2', 'p-tomb', 'e2'),
    registration('r3', 'p-other', 'e2'),
    registration('r4', 'p-tomb', 'e3'),
  ],
  mergeSuggestions: [suggestion],
  merges: [],
}

describe('combinePeople', () => {
  it.each([
    {
      name: 'unions identifiers and tags, joins notes, keeps the earlier creation',
      survivor: tom,
      absorbed: tomB,
      expected: {
        ...tom,
        platformIds: [{ platform: 'meetup', id: 'user 999' }],
        tags: ['speaker', 'first-timer'],
      },
    },
    {
      name: 'takes the full name when the survivor only had the abbreviation',
      survivor: tomB,
      absorbed: tom,
      expected: {
        ...tomB,
        name: 'Tom Baker',
        emails: ['tom@example.com'],
        notes: 'Builds robots.',
        createdAt: tom.createdAt,
      },
    },
    {
      name: 'writes identical notes once',
      survivor: person('a', { notes: 'Same.' }),
      absorbed: person('b', { notes: 'Same.' }),
      expected: person('a', { notes: 'Same.' }),
    },
    {
      name: 'keeps both notes, one paragraph each',
      survivor: person('a', { notes: 'One.' }),
      absorbed: person('b', { notes: 'Two.' }),
      expected: person('a', { notes: 'One.\n\nTwo.' }),
    },
  ])('$name', ({ survivor, absorbed, expected }) => {
    expect(combinePeople(survivor, absorbed)).toEqual(expected)
  })
})

describe('mergePeople', () => {
  it('merges two people, moves the registrations and records how to undo it', () => {
    const result = mergePeople(STATE, 'p-tom', 'p-tomb', { now: T1, newId: counter('m') })
    if (!result.ok) throw new Error(result.reason)
    expect(result.state.people).toEqual([
      {
        ...tom,
        platformIds: [{ platform: 'meetup', id: 'user 999' }],
        tags: ['speaker', 'first-timer'],
      },
      other,
    ])
    expect(result.state.registrations.map((entry) => [entry.id, entry.personId])).toEqual([
      ['r1', 'p-tom'],
      ['r2', 'p-tom'],
      ['r3', 'p-other'],
      ['r4', 'p-tom'],
    ])
    expect(result.state.mergeSuggestions).toEqual([{ ...suggestion, status: 'merged' }])
    expect(result.record).toEqual({
      id: 'm1',
      survivorBefore: tom,
      absorbed: tomB,
      movedRegistrationIds: ['r2', 'r4'],
      mergedAt: T1.toISOString(),
      undoneAt: null,
    })
    expect(result.state.merges).toEqual([result.record])
    expect(STATE.people).toEqual([tom, tomB, other])
  })

  it.each([
    { name: 'a person with themselves', survivor: 'p-tom', absorbed: 'p-tom' },
    { name: 'someone who no longer exists', survivor: 'p-tom', absorbed: 'p-gone' },
  ])('refuses to merge $name', ({ survivor, absorbed }) => {
    const result = mergePeople(STATE, survivor, absorbed, { now: T1, newId: counter('m') })
    expect(result.ok).toBe(false)
  })

  it('refuses a merge whose notes together would not fit, saying so, and changes nothing', () => {
    const half = 'n'.repeat(TEXT_LIMITS.personNotes / 2)
    const state: MergeState = {
      ...STATE,
      people: [{ ...tom, notes: half }, { ...tomB, notes: `${half}!` }, other],
    }
    const result = mergePeople(state, 'p-tom', 'p-tomb', { now: T1, newId: counter('m') })
    expect(result).toEqual({
      ok: false,
      reason:
        'Their notes together are longer than 20,000 characters: shorten one of them, then merge.',
    })
    const fits = { ...state, people: [{ ...tom, notes: 'met at #3' }, tomB, other] }
    expect(mergePeople(fits, 'p-tom', 'p-tomb', { now: T1, newId: counter('m') }).ok).toBe(true)
  })
})

describe('unmergePeople', () => {
  it.each([
    { name: 'the first into the second', survivor: 'p-tom', absorbed: 'p-tomb' },
    { name: 'the second into the first', survivor: 'p-tomb', absorbed: 'p-tom' },
    { name: 'the last into the first', survivor: 'p-tom', absorbed: 'p-other' },
  ])('restores exactly what merging $name changed', ({ survivor, absorbed }) => {
    const merged = mergePeople(STATE, survivor, absorbed, { now: T1, newId: counter('m') })
    if (!merged.ok) throw new Error(merged.reason)
    const unmerged = unmergePeople({ ...merged.state, imports: [] }, 'm1', T2)
    if (!unmerged.ok) throw new Error(unmerged.reason)
    expect(unmerged.state.people).toEqual(STATE.people)
    expect(unmerged.state.registrations).toEqual(STATE.registrations)
    expect(unmerged.state.mergeSuggestions).toEqual(STATE.mergeSuggestions)
    expect(unmerged.state.merges).toEqual([{ ...merged.record, undoneAt: T2.toISOString() }])
  })

  it('keeps what was added to the merged person after the merge', () => {
    const merged = mergePeople(STATE, 'p-tom', 'p-tomb', { now: T1, newId: counter('m') })
    if (!merged.ok) throw new Error(merged.reason)
    const edited = merged.state.people.map((entry) =>
      entry.id === 'p-tom'
        ? { ...entry, tags: [...entry.tags, 'mentor'], name: 'Tommy Baker' }
        : entry,
    )
    const unmerged = unmergePeople({ ...merged.state, people: edited, imports: [] }, 'm1', T2)
    if (!unmerged.ok) throw new Error(unmerged.reason)
    expect(unmerged.state.people).toEqual([
      { ...tom, name: 'Tommy Baker', tags: ['speaker', 'mentor'] },
      tomB,
      other,
    ])
  })

  it.each([
    { name: 'an unknown merge', id: 'nope', reason: 'This merge no longer exists.' },
    { name: 'a merge already undone', id: 'm1', reason: 'This merge was already undone.' },
  ])('refuses $name', ({ id, reason }) => {
    const merged = mergePeople(STATE, 'p-tom', 'p-tomb', { now: T1, newId: counter('m') })
    if (!merged.ok) throw new Error(merged.reason)
    const once = unmergePeople({ ...merged.state, imports: [] }, 'm1', T2)
    if (!once.ok) throw new Error(once.reason)
    expect(unmergePeople({ ...once.state, imports: [] }, id, T3)).toEqual({ ok: false, reason })
  })

  it('refuses while a later merge of the survivor is in effect', () => {
    const first = mergePeople(STATE, 'p-tom', 'p-tomb', { now: T1, newId: counter('m') })
    if (!first.ok) throw new Error(first.reason)
    const second = mergePeople(first.state, 'p-other', 'p-tom', { now: T2, newId: counter('n') })
    if (!second.ok) throw new Error(second.reason)
    expect(unmergePeople({ ...second.state, imports: [] }, 'm1', T3)).toEqual({
      ok: false,
      reason: 'Unmerge “Zed” and “Tom Baker” first: that merge came later.',
    })
  })
})

describe('merging across imports', () => {
  const importInto = (input: ApplyImportInput, rows: ImportedRow[], now: Date, prefix: string) =>
    applyImport(
      input,
      {
        eventId: 'e1',
        platform: 'luma',
        fileName: 'x.csv',
        rows,
        rowErrors: [],
        duplicatesCollapsed: 0,
      },
      { now, newId: counter(prefix) },
    )
  const empty: ApplyImportInput = {
    people: [],
    tombstones: [],
    mergeSuggestions: [],
    registrations: [],
    imports: [],
  }

  it('a plus-address stays a separate person until merged; then both e-mails find them', () => {
    const first = importInto(
      empty,
      [row(2, { name: 'Ana Silva', email: 'ana@example.com', sourceKey: 'g1' })],
      T1,
      'a',
    )
    const second = importInto(
      { ...first, tombstones: [] },
      [row(2, { name: 'Ana Silva', email: 'ana+events@example.com', sourceKey: 'g2' })],
      T1,
      'b',
    )
    expect(second.people.map((entry) => entry.emails)).toEqual([
      ['ana@example.com'],
      ['ana+events@example.com'],
    ])
    expect(second.report.suggestions.map((entry) => entry.personIds)).toEqual([['a2', 'b2']])

    const merged = mergePeople({ ...second, merges: [] }, 'a2', 'b2', {
      now: T2,
      newId: counter('m'),
    })
    if (!merged.ok) throw new Error(merged.reason)
    expect(merged.state.people).toEqual([
      { ...first.people[0], emails: ['ana@example.com', 'ana+events@example.com'] },
    ])

    const third = importInto(
      { ...second, ...merged.state, tombstones: [] },
      [
        row(2, { name: 'Ana Silva', email: 'ANA+events@example.com', sourceKey: 'g2' }),
        row(3, { name: 'Ana Silva', email: 'ana@example.com', sourceKey: 'g1' }),
      ],
      T3,
      'c',
    )
    expect(third.report).toMatchObject({
      peopleCreated: 0,
      peopleMatched: 1,
      registrationsAdded: 0,
      registrationsUpdated: 2,
      suggestions: [],
    })
    expect(third.people).toEqual(merged.state.people)
    expect(third.registrations.map((entry) => entry.personId)).toEqual(['a2', 'a2'])
  })
})

describe('unmerging after an import', () => {
  it('refuses while an import that changed the merged person can still be undone', () => {
    const merged = mergePeople(STATE, 'p-tom', 'p-tomb', { now: T1, newId: counter('m') })
    if (!merged.ok) throw new Error(merged.reason)
    const imported = applyImport(
      { ...merged.state, tombstones: [], imports: [] },
      {
        eventId: 'e9',
        platform: 'meetup',
        fileName: 'meetup-rsvps.csv',
        rows: [
          row(2, { name: 'Tom Baker', email: 'tb@work.example', platformPersonId: 'user 999' }),
        ],
        rowErrors: [],
        duplicatesCollapsed: 0,
      },
      { now: T2, newId: counter('i') },
    )
    expect(imported.people[0]?.emails).toEqual(['tom@example.com', 'tb@work.example'])
    expect(unmergePeople({ ...imported, merges: merged.state.merges }, 'm1', T3)).toEqual({
      ok: false,
      reason: 'Undo “meetup-rsvps.csv” first: it changed “Tom Baker” and “Tom B.” after the merge.',
    })
  })
})

describe('dismissSuggestion and openSuggestions', () => {
  it('dismisses an open suggestion and leaves others alone', () => {
    const second: MergeSuggestion = { ...suggestion, id: 's2', personIds: ['p-tom', 'p-other'] }
    expect(dismissSuggestion([suggestion, second], 's1')).toEqual([
      { ...suggestion, status: 'dismissed' },
      second,
    ])
  })

  it.each([
    { name: 'open with both people', people: [tom, tomB], open: ['s1'] },
    { name: 'one of them merged away', people: [tom], open: [] },
  ])('lists suggestions to review: $name', ({ people, open }) => {
    const dismissed: MergeSuggestion = { ...suggestion, id: 's0', status: 'dismissed' }
    expect(openSuggestions([dismissed, suggestion], people).map((entry) => entry.id)).toEqual(open)
  })
})
