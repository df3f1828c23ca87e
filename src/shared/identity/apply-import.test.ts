import { describe, expect, it } from 'vitest'
import type { Event, Person, Registration } from '../domain/schemas'
import type { ImportedRow } from '../import/types'
import type { ImportRecord } from '../schema/workspace'
import { makeEvent } from '../testing/factories'
import {
  applyImport,
  pruneUndoData,
  type ApplyImportInput,
  type ApplyImportRequest,
  type ApplyImportResult,
} from './apply-import'
import { importedRow as row, sequentialIds as counter } from '../testing/factories'

const T1 = new Date('2026-03-01T10:00:00.000Z')
const T2 = new Date('2026-03-02T10:00:00.000Z')

const demoNight: Event = makeEvent({
  id: 'e1',
  title: 'Demo Night #12',
  start: '2026-02-26T18:30',
  end: '2026-02-26T21:00',
  timeZone: 'Europe/Lisbon',
  venue: 'Hub',
  city: 'Lisbon',
  capacity: 80,
  status: 'done',
  statusHistory: [],
  createdAt: '2026-01-10T09:00:00.000Z',
})

const EMPTY: ApplyImportInput = {
  people: [],
  tombstones: [],
  mergeSuggestions: [],
  registrations: [],
  imports: [],
  events: [demoNight],
}

function request(rows: ImportedRow[], extra: Partial<ApplyImportRequest> = {}): ApplyImportRequest {
  return {
    eventId: 'e1',
    platform: 'luma',
    fileName: 'demo-night-12.csv',
    rows,
    rowErrors: [],
    duplicatesCollapsed: 0,
    ...extra,
  }
}

function next(result: ApplyImportResult, tombstones = EMPTY.tombstones): ApplyImportInput {
  return { ...result, tombstones, events: [demoNight] }
}

const lumaRows = [
  row(2, {
    name: 'Ana Silva',
    email: 'ana@example.com',
    sourceKey: 'gst-1',
    attendance: 'checked-in',
  }),
  row(3, { name: 'Bo Chen', email: 'bo@example.com', sourceKey: 'gst-2', attendance: 'no-show' }),
  row(4, {
    name: 'Cy Diaz',
    email: 'cy@example.com',
    sourceKey: 'gst-3',
    status: 'waitlist',
    attendance: 'no-show',
  }),
]

