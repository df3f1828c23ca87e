import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_BOARD } from '../../shared/domain/board-schemas'
import type { Event } from '../../shared/domain/schemas'
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema/migrations'
import { emptyWorkspaceFiles, toSnapshot } from '../../shared/schema/workspace'
import { makeEvent } from '../../shared/testing/factories'
import {
  openWorkspace,
  REPLACE_JOURNAL,
  WorkspaceTooNewError,
  writeReplaceJournal,
} from './workspace-repository'

const freshDirectory = (): string => mkdtempSync(join(tmpdir(), 'devrel-repo-'))

const event: Event = makeEvent({
  id: 'e1',
  title: 'AI Demo Night #1',
  start: '2026-11-26T18:30',
  end: '2026-11-26T21:30',
  timeZone: 'Europe/Berlin',
  status: 'planning',
})

let clock = Date.parse('2026-11-23T12:00:00.000Z')
const now = (): Date => new Date((clock += 1000))

describe('workspace repository', () => {
  it('starts empty, writes a versioned file, and reads it back after a reopen', () => {
    const directory = freshDirectory()
    const first = openWorkspace({ directory, now })
    expect(first.repository.snapshot().events).toEqual([])
    first.repository.write('events', { events: [event], demos: [] })

    const onDisk = JSON.parse(readFileSync(join(directory, 'events.json'), 'utf8'))
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(onDisk.events).toEqual([event])

    const second = openWorkspace({ directory, now })
    expect(second.repository.snapshot().events).toEqual([event])
    expect(second.notices).toEqual([])
  })

  it('an edit to events rewrites only events.json, never the people', () => {
    const directory = freshDirectory()
    const { repository } = openWorkspace({ directory, now })
    repository.write('people', { people: [], tombstones: [], mergeSuggestions: [], merges: [] })
    // An atomic write replaces the file with a new inode, so an unchanged inode means untouched.
    const before = statSync(join(directory, 'people.json')).ino
    repository.write('events', { events: [event], demos: [] })
    expect(statSync(join(directory, 'people.json')).ino).toBe(before)
    expect(statSync(join(directory, 'events.json')).ino).not.toBe(before)
  })

  it('moves a corrupted file aside and restores it from the latest backup, with a notice', () => {
    const directory = freshDirectory()
    const { repository } = openWorkspace({ directory, now })
    repository.write('events', { events: [event], demos: [] })
    repository.backup()
    writeFileSync(join(directory, 'events.json'), '{"schemaVersion":2,"events":[{"id":')

    const reopened = openWorkspace({ directory, now })
    expect(reopened.repository.snapshot().events).toEqual([event])
    expect(reopened.notices).toHaveLength(1)
    expect(reopened.notices[0]).toMatchObject({
      level: 'warning',
      title: 'Restored events from a backup',
    })
    const moved = readdirSync(join(directory, 'corrupt'))
    expect(moved).toHaveLength(1)
    expect(readFileSync(join(directory, 'corrupt', moved[0] ?? ''), 'utf8')).toContain(
      '"events":[{"id":',
    )
    // The restored data is on disk again, so a third open needs no rescue.
    expect(openWorkspace({ directory, now }).notices).toEqual([])
  })

  it.each([
    ['empty', ''],
    ['truncated', '{"schemaVersion":1,"eve'],
    ['not an object', '[1,2,3]'],
    ['no version', '{"events":[]}'],
    ['version 0', '{"schemaVersion":0,"events":[],"demos":[]}'],
    ['negative version', '{"schemaVersion":-3,"events":[],"demos":[]}'],
    ['fractional version', '{"schemaVersion":2.5,"events":[],"demos":[]}'],
    ['version as text', '{"schemaVersion":"3","events":[],"demos":[]}'],
    ['wrong shape', '{"schemaVersion":1,"events":[{"id":"x"}]}'],
  ])('a %s events file is moved aside, never silently cleared', (_case, content) => {
    const directory = freshDirectory()
    const { repository } = openWorkspace({ directory, now })
    repository.write('events', { events: [event], demos: [] })
    repository.backup()
    writeFileSync(join(directory, 'events.json'), content)
    const reopened = openWorkspace({ directory, now })
    expect(reopened.repository.snapshot().events).toEqual([event])
    expect(readdirSync(join(directory, 'corrupt'))).toHaveLength(1)
  })

  it('with no backup, keeps the damaged file and says so instead of pretending', () => {
    const directory = freshDirectory()
    writeFileSync(join(directory, 'events.json'), 'garbage')
    const { repository, notices } = openWorkspace({ directory, now })
    expect(repository.snapshot().events).toEqual([])
    expect(notices[0]).toMatchObject({ level: 'error', title: 'Could not read events' })
    expect(notices[0]?.detail).toContain('no backup has a readable copy')
    expect(readdirSync(join(directory, 'corrupt'))).toHaveLength(1)
  })

  it('refuses a file from a newer app and leaves every file untouched', () => {
    const directory = freshDirectory()
    const newer = JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, events: [] })
    writeFileSync(join(directory, 'events.json'), newer)
    expect(() => openWorkspace({ directory, now })).toThrow(WorkspaceTooNewError)
    expect(readFileSync(join(directory, 'events.json'), 'utf8')).toBe(newer)
    expect(existsSync(join(directory, 'corrupt'))).toBe(false)
  })

  it('refuses a newer file among good ones and rewrites none of them, nor backs them up', () => {
    const directory = freshDirectory()
    const { repository } = openWorkspace({ directory, now })
    repository.write('events', { events: [event], demos: [] })
    repository.write('board', repository.read('board'))
    const newer = JSON.stringify({
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      people: [],
      somethingNew: true,
    })
    writeFileSync(join(directory, 'people.json'), newer)
    const bytes = (name: string) => readFileSync(join(directory, name))
    const before = Object.fromEntries(
      readdirSync(directory).map((name) => [name, bytes(name)] as const),
    )

    expect(() => openWorkspace({ directory, now })).toThrow(
      `people.json was written by a newer version of DevRel OS (workspace version ${
        CURRENT_SCHEMA_VERSION + 1
      };`,
    )
    expect(readdirSync(directory).sort()).toEqual(Object.keys(before).sort())
    for (const [name, content] of Object.entries(before)) expect(bytes(name)).toEqual(content)
    expect(existsSync(join(directory, 'backups'))).toBe(false)
  })

  it('keeps only the newest backups and backs up on a timer only after a change', () => {
    const directory = freshDirectory()
    const { repository } = openWorkspace({ directory, now, backupsToKeep: 3 })
    repository.write('events', { events: [event], demos: [] })
    for (let index = 0; index < 5; index += 1) repository.backup()
    expect(repository.backups()).toHaveLength(3)
    expect(repository.backupIfChanged()).toBeNull()
    repository.write('events', { events: [], demos: [] })
    expect(repository.backupIfChanged()).not.toBeNull()
  })

  it('keeps safety backups apart from the routine rotation, the last few of each reason', () => {
    const directory = freshDirectory()
    const { repository } = openWorkspace({
      directory,
      now,
      backupsToKeep: 3,
      safetyBackupsPerLabel: 2,
    })
    repository.write('events', { events: [event], demos: [] })
    const beforeImport = repository.backup('before-import')
    const beforeMigration = repository.backup('before-migration')
    const beforeRestores = [1, 2, 3].map(() => repository.backup('before-restore'))
    // Far more routine backups than are kept: a day of starts and 10-minute backups.
    for (let index = 0; index < 12; index += 1) {
      repository.write('events', { events: [makeEvent({ id: `edit-${index}` })], demos: [] })
      repository.backup(index % 2 === 0 ? 'start' : '')
    }

    const labels = repository.backups().map((backup) => backup.label)
    expect(labels.filter((label) => label === '' || label === 'start')).toHaveLength(3)
    const names = repository.backups().map((backup) => backup.name)
    expect(names).toContain(beforeImport?.name)
    expect(names).toContain(beforeMigration?.name)
    // Of one reason, only the newest few: the oldest before-restore made room for the later ones.
    expect(names.filter((name) => name.includes('before-restore'))).toEqual([
      beforeRestores[2]?.name,
      beforeRestores[1]?.name,
    ])
  })

  it('a start backup of an unchanged workspace is not taken and rotates nothing out', () => {
    const directory = freshDirectory()
    const first = openWorkspace({ directory, now, backupsToKeep: 3 }).repository
    first.write('events', { events: [event], demos: [] })
    for (let index = 0; index < 3; index += 1) first.backup('start')
    first.backup('before-import')
    const before = first.backups().map((backup) => backup.name)

    // Ten launches without a change, each asking for its start backup as boot does.
    for (let launch = 0; launch < 10; launch += 1) {
      const { repository } = openWorkspace({ directory, now, backupsToKeep: 3 })
      expect(repository.backupIfChanged('start')).toBeNull()
    }
    expect(first.backups().map((backup) => backup.name)).toEqual(before)

    // A change made in another launch is backed up at the next start.
    first.write('events', { events: [], demos: [] })
    const { repository } = openWorkspace({ directory, now, backupsToKeep: 3 })
    expect(repository.backupIfChanged('start')?.label).toBe('start')
  })

  it("after a deletion at someone's request removes every older backup, safety ones too", () => {
    const directory = freshDirectory()
    const { repository } = openWorkspace({ directory, now })
    repository.write('events', { events: [event], demos: [] })
    for (const label of ['start', '', 'before-import', 'before-restore', 'before-migration']) {
      repository.backup(label)
    }
    const fresh = repository.replaceBackups('after-deletion')
    expect(repository.backups().map((backup) => backup.name)).toEqual([fresh?.name])
    expect(readdirSync(join(directory, 'backups'))).toEqual([fresh?.name])
  })

  it('removes temp files a killed write left behind', () => {
    const directory = freshDirectory()
    writeFileSync(join(directory, 'events.json.tmp-1700000000000abc'), '{"half":')
    openWorkspace({ directory, now })
    expect(readdirSync(directory).filter((name) => name.includes('.tmp-'))).toEqual([])
  })

  it('never lists a backup a crash left half-written or half-deleted, and clears it away', () => {
    const directory = freshDirectory()
    const { repository } = openWorkspace({ directory, now })
    repository.write('events', { events: [event], demos: [] })
    const kept = repository.backup('start')
    // What a kill leaves: a backup still being copied, and one renamed away to be deleted.
    for (const unfinished of [
      '.partial-2026-11-23T12-00-00-000Z',
      '.removing-2026-11-23T11-00-00-000Z',
    ]) {
      mkdirSync(join(directory, 'backups', unfinished))
      writeFileSync(join(directory, 'backups', unfinished, 'events.json'), '{"schemaVersion":3,"ev')
    }
    expect(repository.backups().map((backup) => backup.name)).toEqual([kept?.name])
    openWorkspace({ directory, now })
    expect(readdirSync(join(directory, 'backups'))).toEqual([kept?.name])
  })

  it('names each backup by its time and why it was taken', () => {
    const directory = freshDirectory()
    const { repository } = openWorkspace({
      directory,
      now: () => new Date('2026-11-23T12:00:00.000Z'),
    })
    repository.write('events', { events: [event], demos: [] })
    for (const label of ['start', '', 'before-restore', 'before-restore']) repository.backup(label)
    const names = repository.backups().map(({ name, label }) => ({ name, label }))
    // Taken in the same millisecond, so compared without their order.
    expect(names.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: '2026-11-23T12-00-00-000Z', label: '' },
      { name: '2026-11-23T12-00-00-000Z-before-restore', label: 'before-restore' },
      { name: '2026-11-23T12-00-00-000Z-before-restore-1', label: 'before-restore' },
      { name: '2026-11-23T12-00-00-000Z-start', label: 'start' },
    ])
  })
})

