import { describe, expect, it } from 'vitest'
import type { MergeRecord, Person } from '../domain/schemas'
import type { ImportedRow } from '../import/types'
import { applyImport, type ApplyImportInput, type ApplyImportResult } from './apply-import'
import { deletePerson } from './delete-person'
import { mergePeople } from './merge'
import type { ImportRecord } from '../schema/workspace'
import {
  eventToRemoveAfterUndo,
  undoImport,
  type EventUse,
  type UndoImportState,
} from './undo-import'
import {
  importedRow as row,
  makeEvent,
  makeRegistration,
  sequentialIds as counter,
} from '../testing/factories'

const T1 = new Date('2026-03-01T10:00:00.000Z')
const T2 = new Date('2026-03-02T10:00:00.000Z')
const T3 = new Date('2026-03-03T10:00:00.000Z')
const T4 = new Date('2026-03-04T10:00:00.000Z')

const kim: Person = {
  id: 'p-kim',
  name: 'Kim L.',
  emails: ['kim@example.com'],
  platformIds: [{ platform: 'meetup', id: 'user 2' }],
  notes: 'met at the October meetup',
  tags: ['speaker'],
  createdAt: '2025-10-01T00:00:00.000Z',
}

/** A workspace with one person and one earlier registration, as a user would have after a while. */
const START: ApplyImportInput & { merges: MergeRecord[] } = {
  people: [kim],
  tombstones: [],
  mergeSuggestions: [],
  registrations: [
    {
      id: 'r-old',
      eventId: 'e1',
      personId: 'p-kim',
      platform: 'luma',
      sourceKey: 'gst-1',
      status: 'going',
      attendance: 'no-show',
      ticketType: 'Free',
      registeredAt: '2026-02-01',
      answers: { Company: 'Acme' },
      importId: null,
    },
  ],
  imports: [],
  merges: [],
}

const ROWS = [
  row(2, {
    name: 'Kim Lee',
    email: 'kim@example.com',
    sourceKey: 'gst-1',
    attendance: 'checked-in',
  }),
  row(3, { name: 'Ana Silva', email: 'ana@example.com', sourceKey: 'gst-2' }),
  row(4, { name: 'Kim Lee', email: 'kim.lee@other.example', sourceKey: 'gst-3' }),
]

function importRows(
  state: ApplyImportInput & { merges: MergeRecord[] },
  rows: ImportedRow[],
  now: Date,
  prefix: string,
  fileName = 'export.csv',
): ApplyImportResult & { merges: MergeRecord[]; tombstones: ApplyImportInput['tombstones'] } {
  const result = applyImport(
    state,
    { eventId: 'e1', platform: 'luma', fileName, rows, rowErrors: [], duplicatesCollapsed: 0 },
    { now, newId: counter(prefix) },
  )
  return { ...result, merges: state.merges, tombstones: state.tombstones }
}

function collections(
  state: Pick<UndoImportState, 'people' | 'registrations' | 'mergeSuggestions'>,
) {
  return {
    people: state.people,
    registrations: state.registrations,
    mergeSuggestions: state.mergeSuggestions,
  }
}

