import { describe, expect, it } from 'vitest'
import type { MergeRecord, Person, Registration } from '../domain/schemas'
import type { ImportRecord } from '../schema/workspace'
import { applyImport } from './apply-import'
import {
  deletePerson,
  emailHash,
  isTombstoned,
  platformIdHash,
  registrationKeyHash,
  tombstoneHashSet,
  type DeletePersonState,
} from './delete-person'
import { importedRow as row, sequentialIds as counter } from '../testing/factories'

const T1 = new Date('2026-03-01T10:00:00.000Z')
const T2 = new Date('2026-03-02T10:00:00.000Z')
const T3 = new Date('2026-03-03T10:00:00.000Z')

function registration(id: string, personId: string, sourceKey: string): Registration {
  return {
    id,
    eventId: 'e1',
    personId,
    platform: 'luma',
    sourceKey,
    status: 'going',
    attendance: 'checked-in',
    ticketType: '',
    registeredAt: '',
    answers: { 'Dietary needs': 'vegan' },
    importId: null,
  }
}

const ana: Person = {
  id: 'p-ana',
  name: 'Ana Silva',
  emails: ['ana@example.com', 'ana.silva@work.example'],
  platformIds: [{ platform: 'meetup', id: 'user 42' }],
  notes: 'Asked to be forgotten.',
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
}
const bo: Person = {
  ...ana,
  id: 'p-bo',
  name: 'Bo Chen',
  emails: ['bo@example.com'],
  platformIds: [],
  notes: '',
}

const mergeRecord: MergeRecord = {
  id: 'm1',
  survivorBefore: { ...ana, emails: ['ana@example.com'] },
  absorbed: { ...ana, id: 'p-ana2', emails: ['ana.silva@work.example'] },
  movedRegistrationIds: [],
  mergedAt: '2026-02-01T00:00:00.000Z',
  undoneAt: null,
}
const importRecord: ImportRecord = {
  id: 'i1',
  eventId: 'e1',
  fileName: 'luma.csv',
  platform: 'luma',
  importedAt: '2026-02-10T00:00:00.000Z',
  rowCount: 2,
  undo: {
    createdPersonIds: ['p-bo'],
    addedRegistrationIds: ['r-bo'],
    replacedRegistrations: [{ ...registration('r-ana', 'p-ana', 'gst-1'), attendance: 'no-show' }],
    previousPeople: [{ ...ana, name: 'Ana S.' }],
  },
  undoneAt: null,
}

const STATE: DeletePersonState = {
  people: [ana, bo],
  registrations: [registration('r-ana', 'p-ana', 'gst-1'), registration('r-bo', 'p-bo', 'gst-2')],
  tombstones: [],
  mergeSuggestions: [
    {
      id: 's1',
      personIds: ['p-bo', 'p-ana'],
      evidence: ['same name “Ana Silva”'],
      createdAt: '2026-02-10T00:00:00.000Z',
      status: 'open',
    },
  ],
  merges: [mergeRecord],
  imports: [importRecord],
}

describe('deletePerson', () => {
  it('removes the person and every copy of their data, leaving only hashes', () => {
    const result = deletePerson(STATE, 'p-ana', T1)
    if (!result.ok) throw new Error(result.reason)
    expect(result.state).toEqual({
      people: [bo],
      registrations: [registration('r-bo', 'p-bo', 'gst-2')],
      tombstones: [
        { hash: emailHash('ana@example.com'), deletedAt: T1.toISOString() },
        { hash: emailHash('ana.silva@work.example'), deletedAt: T1.toISOString() },
        { hash: platformIdHash('meetup', 'user 42'), deletedAt: T1.toISOString() },
        { hash: registrationKeyHash('e1', 'luma', 'gst-1'), deletedAt: T1.toISOString() },
      ],
      mergeSuggestions: [],
      merges: [],
      imports: [
        {
          ...importRecord,
          undo: {
            createdPersonIds: ['p-bo'],
            addedRegistrationIds: ['r-bo', 'r-ana'],
            replacedRegistrations: [],
            previousPeople: [],
          },
        },
      ],
    })
    expect(result.tombstonesAdded).toBe(4)
    expect(result.registrationsRemoved).toBe(1)
    expect(JSON.stringify(result.state)).not.toMatch(/Ana Silva|ana@|ana\.silva|forgotten|user 42/i)
  })

  it.each([
    ['ana@example.com', '8e43ca37701228e74983efdbd0cff5c16b3b1e5d4e29a7c05626d4d25a018e11'],
    [' Ana@Example.COM ', '8e43ca37701228e74983efdbd0cff5c16b3b1e5d4e29a7c05626d4d25a018e11'],
  ])('hashes the normalised e-mail %j with SHA-256', (email, expected) => {
    expect(emailHash(email)).toBe(expected)
  })

  it('hashes a platform id as platform:id', () => {
    expect(platformIdHash('meetup', 'user 12345678')).toBe(
      '01fdfaf9635a1cd0498d9192da54dc748a4fa11234a7039b810b41f1f1275f47',
    )
  })

  it('adds no second tombstone for a hash already there', () => {
    const once = deletePerson(STATE, 'p-ana', T1)
    if (!once.ok) throw new Error(once.reason)
    const again = deletePerson(
      { ...once.state, people: [...once.state.people, ana], registrations: [] },
      'p-ana',
      T2,
    )
    if (!again.ok) throw new Error(again.reason)
    expect(again.tombstonesAdded).toBe(0)
    expect(again.state.tombstones).toEqual(once.state.tombstones)
  })

  it('refuses an unknown person', () => {
    expect(deletePerson(STATE, 'p-nobody', T1)).toEqual({
      ok: false,
      reason: 'This person no longer exists.',
    })
  })
})

