/**
 * Opening files an older DevRel OS wrote, when they are not what that version wrote (issue 14:
 * `{"schemaVersion":1,"events":null}` stopped the app from starting although a good backup
 * existed), and when a crash stopped a migration halfway through rewriting them.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EMPTY_CHAT_FILE } from '../../shared/domain/chat-schemas'
import {
  CURRENT_SCHEMA_VERSION,
  filesAtVersion,
  MIGRATIONS,
  storedFile,
} from '../../shared/schema/migrations'
import { toSnapshot, type WorkspaceFiles } from '../../shared/schema/workspace'
import { makeEvent } from '../../shared/testing/factories'
import { everythingVersion3Held, version3Files } from '../../shared/testing/version-3-workspace'
import { everythingVersion4Held, version4Texts } from '../../shared/testing/version-4-workspace'
import { listBackups } from './backups'
import { openWorkspace } from './workspace-repository'

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures')
const freshDirectory = (): string => mkdtempSync(join(tmpdir(), 'devrel-old-files-'))
let clock = Date.parse('2026-11-23T12:00:00.000Z')
const now = (): Date => new Date((clock += 1000))
const event = makeEvent({ id: 'e1', title: 'AI Demo Night #1' })

describe('an old-version file that does not fit its version', () => {
  it.each([
    ['events that are null', 'events', '{"schemaVersion":1,"events":null}', /events: .*array/],
    ['events that are text', 'events', '{"schemaVersion":1,"events":"abc"}', /events: .*array/],
    [
      'gate overrides that are text',
      'events',
      '{"schemaVersion":2,"events":[{"id":"x","gateOverrides":"abc"}],"demos":[]}',
      /events\.0\.gateOverrides: .*array/,
    ],
    ['settings that are text', 'settings', '{"schemaVersion":1,"settings":"abc"}', /settings: /],
  ])('%s: moved aside and restored from a backup, and the app opens', (_case, name, text, why) => {
    const directory = freshDirectory()
    const first = openWorkspace({ directory, now })
    first.repository.write('events', { events: [event], demos: [] })
    const settings = first.repository.read('settings')
    first.repository.write('settings', settings)
    first.repository.backup()
    writeFileSync(join(directory, `${name}.json`), text)

    const { repository, notices } = openWorkspace({ directory, now })
    expect(repository.snapshot().events).toEqual([event])
    expect(repository.read('settings')).toEqual(settings)
    expect(notices).toMatchObject([{ level: 'warning', title: `Restored ${name} from a backup` }])
    expect(notices[0]?.detail).toMatch(why)
    const moved = readdirSync(join(directory, 'corrupt'))
    expect(moved).toHaveLength(1)
    expect(readFileSync(join(directory, 'corrupt', moved[0] ?? ''), 'utf8')).toBe(text)
    expect(openWorkspace({ directory, now }).notices).toEqual([])
  })
})

/** Writes the files version 3 would have written for this workspace into `directory`. */
function writeVersion3Workspace(directory: string, files: WorkspaceFiles): void {
  for (const [name, content] of Object.entries(version3Files(files))) {
    writeFileSync(join(directory, `${name}.json`), JSON.stringify(content, null, 2))
  }
}

/** Writes the files version 4 wrote for this workspace, with version 4's own encoder. */
function writeVersion4Workspace(directory: string, files: WorkspaceFiles): void {
  for (const [name, text] of Object.entries(version4Texts(files))) {
    writeFileSync(join(directory, `${name}.json`), text)
  }
}

/** Writes the files version 5 wrote (in its stored forms; no chat file yet) into `directory`. */
function writeVersion5Workspace(directory: string, files: WorkspaceFiles): void {
  for (const name of filesAtVersion(5)) {
    writeFileSync(
      join(directory, `${name}.json`),
      JSON.stringify(storedFile(name, files[name], MIGRATIONS, 5)),
    )
  }
}