describe('undoImport', () => {
  it.each([
    {
      name: 'a first import into an empty workspace',
      start: { ...START, people: [], registrations: [] },
      report: { peopleCreated: 3, peopleMatched: 0, registrationsAdded: 3, suggestions: 1 },
    },
    {
      name: 'an import that matched, renamed, rewrote and created',
      start: START,
      report: { peopleCreated: 2, peopleMatched: 1, registrationsAdded: 2, suggestions: 1 },
    },
  ])('restores exactly the people, registrations and suggestions before $name', (testCase) => {
    const { start } = testCase
    const after = importRows(start, ROWS, T2, 'a')
    expect({
      peopleCreated: after.report.peopleCreated,
      peopleMatched: after.report.peopleMatched,
      registrationsAdded: after.report.registrationsAdded,
      suggestions: after.report.suggestions.length,
    }).toEqual(testCase.report)
    expect(after.people).not.toEqual(start.people)
    const undone = undoImport(after, 'a1', T3)
    expect(undone.ok).toBe(true)
    if (!undone.ok) return
    expect(collections(undone.state)).toEqual(collections(start))
    expect(undone.state.imports).toEqual([
      { ...after.imports[0], undo: null, undoneAt: T3.toISOString() },
    ])
  })

  it('undoes two imports in reverse order back to the start', () => {
    const first = importRows(START, ROWS, T2, 'a', 'first.csv')
    const second = importRows(
      first,
      [{ ...ROWS[1]!, attendance: 'checked-in' }, row(5, { name: 'Bo', email: 'bo@example.com' })],
      T3,
      'b',
      'second.csv',
    )
    const refused = undoImport(second, 'a1', T4)
    expect(refused).toEqual({
      ok: false,
      reason: 'Undo “second.csv” first: it changed registrations that “first.csv” wrote.',
    })
    const undoSecond = undoImport(second, 'b1', T4)
    if (!undoSecond.ok) throw new Error(undoSecond.reason)
    expect(collections(undoSecond.state)).toEqual(collections(first))
    const undoFirst = undoImport({ ...undoSecond.state, merges: [] }, 'a1', T4)
    if (!undoFirst.ok) throw new Error(undoFirst.reason)
    expect(collections(undoFirst.state)).toEqual(collections(START))
  })

  it.each([
    {
      name: 'an unknown import',
      id: 'nope',
      reason: 'This import no longer exists.',
    },
    {
      name: 'an import whose undo data was pruned',
      id: 'pruned',
      reason:
        '“old.csv” can no longer be undone: undo data is kept only for the 5 most recent imports.',
    },
    {
      name: 'an import already undone',
      id: 'undone',
      reason: '“gone.csv” was already undone.',
    },
  ])('refuses $name', ({ id, reason }) => {
    const base = {
      id: 'x',
      eventId: 'e1',
      platform: 'luma' as const,
      importedAt: T1.toISOString(),
      rowCount: 0,
    }
    const result = undoImport(
      {
        ...START,
        imports: [
          { ...base, id: 'pruned', fileName: 'old.csv', undo: null, undoneAt: null },
          { ...base, id: 'undone', fileName: 'gone.csv', undo: null, undoneAt: T2.toISOString() },
        ],
      },
      id,
      T3,
    )
    expect(result).toEqual({ ok: false, reason })
  })

  it('refuses while a merge made after the import involves its people', () => {
    const after = importRows(START, ROWS, T2, 'a', 'first.csv')
    const merged = mergePeople(after, 'p-kim', 'a3', { now: T3, newId: counter('m') })
    if (!merged.ok) throw new Error(merged.reason)
    const result = undoImport({ ...after, ...merged.state }, 'a1', T4)
    expect(result).toEqual({
      ok: false,
      reason: 'Unmerge “Kim Lee” and “Kim Lee” first: they were merged after “first.csv”.',
    })
  })

  it('never brings back a person deleted since', () => {
    const after = importRows(START, ROWS, T2, 'a')
    const deleted = deletePerson(after, 'p-kim', T3)
    if (!deleted.ok) throw new Error(deleted.reason)
    const result = undoImport(deleted.state, 'a1', T4)
    if (!result.ok) throw new Error(result.reason)
    expect(result.state.people).toEqual([])
    expect(result.state.registrations).toEqual([])
  })
})

describe('the event an undone import had created', () => {
  const night = makeEvent({
    id: 'night',
    statusHistory: [{ status: 'done', at: '2026-03-20T09:00:00.000Z' }],
  })
  const record: ImportRecord = {
    id: 'imp',
    eventId: 'night',
    fileName: 'luma.csv',
    platform: 'luma',
    importedAt: '2026-03-20T09:00:00.000Z',
    rowCount: 2,
    undo: null,
    undoneAt: '2026-03-20T09:05:00.000Z',
    createdEventId: 'night',
  }
  const unused: EventUse = {
    events: [night],
    registrations: [],
    imports: [record],
    demos: [],
    journal: { retros: [], followUps: [], intros: [], checkIns: [] },
  }

  it('is removed when nothing else was added to it', () => {
    expect(eventToRemoveAfterUndo(record, unused)?.id).toBe('night')
  })

  it.each([
    ['a demo', { ...unused, demos: [{ eventId: 'night' }] }],
    ['a retro', { ...unused, journal: { ...unused.journal, retros: [{ eventId: 'night' }] } }],
    ['a check-in', { ...unused, journal: { ...unused.journal, checkIns: [{ eventId: 'night' }] } }],
    [
      'another import still in effect',
      { ...unused, imports: [record, { ...record, id: 'other', undoneAt: null }] },
    ],
    [
      'registrations from elsewhere',
      {
        ...unused,
        registrations: [makeRegistration({ id: 'r', eventId: 'night', personId: 'p' })],
      },
    ],
    [
      'a status change',
      {
        ...unused,
        events: [
          {
            ...night,
            statusHistory: [
              ...night.statusHistory,
              { status: 'live' as const, at: '2026-03-21T09:00:00.000Z' },
            ],
          },
        ],
      },
    ],
  ])('is kept when it has %s', (_what, use) => {
    expect(eventToRemoveAfterUndo(record, use)).toBeNull()
  })

  it('is never an event the organizer created themselves', () => {
    const { createdEventId: _created, ...organizers } = record
    expect(eventToRemoveAfterUndo(organizers, unused)).toBeNull()
  })
})
