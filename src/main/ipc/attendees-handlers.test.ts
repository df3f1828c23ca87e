import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../tests/fixtures/csv/read-fixture'
import type { ImportRequest } from '../../shared/ipc/channels/attendees'
import { guessColumnMapping } from '../../shared/import/column-mapping'
import { detectPlatform } from '../../shared/import/detect-platform'
import { mapRows } from '../../shared/import/map-rows'
import { parseTable } from '../../shared/import/parse'
import { importedRow, sequentialIds } from '../../shared/testing/factories'
import { bootWorkspace } from '../boot-workspace'
import type { ChangeLog } from '../history/change-log'
import { dispatch } from './dispatch'
import type { Handlers } from './handler-types'

let clock = Date.parse('2026-11-23T12:00:00.000Z')
const now = (): Date => new Date((clock += 1000))

/** Each booted main's change log, for `call` to send through as register-ipc does. */
const changeLogs = new WeakMap<Handlers, ChangeLog>()

function boot(directory = mkdtempSync(join(tmpdir(), 'devrel-attendees-'))) {
  const { handlers, repository, changes } = bootWorkspace({
    directory,
    now,
    newId: sequentialIds('id'),
  })
  changeLogs.set(handlers, changes)
  return { handlers, repository, directory }
}

/** What the window sees of a request: the files it changed, with the handler's own answer. */
async function call<T>(handlers: Handlers, channel: string, payload: unknown): Promise<T> {
  const result = await sent(handlers, channel, payload)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return { ...result.changes, ...(result.value as object | null) } as T
}

const sent = (handlers: Handlers, channel: string, payload: unknown) =>
  dispatch(handlers, channel, payload, undefined, changeLogs.get(handlers))

async function createEvent(handlers: Handlers, title = 'AI Demo Night #1'): Promise<string> {
  const event = await call<{ id: string }>(handlers, 'events:create', {
    title,
    start: '2031-06-10T18:30',
    end: '2031-06-10T21:30',
    timeZone: 'Europe/Berlin',
    venue: '',
    city: 'Berlin',
    capacity: null,
  })
  return event.id
}

/** What the renderer's worker sends: the fixture parsed and mapped with the guessed mapping. */
function importOf(fixture: string, eventId: string): ImportRequest {
  const parsed = parseTable(readFixture(fixture))
  if (!parsed.ok) throw new Error(parsed.reason)
  const { platform } = detectPlatform(parsed.table.header)
  const mapping = guessColumnMapping(parsed.table.header, platform)
  const mapped = mapRows(parsed.table, mapping, platform)
  return {
    eventId,
    platform,
    fileName: fixture,
    mapping: mapping as Record<string, string>,
    rows: mapped.rows,
    rowErrors: mapped.rowErrors,
    duplicatesCollapsed: mapped.duplicatesCollapsed,
  }
}

type Committed = {
  report: { rowsImported: number; peopleCreated: number; peopleMatched: number; importId: string }
  people: { people: { name: string; id: string }[]; tombstones: unknown[] }
  registrations: { registrations: unknown[] }
}

