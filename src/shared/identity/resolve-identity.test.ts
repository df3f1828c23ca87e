import { describe, expect, it, vi } from 'vitest'
import type { MergeSuggestion, Person, Registration, Tombstone } from '../domain/schemas'
import type { ImportedRow } from '../import/types'
import { emailHash } from './delete-person'
import {
  foldText,
  isBetterName,
  MAX_SUGGESTIONS_PER_ROW,
  nameShape,
  pairKey,
  resolveIdentity,
  type IdentityState,
  type RowResolution,
} from './resolve-identity'
import { guessColumnMapping } from '../import/column-mapping'
import { detectPlatform } from '../import/detect-platform'
import { mapRows } from '../import/map-rows'
import { parseTable } from '../import/parse'
import { importedRow as row, sequentialIds as counter } from '../testing/factories'
import { realisticRoster } from '../testing/realistic-roster'
import { suggestionGroups, suggestionPairs } from './suggestion-review'

const NOW = new Date('2026-03-01T10:00:00.000Z')
const CREATED = '2026-01-01T00:00:00.000Z'

function person(id: string, name: string, emails: string[] = [], meetupId = ''): Person {
  return {
    id,
    name,
    emails,
    platformIds: meetupId === '' ? [] : [{ platform: 'meetup', id: meetupId }],
    notes: '',
    tags: [],
    createdAt: CREATED,
  }
}

function registration(id: string, personId: string, fields: Partial<Registration>): Registration {
  return {
    id,
    eventId: 'e1',
    personId,
    platform: 'luma',
    sourceKey: '',
    status: 'going',
    attendance: 'unknown',
    ticketType: '',
    registeredAt: '',
    answers: {},
    importId: null,
    ...fields,
  }
}

function state(
  people: Person[],
  extra: {
    tombstones?: Tombstone[]
    mergeSuggestions?: MergeSuggestion[]
    registrations?: Registration[]
  } = {},
): IdentityState {
  return {
    people,
    tombstones: extra.tombstones ?? [],
    mergeSuggestions: extra.mergeSuggestions ?? [],
    registrations: extra.registrations ?? [],
  }
}

const ana = person('p-ana', 'Ana Silva', ['ana@example.com', 'ana.silva@work.example'])
// Five people named Maria Garcia, each with her own address.
const marias = ['gmail.com', 'outlook.com', 'yahoo.com', 'gmx.de', 'proton.me'].map(
  (domain, index) => person(`p-m${index + 1}`, 'Maria Garcia', [`maria.garcia@${domain}`]),
)
const tom = person('p-tom', 'Tom Baker', ['tom@example.com'])
const meetupMember = person('p-lee', 'Lee Wong', [], 'user 12345678')

describe('nameShape', () => {
  it.each([
    ['Tom B.', { key: 'tom b', initialKey: 'tom b', isAbbreviated: true }],
    ['Tom B', { key: 'tom b', initialKey: 'tom b', isAbbreviated: true }],
    ['Tom Baker', { key: 'tom baker', initialKey: 'tom b', isAbbreviated: false }],
    ['  José   Álvarez ', { key: 'jose alvarez', initialKey: 'jose a', isAbbreviated: false }],
    ['Ana', { key: 'ana', initialKey: null, isAbbreviated: false }],
    ['山田\u3000太郎', { key: '山田 太郎', initialKey: '山田 太', isAbbreviated: false }],
    ['', { key: '', initialKey: null, isAbbreviated: false }],
  ])('%j', (name, expected) => {
    expect(nameShape(name)).toEqual(expected)
  })
})

describe('foldText', () => {
  it.each([
    ['Jose\u0301', 'josé'.normalize('NFKD').replace(/\p{M}/gu, '')],
    ['ŁUKASZ Straße', 'lukasz strasse'],
    ['Ｔｏｍ', 'tom'],
    ['Zoë  Ørsted', 'zoe orsted'],
  ])('%j → %j', (text, expected) => {
    expect(foldText(text)).toBe(expected)
  })
})