describe('applyImport', () => {
  it('turns rows into people and registrations and reports what it did', () => {
    const result = applyImport(
      EMPTY,
      request(lumaRows, {
        rowErrors: [{ line: 5, reason: 'no e-mail and no name' }],
        duplicatesCollapsed: 1,
      }),
      { now: T1, newId: counter('id') },
    )
    expect(result.people.map((person) => [person.id, person.name, person.emails])).toEqual([
      ['id2', 'Ana Silva', ['ana@example.com']],
      ['id3', 'Bo Chen', ['bo@example.com']],
      ['id4', 'Cy Diaz', ['cy@example.com']],
    ])
    expect(result.registrations).toEqual([
      {
        id: 'id5',
        eventId: 'e1',
        personId: 'id2',
        platform: 'luma',
        sourceKey: 'gst-1',
        status: 'going',
        attendance: 'checked-in',
        ticketType: '',
        registeredAt: '',
        answers: {},
        importId: 'id1',
      },
      expect.objectContaining({ id: 'id6', personId: 'id3', attendance: 'no-show' }),
      expect.objectContaining({ id: 'id7', personId: 'id4', status: 'waitlist' }),
    ])
    expect(result.report).toEqual({
      importId: 'id1',
      eventId: 'e1',
      platform: 'luma',
      fileName: 'demo-night-12.csv',
      rowsImported: 3,
      peopleCreated: 3,
      peopleMatched: 0,
      registrationsAdded: 3,
      registrationsUpdated: 0,
      rowsSkipped: [{ line: 5, reason: 'no e-mail and no name' }],
      duplicatesCollapsed: 1,
      suggestions: [],
      nightLinks: [],
      doorMerge: null,
    })
    expect(result.imports).toEqual([
      {
        id: 'id1',
        eventId: 'e1',
        fileName: 'demo-night-12.csv',
        platform: 'luma',
        importedAt: T1.toISOString(),
        rowCount: 3,
        undo: {
          createdPersonIds: ['id2', 'id3', 'id4'],
          addedRegistrationIds: ['id5', 'id6', 'id7'],
          replacedRegistrations: [],
          previousPeople: [],
        },
        undoneAt: null,
      },
    ])
  })

  interface ReimportCase {
    name: string
    rows: ImportedRow[]
    people: number
    registrations: number
    report: Partial<ApplyImportResult['report']>
    attendance: Registration['attendance'][]
  }
  const reimports: ReimportCase[] = [
    {
      name: 'the same file again updates and duplicates nothing',
      rows: lumaRows,
      people: 3,
      registrations: 3,
      report: {
        rowsImported: 3,
        peopleCreated: 0,
        peopleMatched: 3,
        registrationsAdded: 0,
        registrationsUpdated: 3,
      },
      attendance: ['checked-in', 'no-show', 'no-show'],
    },
    {
      name: 'a newer export where Bo is now checked in updates that registration',
      rows: [
        lumaRows[0]!,
        { ...lumaRows[1]!, attendance: 'checked-in' },
        lumaRows[2]!,
        row(5, { name: 'Di Evans', email: 'di@example.com', sourceKey: 'gst-4' }),
      ],
      people: 4,
      registrations: 4,
      report: {
        rowsImported: 4,
        peopleCreated: 1,
        peopleMatched: 3,
        registrationsAdded: 1,
        registrationsUpdated: 3,
      },
      attendance: ['checked-in', 'checked-in', 'no-show', 'unknown'],
    },
    {
      name: 'e-mails typed differently still find the same people',
      rows: lumaRows.map((original) => ({
        ...original,
        email: ` ${original.email.toUpperCase()} `,
        sourceKey: '',
      })),
      people: 3,
      registrations: 3,
      report: { peopleCreated: 0, peopleMatched: 3, registrationsUpdated: 3 },
      attendance: ['checked-in', 'no-show', 'no-show'],
    },
    {
      name: 'a row without check-in data keeps the known attendance',
      rows: [{ ...lumaRows[0]!, attendance: 'unknown' }],
      people: 3,
      registrations: 3,
      report: { peopleMatched: 1, registrationsUpdated: 1 },
      attendance: ['checked-in', 'no-show', 'no-show'],
    },
  ]

  it.each(reimports)('$name', (testCase) => {
    const first = applyImport(EMPTY, request(lumaRows), { now: T1, newId: counter('a') })
    const second = applyImport(next(first), request(testCase.rows, { fileName: 'again.csv' }), {
      now: T2,
      newId: counter('b'),
    })
    expect(second.people).toHaveLength(testCase.people)
    expect(second.registrations).toHaveLength(testCase.registrations)
    expect(second.registrations.map((registration) => registration.attendance)).toEqual(
      testCase.attendance,
    )
    expect(second.report).toMatchObject(testCase.report)
    expect(second.people.slice(0, 3)).toEqual(first.people)
  })

  it('records what a re-import overwrote, so it can be undone', () => {
    const first = applyImport(EMPTY, request(lumaRows), { now: T1, newId: counter('a') })
    const newer = [lumaRows[0]!, { ...lumaRows[1]!, attendance: 'checked-in' as const }]
    const second = applyImport(next(first), request(newer), { now: T2, newId: counter('b') })
    expect(second.imports[1]?.undo).toEqual({
      createdPersonIds: [],
      addedRegistrationIds: [],
      replacedRegistrations: first.registrations.slice(0, 2),
      previousPeople: [],
    })
    expect(second.registrations[1]).toEqual({
      ...first.registrations[1],
      attendance: 'checked-in',
      importId: 'b1',
    })
  })

  it('does not mutate its input', () => {
    const first = applyImport(EMPTY, request(lumaRows), { now: T1, newId: counter('a') })
    const input = next(first)
    const snapshot = structuredClone(input)
    applyImport(input, request([{ ...lumaRows[0]!, name: 'Ana S.', email: 'x@example.com' }]), {
      now: T2,
      newId: counter('b'),
    })
    expect(input).toEqual(snapshot)
  })

  it('keeps a full name over an abbreviation and upgrades an abbreviation to the full name', () => {
    const people: Person[] = [
      {
        id: 'p-tom',
        name: 'Tom Baker',
        emails: [],
        platformIds: [{ platform: 'meetup', id: 'user 1' }],
        notes: '',
        tags: [],
        createdAt: T1.toISOString(),
      },
      {
        id: 'p-kim',
        name: 'Kim L.',
        emails: [],
        platformIds: [{ platform: 'meetup', id: 'user 2' }],
        notes: '',
        tags: [],
        createdAt: T1.toISOString(),
      },
    ]
    const result = applyImport(
      { ...EMPTY, people },
      request(
        [
          row(2, { name: 'Tom B.', platformPersonId: 'user 1' }),
          row(3, { name: 'Kim Lee', platformPersonId: 'user 2' }),
        ],
        { platform: 'meetup' },
      ),
      { now: T2, newId: counter('id') },
    )
    expect(result.people.map((person) => person.name)).toEqual(['Tom Baker', 'Kim Lee'])
    expect(result.imports[0]?.undo?.previousPeople).toEqual([people[1]])
    expect(result.report).toMatchObject({ peopleMatched: 2, peopleCreated: 0, suggestions: [] })
  })

  it('keeps the Luma and the Meetup registration of one person for one event apart', () => {
    const luma = applyImport(EMPTY, request([lumaRows[0]!]), { now: T1, newId: counter('a') })
    const merged: ApplyImportInput = {
      ...next(luma),
      people: luma.people.map((person) => ({
        ...person,
        platformIds: [{ platform: 'meetup' as const, id: 'user 7' }],
      })),
    }
    const meetup = applyImport(
      merged,
      request([row(2, { name: 'Ana S.', platformPersonId: 'user 7' })], { platform: 'meetup' }),
      { now: T2, newId: counter('b') },
    )
    expect(meetup.registrations.map((registration) => registration.platform)).toEqual([
      'luma',
      'meetup',
    ])
    const again = applyImport(
      next(meetup),
      request([row(2, { name: 'Ana S.', platformPersonId: 'user 7', status: 'declined' })], {
        platform: 'meetup',
      }),
      { now: T2, newId: counter('c') },
    )
    expect(again.registrations.map((registration) => registration.status)).toEqual([
      'going',
      'declined',
    ])
    expect(again.report).toMatchObject({ registrationsAdded: 0, registrationsUpdated: 1 })
  })

  it('offers the possible duplicates it found in the report', () => {
    const first = applyImport(EMPTY, request(lumaRows), { now: T1, newId: counter('a') })
    // Two "Bo C." on the Meetup list: neither can be told to be Bo Chen by name alone.
    const meetup = applyImport(
      next(first),
      request(
        [
          row(9, { name: 'Bo C.', platformPersonId: 'user 55' }),
          row(10, { name: 'Bo C', platformPersonId: 'user 56' }),
        ],
        { platform: 'meetup' },
      ),
      { now: T2, newId: counter('b') },
    )
    expect(meetup.report.suggestions[0]).toEqual({
      id: 'b3',
      personIds: ['a3', 'b2'],
      evidence: [
        'Meetup name “Bo C.” abbreviates “Bo Chen”',
        'no e-mail on the Meetup row',
        'both registered for Demo Night #12',
      ],
      createdAt: T2.toISOString(),
      status: 'open',
    })
    expect(meetup.report.nightLinks).toEqual([])
    expect(meetup.mergeSuggestions).toEqual(meetup.report.suggestions)
    expect(meetup.people).toHaveLength(5)
  })

  it('links the one “Bo C.” on the Meetup list of Bo Chen’s night, and says so', () => {
    const first = applyImport(EMPTY, request(lumaRows), { now: T1, newId: counter('a') })
    const meetup = applyImport(
      next(first),
      request([row(9, { name: 'Bo C.', platformPersonId: 'user 55' })], { platform: 'meetup' }),
      { now: T2, newId: counter('b') },
    )
    expect(meetup.report).toMatchObject({ peopleCreated: 0, peopleMatched: 1, suggestions: [] })
    expect(meetup.report.nightLinks).toEqual([
      expect.objectContaining({ personId: 'a3', rowName: 'Bo C.', learnedPlatformId: 'user 55' }),
    ])
    expect(meetup.imports.at(-1)?.nightLinks).toEqual(meetup.report.nightLinks)
    expect(meetup.people).toHaveLength(3)
  })
})