describe('attendee handlers', () => {
  it('imports a Luma export, remembers the mapping, survives a restart and undoes as one step', async () => {
    const { handlers, directory } = boot()
    const eventId = await createEvent(handlers)
    const request = importOf('luma-2026.csv', eventId)
    const committed = await call<Committed>(handlers, 'attendees:import', request)

    expect(committed.report).toMatchObject({ rowsImported: 3, peopleCreated: 3, peopleMatched: 0 })
    expect(committed.people.people.map((person) => person.name)).toEqual([
      'Ravi Patel',
      'Sofia Rossi',
      'Noah Cohen',
    ])

    const reopened = boot(directory)
    const snapshot = reopened.repository.snapshot()
    expect(snapshot.people).toHaveLength(3)
    expect(snapshot.registrations).toHaveLength(3)
    expect(snapshot.settings.columnMappings['luma']).toEqual(request.mapping)

    // The same file again updates; it never duplicates.
    const again = await call<Committed>(reopened.handlers, 'attendees:import', request)
    expect(again.report).toMatchObject({ peopleCreated: 0, peopleMatched: 3 })
    expect(again.registrations.registrations).toHaveLength(3)

    await call(reopened.handlers, 'attendees:undo-import', { importId: again.report.importId })
    const undone = await call<Committed>(reopened.handlers, 'attendees:undo-import', {
      importId: committed.report.importId,
    })
    expect(undone.people.people).toEqual([])
    expect(undone.registrations.registrations).toEqual([])
    expect(boot(directory).repository.snapshot().people).toEqual([])
  })

  it('refuses an import for an event that was deleted meanwhile, and writes nothing', async () => {
    const { handlers, repository } = boot()
    const eventId = await createEvent(handlers)
    await call(handlers, 'events:delete', { id: eventId })
    const result = await dispatch(handlers, 'attendees:import', importOf('luma-2026.csv', eventId))
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(repository.snapshot().people).toEqual([])
  })

  it('rejects rows that are not import rows before anything is written', async () => {
    const { handlers, repository } = boot()
    const eventId = await createEvent(handlers)
    const request = importOf('luma-2026.csv', eventId)
    const broken = { ...request, rows: [{ ...request.rows[0], status: 'probably' }] }
    const result = await dispatch(handlers, 'attendees:import', broken)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(repository.snapshot().registrations).toEqual([])
  })

  it('merges a suggested pair, unmerges it, and can dismiss and reopen the suggestion', async () => {
    const { handlers } = boot()
    const first = await createEvent(handlers, 'Night 1')
    const second = await createEvent(handlers, 'Night 2')
    const row = (line: number, name: string, email: string) =>
      importedRow(line, { name, email, status: 'going', attendance: 'checked-in' })
    await call(handlers, 'attendees:import', {
      ...importOf('luma-2026.csv', first),
      rows: [row(2, 'Anna Kowalski', 'anna@work.example')],
      rowErrors: [],
      duplicatesCollapsed: 0,
    })
    const committed = await call<
      Committed & { report: { suggestions: { id: string; personIds: [string, string] }[] } }
    >(handlers, 'attendees:import', {
      ...importOf('luma-2026.csv', second),
      rows: [row(2, 'Anna Kowalski', 'anna@home.example')],
      rowErrors: [],
      duplicatesCollapsed: 0,
    })
    const [suggestion] = committed.report.suggestions
    if (suggestion === undefined) throw new Error('expected a same-name suggestion')
    expect(committed.people.people).toHaveLength(2)

    type Change = {
      people: { people: { emails: string[] }[]; mergeSuggestions: { status: string }[] }
    }
    const dismissed = await call<Change>(handlers, 'attendees:dismiss-suggestion', {
      suggestionId: suggestion.id,
    })
    expect(dismissed.people.mergeSuggestions[0]?.status).toBe('dismissed')
    const reopened = await call<Change>(handlers, 'history:undo', { stepId: null })
    expect(reopened.people.mergeSuggestions[0]?.status).toBe('open')

    const [survivorId, absorbedId] = suggestion.personIds
    const merged = await call<Change & { mergeId: string }>(handlers, 'attendees:merge', {
      survivorId,
      absorbedId,
    })
    expect(merged.people.people).toHaveLength(1)
    expect(merged.people.people[0]?.emails).toEqual(['anna@work.example', 'anna@home.example'])
    expect(merged.people.mergeSuggestions[0]?.status).toBe('merged')

    const unmerged = await call<Change>(handlers, 'attendees:unmerge', { mergeId: merged.mergeId })
    expect(unmerged.people.people).toHaveLength(2)
    expect(unmerged.people.mergeSuggestions[0]?.status).toBe('open')
  })

  it('deletes a person with a tombstone, so a re-import skips them', async () => {
    const { handlers } = boot()
    const eventId = await createEvent(handlers)
    const request = importOf('luma-2026.csv', eventId)
    const committed = await call<Committed>(handlers, 'attendees:import', request)
    const sofia = committed.people.people.find((person) => person.name === 'Sofia Rossi')
    if (sofia === undefined) throw new Error('Sofia was imported')

    const deleted = await call<Committed & { registrationsRemoved: number }>(
      handlers,
      'attendees:delete-person',
      { personId: sofia.id },
    )
    expect(deleted.registrationsRemoved).toBe(1)
    expect(deleted.people.people.map((person) => person.name)).toEqual(['Ravi Patel', 'Noah Cohen'])
    expect(deleted.people.tombstones.length).toBeGreaterThan(0)

    const again = await call<Committed & { report: { rowsSkipped: { reason: string }[] } }>(
      handlers,
      'attendees:import',
      request,
    )
    expect(again.people.people.map((person) => person.name)).toEqual(['Ravi Patel', 'Noah Cohen'])
    expect(again.report.rowsSkipped).toEqual([
      { line: 3, reason: "deleted at the person's request" },
    ])
  })

  it('leaves no copy of a deleted person in the backups folder', async () => {
    const { handlers, repository, directory } = boot()
    const eventId = await createEvent(handlers)
    const committed = await call<Committed>(
      handlers,
      'attendees:import',
      importOf('luma-2026.csv', eventId),
    )
    const sofia = committed.people.people.find((person) => person.name === 'Sofia Rossi')
    await call(handlers, 'pipeline:add-card', {
      personId: sofia?.id,
      columnId: 'warm-intros',
      nextStep: 'Ask Sofia to demo',
      dueDate: null,
    })
    repository.backup('before')
    await call(handlers, 'attendees:delete-person', { personId: sofia?.id })

    const backups = repository.backups()
    expect(backups).toHaveLength(1)
    for (const backup of readdirSync(join(directory, 'backups'))) {
      for (const file of readdirSync(join(directory, 'backups', backup))) {
        const text = readFileSync(join(directory, 'backups', backup, file), 'utf8')
        expect(text).not.toContain('sofia@example.com')
        expect(text).not.toContain('Sofia Rossi')
      }
    }
    expect(readFileSync(join(directory, 'people.json'), 'utf8')).not.toContain('Sofia')
    expect(readFileSync(join(directory, 'board.json'), 'utf8')).not.toContain('Ask Sofia to demo')
  })

  it('keeps notes on a person', async () => {
    const { handlers, directory } = boot()
    const eventId = await createEvent(handlers)
    const committed = await call<Committed>(
      handlers,
      'attendees:import',
      importOf('luma-2026.csv', eventId),
    )
    const ravi = committed.people.people[0]
    if (ravi === undefined) throw new Error('Ravi was imported')
    const edited = await sent(handlers, 'attendees:set-notes', {
      personId: ravi.id,
      notes: 'Wants to demo a RAG eval tool',
    })
    // The people file alone comes back: never the registrations the note did not touch.
    expect(edited.ok && Object.keys(edited.changes ?? {})).toEqual(['people'])
    expect(edited.ok && edited.value).toBeNull()
    expect(boot(directory).repository.snapshot().people[0]?.notes).toBe(
      'Wants to demo a RAG eval tool',
    )
  })
})