describe('isBetterName', () => {
  it.each([
    ['Tom B.', 'Tom Baker', true],
    ['Tom Baker', 'Tom B.', false],
    ['', 'Tom B.', true],
    ['Tom Baker', '', false],
    ['Tom B.', 'Tom Brown', true],
    ['Tom B.', 'Tim Baker', false],
    ['Thomas Baker', 'Tom Baker', false],
  ])('%j replaced by %j: %s', (current, candidate, expected) => {
    expect(isBetterName(current, candidate)).toBe(expected)
  })
})

describe('resolveIdentity', () => {
  interface Case {
    name: string
    state: IdentityState
    platform?: 'luma' | 'meetup'
    rows: ImportedRow[]
    resolutions: RowResolution[]
    evidence?: string[][]
  }
  const cases: Case[] = [
    {
      name: 'an e-mail differing in case and surrounding spaces matches',
      state: state([ana]),
      rows: [row(2, { name: 'Ana Silva', email: '  ANA@Example.com ' })],
      resolutions: [{ kind: 'matched', line: 2, personId: 'p-ana', matchedBy: 'email' }],
    },
    {
      name: 'an extra e-mail the person is known under matches',
      state: state([ana]),
      rows: [row(2, { name: 'A. Silva', email: 'ana.silva@work.example' })],
      resolutions: [{ kind: 'matched', line: 2, personId: 'p-ana', matchedBy: 'email' }],
    },
    {
      name: 'plus-addressing is a different e-mail: a new person and a suggestion',
      state: state([ana]),
      rows: [row(2, { name: 'Ana Silva', email: 'ana+meetups@example.com' })],
      resolutions: [{ kind: 'created', line: 2, personId: 'new1' }],
      evidence: [
        ['same name “Ana Silva”', 'different e-mails: ana@example.com and ana+meetups@example.com'],
      ],
    },
    {
      name: 'a Meetup user id matches a member without any e-mail',
      state: state([meetupMember]),
      platform: 'meetup',
      rows: [row(3, { name: 'Lee W.', platformPersonId: 'user 12345678' })],
      resolutions: [{ kind: 'matched', line: 3, personId: 'p-lee', matchedBy: 'platform-id' }],
    },
    {
      name: 'the same Meetup id on another platform is not the same account',
      state: state([meetupMember]),
      platform: 'luma',
      rows: [row(3, { name: 'Someone', platformPersonId: 'user 12345678' })],
      resolutions: [{ kind: 'created', line: 3, personId: 'new1' }],
    },
    {
      name: '“Tom B.” on Meetup, seen at an earlier night, is a new person, suggested with evidence',
      state: state([tom], {
        registrations: [
          registration('r-tom', 'p-tom', { eventId: 'e0', attendance: 'checked-in' }),
        ],
      }),
      platform: 'meetup',
      rows: [row(4, { name: 'Tom B.', platformPersonId: 'user 999' })],
      resolutions: [{ kind: 'created', line: 4, personId: 'new1' }],
      evidence: [['Meetup name “Tom B.” abbreviates “Tom Baker”', 'no e-mail on the Meetup row']],
    },
    {
      name: '“Tom B.” on the Meetup list of the night Tom Baker is on in Luma is him, matched by name',
      state: state([tom], {
        registrations: [registration('r-tom', 'p-tom', { attendance: 'checked-in' })],
      }),
      platform: 'meetup',
      rows: [row(4, { name: 'Tom B.', platformPersonId: 'user 999' })],
      resolutions: [
        {
          kind: 'matched',
          line: 4,
          personId: 'p-tom',
          matchedBy: 'night-name',
          night: {
            rowName: 'Tom B.',
            rowEmail: '',
            platformPersonId: 'user 999',
            nameBefore: null,
            learnedEmail: '',
            learnedPlatformId: 'user 999',
            evidence: [
              'Meetup name “Tom B.” abbreviates “Tom Baker” on the Luma list for Demo Night #12',
              'the only match on either list',
              'no e-mail on the Meetup row',
            ],
          },
        },
      ],
      evidence: [],
    },
    {
      name: 'two “Tom B.” on the Meetup list of that night are never linked: both go to review',
      state: state([tom], {
        registrations: [registration('r-tom', 'p-tom', { attendance: 'checked-in' })],
      }),
      platform: 'meetup',
      rows: [
        row(4, { name: 'Tom B.', platformPersonId: 'user 999' }),
        row(5, { name: 'Tom B', platformPersonId: 'user 998' }),
      ],
      resolutions: [
        { kind: 'created', line: 4, personId: 'new1' },
        { kind: 'created', line: 5, personId: 'new3' },
      ],
    },
    {
      name: 'two different people sharing a name stay separate, with a suggestion',
      state: state([ana], {
        registrations: [registration('r-ana', 'p-ana', { sourceKey: 'gst-1' })],
      }),
      rows: [row(5, { name: 'ana  silva', email: 'asilva@other.example', sourceKey: 'gst-2' })],
      resolutions: [{ kind: 'created', line: 5, personId: 'new1' }],
      evidence: [
        [
          'same name “ana silva”',
          'different e-mails: ana@example.com and asilva@other.example',
          'both on the Luma list for Demo Night #12, as separate registrations',
        ],
      ],
    },
    {
      name: 'a full name on the row and an abbreviated person on record',
      state: state([person('p-tb', 'Tom B.', [], 'user 999')]),
      rows: [row(2, { name: 'Tom Baker', email: 'tom@example.com' })],
      resolutions: [{ kind: 'created', line: 2, personId: 'new1' }],
      evidence: [['“Tom B.” abbreviates Luma name “Tom Baker”', 'no e-mail known for “Tom B.”']],
    },
    {
      name: 'a pair already suggested (even dismissed) is not suggested again',
      state: state([ana], {
        mergeSuggestions: [
          {
            id: 's-old',
            personIds: ['new1', 'p-ana'],
            evidence: [],
            createdAt: CREATED,
            status: 'dismissed',
          },
        ],
      }),
      rows: [row(2, { name: 'Ana Silva', email: 'other@example.com' })],
      resolutions: [{ kind: 'created', line: 2, personId: 'new1' }],
      evidence: [],
    },
    {
      name: 'a row of a deleted person is skipped with the reason',
      state: state([], {
        tombstones: [{ hash: emailHash('gone@example.com'), deletedAt: CREATED }],
      }),
      rows: [row(7, { name: 'Gone', email: 'Gone@Example.com' })],
      resolutions: [{ kind: 'skipped', line: 7, reason: "deleted at the person's request" }],
    },
    {
      name: 'a later row with the same e-mail joins the person an earlier row created',
      state: state([]),
      rows: [
        row(2, { name: 'Kim Lee', email: 'kim@example.com', sourceKey: 'A-1' }),
        row(3, { name: 'Kim Lee', email: 'kim@example.com', sourceKey: 'A-2' }),
      ],
      resolutions: [
        { kind: 'created', line: 2, personId: 'new1' },
        { kind: 'matched', line: 3, personId: 'new1', matchedBy: 'email' },
      ],
      evidence: [],
    },
    {
      name: 'a row without e-mail or id is the person its key already belongs to',
      state: state([person('p-door', 'Door Guest')], {
        registrations: [registration('r-door', 'p-door', { sourceKey: 'ORD-9' })],
      }),
      rows: [row(2, { name: 'Door Guest', sourceKey: 'ORD-9' })],
      resolutions: [
        { kind: 'matched', line: 2, personId: 'p-door', matchedBy: 'same-registration' },
      ],
    },
    {
      name: 'name-only rows on a keyless list claim their old registrations once each',
      state: state([person('p-j1', 'John Smith'), person('p-j2', 'John Smith')], {
        registrations: [registration('r-1', 'p-j1', {}), registration('r-2', 'p-j2', {})],
        mergeSuggestions: [
          {
            id: 's-js',
            personIds: ['p-j1', 'p-j2'],
            evidence: [],
            createdAt: CREATED,
            status: 'open',
          },
        ],
      }),
      rows: [
        row(2, { name: 'John Smith' }),
        row(3, { name: 'John Smith' }),
        row(4, { name: 'John Smith' }),
      ],
      resolutions: [
        { kind: 'matched', line: 2, personId: 'p-j1', matchedBy: 'same-registration' },
        { kind: 'matched', line: 3, personId: 'p-j2', matchedBy: 'same-registration' },
        { kind: 'created', line: 4, personId: 'new1' },
      ],
      evidence: [
        [
          'same name “John Smith”',
          'no e-mail on the Luma row',
          'both on the Luma list for Demo Night #12, as separate registrations',
        ],
        [
          'same name “John Smith”',
          'no e-mail on the Luma row',
          'both on the Luma list for Demo Night #12, as separate registrations',
        ],
      ],
    },
    {
      name: 'the same phone number under another address and spelling is suggested',
      state: state([person('p-jo', 'Jo Kim', ['jo@example.com'])], {
        registrations: [
          registration('r-jo', 'p-jo', {
            eventId: 'e0',
            answers: { phone_number: '+49 151 2345678' },
          }),
        ],
      }),
      rows: [
        row(2, {
          name: 'Joanna Kim',
          email: 'joanna.kim@work.example',
          answers: { Phone: '0151 2345678' },
        }),
      ],
      resolutions: [{ kind: 'created', line: 2, personId: 'new1' }],
      evidence: [
        [
          'names “Jo Kim” and “Joanna Kim”',
          'same phone number 0151 2345678',
          'different e-mails: jo@example.com and joanna.kim@work.example',
        ],
      ],
    },
    {
      name: 'one mailbox name at another domain, under names sharing a word, is suggested',
      state: state([person('p-kate', 'Kate Moss', ['kmoss77@gmail.com'])]),
      rows: [row(2, { name: 'Katherine Moss', email: 'kmoss77@acme.io' })],
      resolutions: [{ kind: 'created', line: 2, personId: 'new1' }],
      evidence: [
        [
          'names “Kate Moss” and “Katherine Moss”',
          'same mailbox name “kmoss77”: kmoss77@gmail.com and kmoss77@acme.io',
        ],
      ],
    },
    {
      name: 'a name five people hold is no evidence beside a different e-mail',
      state: state(marias),
      rows: [row(2, { name: 'Maria Garcia', email: 'mg@other.example' })],
      resolutions: [{ kind: 'created', line: 2, personId: 'new1' }],
      evidence: [],
    },
    {
      name: 'nor is a mailbox name five people use at other domains',
      state: state(marias),
      rows: [row(2, { name: 'Maria Garcia', email: 'maria.garcia@acme.io' })],
      resolutions: [{ kind: 'created', line: 2, personId: 'new1' }],
      evidence: [],
    },
    {
      name: 'but the same mailbox with a +tag is, however common the name',
      state: state(marias),
      rows: [row(2, { name: 'Maria Garcia', email: 'maria.garcia+meetup@gmx.de' })],
      resolutions: [{ kind: 'created', line: 2, personId: 'new1' }],
      evidence: [
        [
          'same name “Maria Garcia”',
          'different e-mails: maria.garcia@gmx.de and maria.garcia+meetup@gmx.de',
        ],
      ],
    },
    {
      name: 'a row without e-mail whose name many hold is offered beside its first few holders',
      state: state(marias),
      rows: [row(2, { name: 'Maria Garcia' })],
      resolutions: [{ kind: 'created', line: 2, personId: 'new1' }],
      evidence: [1, 2, 3].map(() => ['same name “Maria Garcia”', 'no e-mail on the Luma row']),
    },
  ]

  it.each(cases)('$name', (testCase) => {
    const newId = counter('new')
    const result = resolveIdentity(
      testCase.state,
      {
        eventId: 'e1',
        eventTitle: 'Demo Night #12',
        platform: testCase.platform ?? 'luma',
        rows: testCase.rows,
      },
      { now: NOW, newId },
    )
    expect(result.resolutions).toEqual(testCase.resolutions)
    if (testCase.evidence !== undefined) {
      expect(result.suggestions.map((suggestion) => suggestion.evidence)).toEqual(testCase.evidence)
    }
  })

  it('creates the new person from the row and links the suggestion to both', () => {
    const result = resolveIdentity(
      state([ana]),
      {
        eventId: 'e1',
        eventTitle: 'Demo Night #12',
        platform: 'luma',
        rows: [row(2, { name: 'Ana  Silva', email: 'ana+meetups@example.com' })],
      },
      { now: NOW, newId: counter('id') },
    )
    expect(result.createdPeople).toEqual([
      {
        id: 'id1',
        name: 'Ana Silva',
        emails: ['ana+meetups@example.com'],
        platformIds: [],
        notes: '',
        tags: [],
        createdAt: NOW.toISOString(),
      },
    ])
    expect(result.suggestions).toEqual([
      {
        id: 'id2',
        personIds: ['p-ana', 'id1'],
        evidence: [
          'same name “Ana Silva”',
          'different e-mails: ana@example.com and ana+meetups@example.com',
        ],
        createdAt: NOW.toISOString(),
        status: 'open',
      },
    ])
    expect(result.changedPeople).toEqual([])
  })

  it('teaches a matched person a new e-mail and the full form of their name', () => {
    const abbreviated = person('p-tb', 'Tom B.', [], 'user 999')
    const input = state([abbreviated])
    const result = resolveIdentity(
      input,
      {
        eventId: 'e1',
        eventTitle: 'Demo Night #12',
        platform: 'meetup',
        rows: [
          row(2, { name: 'Tom Baker', email: 'tom@example.com', platformPersonId: 'user 999' }),
        ],
      },
      { now: NOW, newId: counter('id') },
    )
    expect(result.changedPeople).toEqual([
      { ...abbreviated, name: 'Tom Baker', emails: ['tom@example.com'] },
    ])
    expect(result.previousPeople).toEqual([abbreviated])
    expect(input.people[0]).toBe(abbreviated)
    expect(abbreviated.name).toBe('Tom B.')
  })

  it('never gives one e-mail to two people', () => {
    const result = resolveIdentity(
      state([ana, meetupMember]),
      {
        eventId: 'e1',
        eventTitle: 'Demo Night #12',
        platform: 'meetup',
        rows: [
          row(2, { name: 'Lee Wong', email: 'ana@example.com', platformPersonId: 'user 12345678' }),
        ],
      },
      { now: NOW, newId: counter('id') },
    )
    expect(result.resolutions).toEqual([
      { kind: 'matched', line: 2, personId: 'p-ana', matchedBy: 'email' },
    ])
    expect(result.changedPeople).toEqual([])
  })

  it('resolves 1,000 rows against 50,000 people: half matched, half new', () => {
    const people: Person[] = []
    for (let index = 0; index < 50_000; index += 1) {
      people.push(
        person(`p${index}`, `Person${index % 20_000} Family${index}`, [`p${index}@example.com`]),
      )
    }
    const rows: ImportedRow[] = []
    for (let index = 0; index < 1_000; index += 1) {
      rows.push(
        index % 2 === 0
          ? row(index + 2, {
              name: `Person${index} Family${index}`,
              email: `P${index}@example.com`,
            })
          : row(index + 2, { name: `Person${index} F.`, email: `fresh${index}@example.com` }),
      )
    }
    const result = resolveIdentity(
      state(people),
      { eventId: 'e1', eventTitle: 'Demo Night #12', platform: 'luma', rows },
      { now: NOW, newId: counter('id') },
    )
    expect(result.resolutions.filter((resolution) => resolution.kind === 'matched')).toHaveLength(
      500,
    )
    expect(result.createdPeople).toHaveLength(500)
    expect(result.suggestions.length).toBeGreaterThan(0)
  })
})