/**
 * Writes the files version 6 wrote into `directory`: the chat file, but a journal without the door
 * and stage logs, which version 7 added.
 */
function writeVersion6Workspace(directory: string, files: WorkspaceFiles): void {
  const { doorLog: _door, stageLog: _stage, ...journal } = files.journal
  for (const name of filesAtVersion(6)) {
    const stored = storedFile(name, files[name], MIGRATIONS, 6)
    const written = name === 'journal' ? { schemaVersion: 6, ...journal } : stored
    writeFileSync(join(directory, `${name}.json`), JSON.stringify(written))
  }
}

/** Each old version's workspace, copied into `directory` as that version left it. */
const OLD_WORKSPACES: [string, (directory: string) => void][] = [
  ['1', (directory) => cpSync(join(FIXTURES, 'workspace-v1'), directory, { recursive: true })],
  [
    '3',
    (directory) =>
      writeVersion3Workspace(directory, everythingVersion3Held(new Date('2026-11-23T12:14:00Z'))),
  ],
  [
    '4',
    (directory) =>
      writeVersion4Workspace(directory, everythingVersion4Held(new Date('2026-11-23T12:14:00Z'))),
  ],
  [
    '5',
    (directory) =>
      writeVersion5Workspace(directory, everythingVersion4Held(new Date('2026-11-23T12:14:00Z'))),
  ],
  [
    '6',
    (directory) =>
      writeVersion6Workspace(directory, everythingVersion4Held(new Date('2026-11-23T12:14:00Z'))),
  ],
]

describe('opening a workspace written by schema version 6', () => {
  it('opens with empty door and stage logs and every other file as it was', () => {
    const current = everythingVersion4Held(new Date('2026-11-23T12:14:00Z'))
    const directory = freshDirectory()
    writeVersion6Workspace(directory, current)
    const { repository, notices } = openWorkspace({ directory, now })
    expect(repository.snapshot()).toEqual(toSnapshot(current))
    expect(repository.read('journal')).toMatchObject({ doorLog: [], stageLog: [] })
    expect(notices.map(({ title }) => title)).toEqual(['Workspace updated to the new format'])
    const onDisk = JSON.parse(readFileSync(join(directory, 'journal.json'), 'utf8'))
    expect(onDisk).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      doorLog: [],
      stageLog: [],
    })
    expect(openWorkspace({ directory, now }).notices).toEqual([])
  })
})

describe('opening a workspace written by schema version 5', () => {
  it('opens with an empty chat file and every other file as it was', () => {
    const current = everythingVersion4Held(new Date('2026-11-23T12:14:00Z'))
    const directory = freshDirectory()
    writeVersion5Workspace(directory, current)
    const { repository, notices } = openWorkspace({ directory, now })
    expect(repository.snapshot()).toEqual(toSnapshot(current))
    expect(repository.read('chat')).toEqual(EMPTY_CHAT_FILE)
    expect(notices.map(({ title }) => title)).toEqual(['Workspace updated to the new format'])
    const onDisk = JSON.parse(readFileSync(join(directory, 'settings.json'), 'utf8'))
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(openWorkspace({ directory, now }).notices).toEqual([])
  })
})

describe('opening a workspace written by schema version 3', () => {
  it('moves the status readings to their own settings and changes nothing else', () => {
    const current = everythingVersion3Held(new Date('2026-11-23T12:14:00Z'))
    const directory = freshDirectory()
    writeVersion3Workspace(directory, current)
    const { repository, notices } = openWorkspace({ directory, now })
    expect(repository.snapshot()).toEqual(toSnapshot(current))
    expect(repository.snapshot().settings.statusReadings).toEqual({
      'google-forms:willyouattend?': { 'no, online only': 'declined', tbc: 'maybe' },
      'humanitix:status': { 'on hold': 'waitlist' },
    })
    expect(notices.map(({ title }) => title)).toEqual(['Workspace updated to the new format'])
    const onDisk = JSON.parse(readFileSync(join(directory, 'settings.json'), 'utf8'))
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(Object.keys(onDisk.settings.columnMappings)).toEqual(['google-forms', 'humanitix'])
    expect(openWorkspace({ directory, now }).notices).toEqual([])
  })
})