describe('applyImport at the size of the biggest chapter', () => {
  it('imports 1,000 rows into 50,000 people and 250,000 registrations without duplicates', () => {
    const people: Person[] = []
    for (let index = 0; index < 50_000; index += 1) {
      people.push({
        id: `p${index}`,
        name: `Person${index % 20_000} Family${index}`,
        emails: [`p${index}@example.com`],
        platformIds: [],
        notes: '',
        tags: [],
        createdAt: T1.toISOString(),
      })
    }
    const registrations: Registration[] = []
    for (let index = 0; index < 250_000; index += 1) {
      registrations.push({
        id: `r${index}`,
        eventId: `e${Math.floor(index / 500)}`,
        personId: `p${index % 50_000}`,
        platform: 'luma',
        sourceKey: `k${index}`,
        status: 'going',
        attendance: 'checked-in',
        ticketType: '',
        registeredAt: '',
        answers: {},
        importId: null,
      })
    }
    // e0's list holds p0…p499. Even rows are those people again; odd rows are newcomers.
    const rows = Array.from({ length: 1_000 }, (_, index) =>
      index % 2 === 0
        ? row(index + 2, { email: `p${index / 2}@example.com`, sourceKey: `k${index / 2}` })
        : row(index + 2, { name: `Person${index} F.`, email: `new${index}@example.com` }),
    )
    const result = applyImport(
      { ...EMPTY, people, registrations, events: [] },
      request(rows, { eventId: 'e0' }),
      { now: T2, newId: counter('id') },
    )
    expect(result.report).toMatchObject({
      peopleCreated: 500,
      peopleMatched: 500,
      registrationsAdded: 500,
      registrationsUpdated: 500,
    })
  })
})