describe('replacing the whole workspace (restore, import)', () => {
  const replacement = () => ({
    ...emptyWorkspaceFiles(),
    events: { events: [makeEvent({ id: 'replaced', title: 'From the backup' })], demos: [] },
    board: { board: { ...DEFAULT_BOARD, columns: DEFAULT_BOARD.columns.slice(0, 2) } },
  })

  it('backs up the current workspace, then replaces every file', () => {
    const directory = freshDirectory()
    const { repository } = openWorkspace({ directory, now })
    repository.write('events', { events: [event], demos: [] })
    const before = repository.snapshot()
    const backup = repository.replaceAll(replacement(), 'before-restore')
    expect(backup?.label).toBe('before-restore')
    expect(repository.snapshot()).toEqual(toSnapshot(replacement()))
    expect(openWorkspace({ directory, now }).repository.snapshot()).toEqual(
      toSnapshot(replacement()),
    )
    const kept = JSON.parse(readFileSync(join(backup?.path ?? '', 'events.json'), 'utf8'))
    expect(kept.events).toEqual(before.events)
  })

  it('finishes on the next open a replacement a crash interrupted, never a mix of both', () => {
    const directory = freshDirectory()
    const { repository } = openWorkspace({ directory, now })
    repository.write('events', { events: [event], demos: [] })
    repository.write('people', { people: [], tombstones: [], mergeSuggestions: [], merges: [] })
    // What a crash midway leaves: the journal written, one file replaced, the others not yet.
    writeReplaceJournal(directory, replacement())
    repository.write('events', replacement().events)

    const reopened = openWorkspace({ directory, now })
    expect(reopened.repository.snapshot()).toEqual(toSnapshot(replacement()))
    expect(reopened.notices).toMatchObject([
      { level: 'info', title: 'Finished replacing the workspace' },
    ])
    expect(existsSync(join(directory, REPLACE_JOURNAL))).toBe(false)
    expect(openWorkspace({ directory, now }).notices).toEqual([])
  })
})