describe('resolveIdentity at scale', () => {
  // A 20,000-row guest list with a few dozen common first names and shared surnames, so that most
  // names are held by several different people, and true duplicates planted the ways people
  // register twice (work and home address, +tag, the same phone, "Kavi R." at the door, a rare
  // name under a second address). Counted, not timed.
  it('offers possible duplicates in proportion to people, every planted one among them', () => {
    const roster = realisticRoster(20_000)
    const parsed = parseTable(new TextEncoder().encode(roster.csv))
    if (!parsed.ok) throw new Error(parsed.reason)
    const { platform } = detectPlatform(parsed.table.header)
    const mapped = mapRows(
      parsed.table,
      guessColumnMapping(parsed.table.header, platform),
      platform,
    )
    expect(mapped.rows).toHaveLength(20_000)

    const result = resolveIdentity(
      state([]),
      { eventId: 'e1', eventTitle: 'Demo Night #12', platform, rows: mapped.rows },
      { now: NOW, newId: counter('id') },
    )
    const people = result.createdPeople.length
    expect(people).toBeGreaterThan(19_500)
    // Before blocking keys: 73,358 suggestions for these 19,990 people (3.7 per person).
    expect(result.suggestions.length).toBeLessThan(people / 2)
    const perNewPerson = new Map<string, number>()
    for (const suggestion of result.suggestions) {
      const newer = suggestion.personIds[1]
      perNewPerson.set(newer, (perNewPerson.get(newer) ?? 0) + 1)
    }
    expect(Math.max(...perNewPerson.values())).toBeLessThanOrEqual(MAX_SUGGESTIONS_PER_ROW)

    const personOfLine = new Map(
      result.resolutions.map((resolution) => [
        resolution.line,
        resolution.kind === 'skipped' ? '' : resolution.personId,
      ]),
    )
    const suggested = new Set(
      result.suggestions.map((suggestion) => pairKey(...suggestion.personIds)),
    )
    expect(new Set(roster.planted.map((planted) => planted.kind)).size).toBe(5)
    const missed = roster.planted.filter(({ lines: [first, second] }) => {
      const a = personOfLine.get(first) ?? ''
      const b = personOfLine.get(second) ?? ''
      return a === '' || b === '' || (a !== b && !suggested.has(pairKey(a, b)))
    })
    expect(missed).toEqual([])

    // Reviewed as groups of people linked by suggestions: a common name is one small group.
    const byId = new Map(result.createdPeople.map((person) => [person.id, person]))
    const groups = suggestionGroups(suggestionPairs(result.suggestions, [...byId.values()]))
    expect(Math.max(...groups.map((group) => group.people.length))).toBeLessThan(30)
  })

  // Counted, not timed: the ids a row puts in sets grow with the file when every row is compared
  // with every earlier holder of its name, and stay a few per row when it stops at its candidates.
  it('compares a row with a few holders of its name, not with all of them', () => {
    const rows = Array.from({ length: 2000 }, (_, index) =>
      row(index + 2, { name: 'John Smith', sourceKey: `gst-${index}` }),
    )
    const add = vi.spyOn(Set.prototype, 'add')
    try {
      const result = resolveIdentity(
        state([]),
        { eventId: 'e1', eventTitle: 'Demo Night #12', platform: 'luma', rows },
        { now: NOW, newId: counter('new') },
      )
      expect(result.createdPeople).toHaveLength(2000)
      expect(result.suggestions.length).toBeGreaterThan(0)
      expect(add.mock.calls.length).toBeLessThan(rows.length * 20)
    } finally {
      add.mockRestore()
    }
  })
})