describe('pruneUndoData', () => {
  const record = (id: string, undoneAt: string | null = null): ImportRecord => ({
    id,
    eventId: 'e1',
    fileName: `${id}.csv`,
    platform: 'luma',
    importedAt: T1.toISOString(),
    rowCount: 1,
    undo: {
      createdPersonIds: [],
      addedRegistrationIds: [id],
      replacedRegistrations: [],
      previousPeople: [],
    },
    undoneAt,
  })

  it.each([
    { name: 'five imports keep all', ids: ['i1', 'i2', 'i3', 'i4', 'i5'], undone: [], kept: 5 },
    {
      name: 'the sixth import drops the oldest',
      ids: ['i1', 'i2', 'i3', 'i4', 'i5', 'i6'],
      undone: [],
      kept: 5,
    },
    {
      name: 'undone imports do not count',
      ids: ['i1', 'i2', 'i3', 'i4', 'i5', 'i6'],
      undone: ['i4'],
      kept: 6,
    },
  ])('$name', ({ ids, undone, kept }) => {
    const imports = ids.map((id) => record(id, undone.includes(id) ? T2.toISOString() : null))
    const pruned = pruneUndoData(imports)
    expect(pruned.filter((candidate) => candidate.undo !== null)).toHaveLength(kept)
    expect(pruned.at(-1)).toBe(imports.at(-1))
  })

  it('keeps undo data only for the 5 most recent imports', () => {
    let input: ApplyImportInput = EMPTY
    let imports: ImportRecord[] = []
    for (let index = 0; index < 7; index += 1) {
      const result = applyImport(input, request(lumaRows, { fileName: `export-${index}.csv` }), {
        now: T1,
        newId: counter(`i${index}-`),
      })
      input = next(result)
      imports = result.imports
    }
    expect(imports.map((candidate) => candidate.undo === null)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ])
  })
})

describe('applyImport at scale', () => {
  // Counted, not timed: a keyed row that walks every registration its person already has makes
  // one e-mail on many rows quadratic. Reads of the existing registrations' person stay a few each.
  it("does not walk a person's other registrations for each keyed row", () => {
    const person: Person = {
      id: 'p1',
      name: 'Same Mail',
      emails: ['same@example.com'],
      platformIds: [],
      notes: '',
      tags: [],
      createdAt: '2026-01-01T00:00:00.000Z',
    }
    let reads = 0
    const registrations = Array.from({ length: 1000 }, (_, index): Registration => {
      const registration: Registration = {
        id: `r${index}`,
        eventId: 'e1',
        personId: 'p1',
        platform: 'luma',
        sourceKey: `old-${index}`,
        status: 'going',
        attendance: 'unknown',
        ticketType: '',
        registeredAt: '',
        answers: {},
        importId: null,
      }
      return Object.defineProperty(registration, 'personId', {
        enumerable: true,
        get: () => ((reads += 1), 'p1'),
      })
    })
    const rows = Array.from({ length: 1000 }, (_, index) =>
      row(index + 2, { name: 'Same Mail', email: 'same@example.com', sourceKey: `new-${index}` }),
    )
    const result = applyImport({ ...EMPTY, people: [person], registrations }, request(rows), {
      now: T1,
      newId: counter('id'),
    })
    expect(result.report.registrationsAdded).toBe(1000)
    expect(reads).toBeLessThan(registrations.length * 10)
  })
})