describe('opening a workspace written by schema version 4', () => {
  const current = everythingVersion4Held(new Date('2026-11-23T12:14:00Z'))

  it('reads back the same workspace, and writes registrations and people column-wise', () => {
    const directory = freshDirectory()
    writeVersion4Workspace(directory, current)
    const sizeBefore = statSync(join(directory, 'registrations.json')).size

    const { repository, notices } = openWorkspace({ directory, now })
    expect(repository.snapshot()).toEqual(toSnapshot(current))
    expect(notices.map(({ title }) => title)).toEqual(['Workspace updated to the new format'])
    const onDisk = JSON.parse(readFileSync(join(directory, 'registrations.json'), 'utf8'))
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(onDisk.registrations.count).toBe(current.registrations.registrations.length)
    expect(statSync(join(directory, 'registrations.json')).size).toBeLessThan(sizeBefore / 2)
    // The version 4 files stay restorable from the backup taken before the update.
    const [backup] = listBackups(directory)
    expect(backup?.label).toBe('before-migration')
    expect(readFileSync(join(backup?.path ?? '', 'registrations.json'), 'utf8')).toBe(
      version4Texts(current).registrations,
    )

    const reopened = openWorkspace({ directory, now })
    expect(reopened.notices).toEqual([])
    expect(reopened.repository.snapshot()).toEqual(toSnapshot(current))
  })

  it('a damaged column-wise file is moved aside and restored from a backup, and the app opens', () => {
    const directory = freshDirectory()
    writeVersion4Workspace(directory, current)
    openWorkspace({ directory, now }).repository.backup()
    const path = join(directory, 'registrations.json')
    const stored = JSON.parse(readFileSync(path, 'utf8'))
    stored.registrations.columns.personId = { values: ['x'], indexes: [7] }
    const damaged = JSON.stringify(stored)
    writeFileSync(path, damaged)

    const { repository, notices } = openWorkspace({ directory, now })
    expect(repository.read('registrations')).toEqual(current.registrations)
    expect(notices).toMatchObject([
      { level: 'warning', title: 'Restored registrations from a backup' },
    ])
    expect(notices[0]?.detail).toMatch(
      /registrations\.columns\.personId\.indexes: expected \d+ indexes/,
    )
    const moved = readdirSync(join(directory, 'corrupt'))
    expect(readFileSync(join(directory, 'corrupt', moved[0] ?? ''), 'utf8')).toBe(damaged)
  })
})

describe('a migration a crash stopped halfway', () => {
  // Opening migrates and rewrites the files one by one (settings, events, people, registrations);
  // a crash after `written` of them leaves those at the current version and the rest at the old.
  describe.each(OLD_WORKSPACES)('from version %s', (_version, copyOld) => {
    it.each([1, 2, 3])(
      'with %i of the files rewritten, the next open finishes it: the same workspace as one go',
      (written) => {
        const whole = freshDirectory()
        copyOld(whole)
        const expected = openWorkspace({ directory: whole, now }).repository.snapshot()

        const directory = freshDirectory()
        copyOld(directory)
        const rewritten = ['settings', 'events', 'people', 'registrations'].slice(0, written)
        for (const name of rewritten) {
          cpSync(join(whole, `${name}.json`), join(directory, `${name}.json`))
        }

        const { repository, notices } = openWorkspace({ directory, now })
        expect(repository.snapshot()).toEqual(expected)
        expect(notices.map(({ title }) => title)).toEqual(['Workspace updated to the new format'])
        for (const name of rewritten) expect(notices[0]?.detail).not.toContain(`${name}.json`)
        expect(openWorkspace({ directory, now }).notices).toEqual([])
      },
    )
  })
})