describe('undoing an import that created its night', () => {
  const rows = [
    importedRow(2, { name: 'Ada Okafor', email: 'ada@example.com', attendance: 'checked-in' }),
    importedRow(3, { name: 'Ben Ito', email: 'ben@example.com', attendance: 'checked-in' }),
  ]
  const request = (eventId: string): ImportRequest => ({
    eventId,
    platform: 'luma',
    fileName: 'ai-demo-night-berlin-guests-2026-03-20.csv',
    mapping: {},
    rows,
    rowErrors: [],
    duplicatesCollapsed: 0,
    isEventCreated: true,
  })
  type Undone = { removedEventId: string | null; events?: { events: { id: string }[] } }

  it('removes the event the import created when nothing else was added to it', async () => {
    const { handlers, repository } = boot()
    const eventId = await createEvent(handlers, 'AI Demo Night Berlin')
    const committed = await call<Committed>(handlers, 'attendees:import', request(eventId))
    const undone = await call<Undone>(handlers, 'attendees:undo-import', {
      importId: committed.report.importId,
    })
    expect(undone.removedEventId).toBe(eventId)
    expect(undone.events?.events).toEqual([])
    expect(repository.read('events').events).toEqual([])
    expect(repository.read('people').people).toEqual([])
  })

  it('keeps an event the organizer created before importing into it', async () => {
    const { handlers } = boot()
    const eventId = await createEvent(handlers)
    const committed = await call<Committed>(handlers, 'attendees:import', {
      ...request(eventId),
      isEventCreated: false,
    })
    const undone = await call<Undone>(handlers, 'attendees:undo-import', {
      importId: committed.report.importId,
    })
    expect(undone.removedEventId).toBeNull()
    // The events file was not written, so it does not come back.
    expect(undone.events).toBeUndefined()
  })
})