describe('opening a workspace written by schema version 1', () => {
  const fixture = join(import.meta.dirname, '../../../tests/fixtures/workspace-v1')

  it('migrates every file, keeps all data, and keeps the old files in a backup', () => {
    const directory = freshDirectory()
    cpSync(fixture, directory, { recursive: true })
    const { repository, notices } = openWorkspace({ directory, now })
    const snapshot = repository.snapshot()

    expect(snapshot.events).toHaveLength(1)
    expect(snapshot.events[0]).toMatchObject({
      id: 'v1-event-1',
      title: 'AI Demo Night #1',
      gateOverrides: [],
      demoTargetMetAt: null,
    })
    // The contract starts from the defaults, but keeps the demo target v1 settings had.
    expect(snapshot.events[0]?.demoContract).toMatchObject({ slotCount: 6, demoTarget: 3 })
    expect(snapshot.demos).toEqual([])
    expect(snapshot.settings).toMatchObject({
      defaultTimeZone: 'Europe/Berlin',
      defaultDemoTarget: 4,
      followUpMinimum: 10,
      columnMappings: { luma: { email: 'email', name: 'name' } },
    })
    expect(snapshot.people.map((person) => person.name)).toEqual(['Ana Silva'])
    expect(snapshot.registrations).toHaveLength(1)
    expect(snapshot.board.columns.map((column) => column.name)).toContain('Warm intros')
    expect(notices.map((notice) => notice.title)).toEqual(['Workspace updated to the new format'])

    const onDisk = JSON.parse(readFileSync(join(directory, 'events.json'), 'utf8'))
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    const backup = repository.backups().find((entry) => entry.name.includes('before-migration'))
    expect(backup).toBeDefined()
    const saved = JSON.parse(readFileSync(join(backup?.path ?? '', 'events.json'), 'utf8'))
    expect(saved.schemaVersion).toBe(1)

    // Opening again finds nothing left to migrate.
    expect(openWorkspace({ directory, now }).notices).toEqual([])
  })
})