describe('isTombstoned', () => {
  const hashes = tombstoneHashSet([
    { hash: emailHash('gone@example.com'), deletedAt: T1.toISOString() },
    { hash: platformIdHash('meetup', 'user 7'), deletedAt: T1.toISOString() },
    { hash: registrationKeyHash('e1', 'pretix', 'ABC12-1'), deletedAt: T1.toISOString() },
  ])
  it.each([
    {
      name: 'the e-mail, in other case and spacing',
      platform: 'luma',
      fields: { email: ' GONE@example.com' },
      expected: true,
    },
    {
      name: 'another e-mail',
      platform: 'luma',
      fields: { email: 'here@example.com' },
      expected: false,
    },
    {
      name: 'the Meetup id',
      platform: 'meetup',
      fields: { platformPersonId: 'user 7' },
      expected: true,
    },
    {
      name: 'the same id on another platform',
      platform: 'luma',
      fields: { platformPersonId: 'user 7' },
      expected: false,
    },
    {
      name: 'a known e-mail with a new id',
      platform: 'meetup',
      fields: { email: 'gone@example.com', platformPersonId: 'user 8' },
      expected: true,
    },
    {
      name: 'the row key of a door sale',
      platform: 'pretix',
      fields: { sourceKey: 'ABC12-1' },
      expected: true,
    },
    {
      name: 'the row key, now with someone’s e-mail',
      platform: 'pretix',
      fields: { sourceKey: 'ABC12-1', email: 'new@example.com' },
      expected: false,
    },
  ] as const)('$name → $expected', ({ platform, fields, expected }) => {
    expect(isTombstoned(row(2, fields), hashes, { eventId: 'e1', platform })).toBe(expected)
  })
})

describe('deleting, then importing the same file again', () => {
  it('skips the deleted person with the reason and recreates nobody', () => {
    const rows = [
      row(2, { name: 'Ana Silva', email: 'ana@example.com', sourceKey: 'gst-1' }),
      row(3, { name: 'Bo Chen', email: 'bo@example.com', sourceKey: 'gst-2' }),
      row(4, { name: 'Door Guest', sourceKey: 'gst-3' }),
    ]
    const request = {
      eventId: 'e1',
      platform: 'luma' as const,
      fileName: 'luma.csv',
      rows,
      rowErrors: [],
      duplicatesCollapsed: 0,
    }
    const empty = {
      people: [],
      tombstones: [],
      mergeSuggestions: [],
      registrations: [],
      imports: [],
    }
    const first = applyImport(empty, request, { now: T1, newId: counter('a') })
    const ana = first.people.find((entry) => entry.name === 'Ana Silva')
    const guest = first.people.find((entry) => entry.name === 'Door Guest')
    if (ana === undefined || guest === undefined) throw new Error('import failed')

    let state: DeletePersonState = { ...first, tombstones: [], merges: [] }
    for (const id of [ana.id, guest.id]) {
      const deleted = deletePerson(state, id, T2)
      if (!deleted.ok) throw new Error(deleted.reason)
      state = deleted.state
    }
    const again = applyImport(
      state,
      { ...request, fileName: 'luma-again.csv' },
      {
        now: T3,
        newId: counter('b'),
      },
    )
    expect(again.people.map((entry) => entry.name)).toEqual(['Bo Chen'])
    expect(again.registrations.map((entry) => entry.sourceKey)).toEqual(['gst-2'])
    expect(again.report).toMatchObject({
      rowsImported: 1,
      peopleCreated: 0,
      peopleMatched: 1,
      rowsSkipped: [
        { line: 2, reason: "deleted at the person's request" },
        { line: 4, reason: "deleted at the person's request" },
      ],
    })
  })
})