describe('opening a workspace written by schema version 2', () => {
  const fixture = join(import.meta.dirname, '../../../tests/fixtures/workspace-v2')

  it('keeps the override and its reason, with an unknown author, and keeps the demos', () => {
    const directory = freshDirectory()
    cpSync(fixture, directory, { recursive: true })
    const { repository, notices } = openWorkspace({ directory, now })
    const [event] = repository.snapshot().events
    expect(event?.gateOverrides).toEqual([
      {
        id: 'v2-override-1',
        gate: 'announce-demos',
        reason: 'Venue needed the date public this week',
        at: '2026-05-01T08:59:00.000Z',
        by: '',
      },
    ])
    expect(repository.snapshot().demos.map((demo) => demo.title)).toEqual([
      'Voice agent on a Raspberry Pi',
    ])
    expect(notices.map((notice) => notice.title)).toEqual(['Workspace updated to the new format'])
  })
})

describe('a transaction reports what it wrote', () => {
  it('names each written file with the object it replaced and the one in place now', () => {
    const { repository } = openWorkspace({ directory: freshDirectory(), now })
    const eventsBefore = repository.read('events')
    const boardBefore = repository.read('board')
    const first = { events: [event], demos: [] }
    const last = { events: [{ ...event, title: 'Renamed' }], demos: [] }
    const { value, written } = repository.transactionWithWrites(() => {
      repository.write('events', first)
      repository.write('events', last)
      return 'done'
    })
    expect(value).toBe('done')
    expect(Object.keys(written.before)).toEqual(['events'])
    expect(written.before.events).toBe(eventsBefore)
    expect(written.after.events).toBe(last)
    expect(written.isReplaced).toBe(false)
    expect(repository.read('events')).toBe(last)
    expect(repository.read('board')).toBe(boardBefore)
  })

  it('keeps the report whole when a backup midway puts the first writes on disk', () => {
    const { repository } = openWorkspace({ directory: freshDirectory(), now })
    const eventsBefore = repository.read('events')
    const next = { events: [event], demos: [] }
    const { written } = repository.transactionWithWrites(() => {
      repository.write('events', next)
      repository.backup('midway')
      repository.write('board', { board: DEFAULT_BOARD })
    })
    expect(written.before.events).toBe(eventsBefore)
    expect(written.after.events).toBe(next)
    expect(Object.keys(written.after).sort()).toEqual(['board', 'events'])
  })

  it('reports nothing written when the change throws, and says when the whole was replaced', () => {
    const { repository } = openWorkspace({ directory: freshDirectory(), now })
    expect(() =>
      repository.transactionWithWrites(() => {
        repository.write('events', { events: [event], demos: [] })
        throw new Error('refused')
      }),
    ).toThrow('refused')
    expect(repository.read('events').events).toEqual([])
    const replaced = repository.transactionWithWrites(() =>
      repository.replaceAll(emptyWorkspaceFiles(), 'before-restore'),
    )
    expect(replaced.written.isReplaced).toBe(true)
  })
})
