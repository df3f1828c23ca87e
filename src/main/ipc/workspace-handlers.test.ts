import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Event } from '../../shared/domain/schemas'
import type { Channel, RequestOf, ResponseOf } from '../../shared/ipc/contract'
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema/migrations'
import {
  DEFAULT_SETTINGS,
  emptyWorkspaceFiles,
  type WorkspaceSnapshot,
} from '../../shared/schema/workspace'
import { buildWorkspaceFile } from '../../shared/schema/workspace-file'
import { bootWorkspace } from '../boot-workspace'
import { NO_DESKTOP } from '../desktop-services'
import { readWorkspaceFileAt } from '../workspace-file/read-workspace-file-at'
import { dispatch } from './dispatch'
import type { Handlers } from './handler-types'

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures')

const edited = {
  defaultTimeZone: 'Europe/Berlin',
  defaultDemoTarget: 4,
  defaultSlotCount: 8,
  defaultMinutesPerDemo: 5,
  defaultExpectations: 'Live, or a recording of it running.',
  screeningCriteria: [{ id: 'runs', label: 'It runs' }],
  followUpMinimum: 12,
}

describe('settings', () => {
  it('saves the defaults, keeps what the app manages, and new events start from them', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'devrel-settings-'))
    const { handlers } = bootWorkspace({ directory })
    expect(await dispatch(handlers, 'workspace:update-settings', edited)).toMatchObject({
      ok: true,
    })

    const reopened = bootWorkspace({ directory })
    expect(reopened.repository.snapshot().settings).toEqual({
      ...DEFAULT_SETTINGS,
      ...edited,
    })
    const created = await dispatch(reopened.handlers, 'events:create', {
      title: 'Night',
      start: '2026-12-17T18:30',
      end: '2026-12-17T21:30',
      timeZone: 'Europe/Berlin',
      venue: '',
      city: '',
      capacity: null,
    })
    expect(created.ok && (created.value as Event).demoContract).toMatchObject({
      slotCount: 8,
      minutesPerDemo: 5,
      demoTarget: 4,
    })
  })

  it('refuses a target above the slot count and writes nothing', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'devrel-settings-'))
    const { handlers, repository } = bootWorkspace({ directory })
    const result = await dispatch(handlers, 'workspace:update-settings', {
      ...edited,
      defaultDemoTarget: 9,
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: 'defaultDemoTarget: The demo target cannot be more than the number of slots',
      },
    })
    expect(repository.snapshot().settings).toEqual(DEFAULT_SETTINGS)
  })
})

/** A workspace started from the sample (every file filled), with a desktop whose dialogs answer. */
function sampleWorkspace(directory = mkdtempSync(join(tmpdir(), 'devrel-safety-'))) {
  const dialogs = { save: null as string | null, open: null as string | null }
  const desktop = {
    ...NO_DESKTOP,
    chooseSaveFile: async () => dialogs.save,
    chooseOpenFile: async () => dialogs.open,
  }
  const boot = () => bootWorkspace({ directory, desktop, now: () => new Date(NOW) })
  return { directory, dialogs, boot, ...boot() }
}

const NOW = '2026-11-23T12:00:00.000Z'

/** Every workspace file's bytes, to prove a refused import or restore changed nothing. */
const filesOnDisk = (directory: string) =>
  Object.fromEntries(
    readdirSync(directory)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, readFileSync(join(directory, name), 'utf8')]),
  )

/** A request that must succeed: its typed value, or the test fails with main's message. */
async function call<C extends Channel>(
  handlers: Handlers,
  channel: C,
  request: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const result = await dispatch(handlers, channel, request)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as ResponseOf<C>
}

/** A change made after the backup; checked, so a refused change cannot make a test pass. */
const changeSettings = (handlers: Handlers) => call(handlers, 'workspace:update-settings', edited)

describe('the whole-workspace file', () => {
  it('round-trips: export, wipe, import gives the identical workspace', async () => {
    const source = sampleWorkspace()
    await dispatch(source.handlers, 'workspace:start', { startWith: 'sample' })
    await changeSettings(source.handlers)
    const before = source.repository.snapshot()
    expect(before.settings.followUpMinimum).toBe(edited.followUpMinimum)
    source.dialogs.save = join(mkdtempSync(join(tmpdir(), 'devrel-export-')), 'workspace.json')
    expect(await dispatch(source.handlers, 'workspace:export-file', undefined)).toEqual({
      ok: true,
      value: { path: source.dialogs.save },
    })

    rmSync(source.directory, { recursive: true })
    const target = sampleWorkspace(source.directory)
    expect(target.repository.snapshot().events).toEqual([])
    target.dialogs.open = source.dialogs.save
    const imported = await call(target.handlers, 'workspace:import-file', undefined)
    expect(imported?.isFirstRun).toBe(false)
    expect(imported?.snapshot).toEqual(before)
    // What was imported is on disk: a restart opens the same workspace.
    expect(target.boot().repository.snapshot()).toEqual(before)
  })

  it('keeps the current workspace in a backup before importing over it', async () => {
    const exported = sampleWorkspace()
    await dispatch(exported.handlers, 'workspace:start', { startWith: 'sample' })
    exported.dialogs.save = join(exported.directory, '..', `${basename(exported.directory)}.json`)
    await dispatch(exported.handlers, 'workspace:export-file', undefined)

    const current = sampleWorkspace()
    await dispatch(current.handlers, 'workspace:start', { startWith: 'empty' })
    await changeSettings(current.handlers)
    const before = current.repository.snapshot()
    expect(before.settings.followUpMinimum).toBe(edited.followUpMinimum)
    current.dialogs.open = exported.dialogs.save
    const result = await call(current.handlers, 'workspace:import-file', undefined)
    expect(result?.previousBackup?.label).toBe('before-import')

    const restored = await call(current.handlers, 'workspace:restore-backup', {
      name: result?.previousBackup?.name ?? '',
    })
    expect(restored.snapshot).toEqual(before)
  })

  it('migrates a file exported by an older version', async () => {
    const { schemaVersion, ...events } = JSON.parse(
      readFileSync(join(FIXTURES, 'workspace-v2/events.json'), 'utf8'),
    )
    const file = join(mkdtempSync(join(tmpdir(), 'devrel-old-')), 'old.json')
    writeFileSync(
      file,
      JSON.stringify({ format: 'devrel-os-workspace', schemaVersion, files: { events } }),
    )
    const { handlers, dialogs } = sampleWorkspace()
    dialogs.open = file
    const result = await call(handlers, 'workspace:import-file', undefined)
    const [event] = result?.snapshot.events ?? []
    // Version 3 records who passed a gate; a version 2 override has no name to give.
    expect(event?.gateOverrides).toMatchObject([{ id: 'v2-override-1', by: '' }])
  })

  /** A version 1 export: the files version 1 had, the given ones in place of the good ones. */
  const versionOne = (parts: Record<string, unknown>) => {
    const files = {
      settings: {
        settings: { defaultTimeZone: 'UTC', defaultDemoTarget: 3, startedWith: 'empty' },
      },
      events: { events: [] },
      people: { people: [], tombstones: [], mergeSuggestions: [], merges: [] },
      registrations: { registrations: [], imports: [] },
      ...parts,
    }
    return JSON.stringify({ format: 'devrel-os-workspace', schemaVersion: 1, files })
  }
  /** A current workspace file whose people are `count` empty objects: `{},{},{}…`. */
  // One object per person, as version 4 wrote people (from version 5 they are column-wise, and a
  // table claiming too many rows is refused by its count).
  const crafted = (count: number) => {
    const file = JSON.parse(buildWorkspaceFile(emptyWorkspaceFiles(), NOW))
    file.schemaVersion = 4
    file.files.people.people = []
    file.files.registrations.registrations = []
    return JSON.stringify(file).replace('"people":[]', `"people":[${'{},'.repeat(count - 1)}{}]`)
  }
  const valid = () => {
    const files = JSON.parse(readFileSync(join(FIXTURES, 'workspace-v2/events.json'), 'utf8'))
    return { format: 'devrel-os-workspace', schemaVersion: CURRENT_SCHEMA_VERSION, files }
  }
  it.each([
    [
      'from a newer version',
      () => JSON.stringify({ ...valid(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }),
      `was written by a newer version of DevRel OS (workspace version ${CURRENT_SCHEMA_VERSION + 1}`,
    ],
    ['empty', () => '', 'the file is empty'],
    [
      'cut off halfway through writing',
      () => buildWorkspaceFile(emptyWorkspaceFiles(), NOW).slice(0, 300),
      'the file is incomplete or damaged',
    ],
    [
      'not a workspace file',
      () => JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, events: [] }),
      'not a DevRel OS workspace',
    ],
    [
      'missing part of the workspace',
      () => {
        const { people: _people, ...files } = emptyWorkspaceFiles()
        return JSON.stringify({ ...valid(), files })
      },
      'the file is incomplete: it has no people',
    ],
    [
      'holding data that does not fit the schema',
      () => {
        const files = { ...emptyWorkspaceFiles(), events: { events: [{ id: 'x' }], demos: [] } }
        return JSON.stringify({ ...valid(), files })
      },
      'events: events.0.title',
    ],
    [
      'from version 1 whose events are null',
      () => versionOne({ events: { events: null } }),
      'events: events: Invalid input: expected array, received null',
    ],
    [
      'from version 1 whose settings are text',
      () => versionOne({ settings: { settings: 'abc' } }),
      'settings: settings: Invalid input: expected object, received string',
    ],
    [
      // 6 MB: once 68 s of validation and every byte of memory (issue 14).
      'crafted to hold 2,000,000 empty people',
      () => crafted(2_000_000),
      'people.people holds 2,000,000 items; a workspace file can hold at most 1,000,000 in any list',
    ],
    [
      'holding 1,000,000 empty people, within the count but not one of them valid',
      () => crafted(1_000_000),
      'people: people.0.id: Invalid input',
    ],
  ])('refuses a file %s, with the reason, and changes nothing', async (_case, text, reason) => {
    const { handlers, directory, dialogs, repository } = sampleWorkspace()
    await dispatch(handlers, 'workspace:start', { startWith: 'sample' })
    const before = filesOnDisk(directory)
    const backups = repository.backups().length
    dialogs.open = join(directory, '..', `${basename(directory)}-import.json`)
    writeFileSync(dialogs.open, text())

    const result = await dispatch(handlers, 'workspace:import-file', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } })
    expect(!result.ok && result.error.message).toContain(reason)
    expect(!result.ok && result.error.message).toContain('Your workspace was not changed.')
    expect(filesOnDisk(directory)).toEqual(before)
    expect(repository.backups()).toHaveLength(backups)
  })

  it('imports a file that starts with a byte order mark, as Windows editors save it', async () => {
    const source = sampleWorkspace()
    await dispatch(source.handlers, 'workspace:start', { startWith: 'sample' })
    const before = source.repository.snapshot()
    const file = join(mkdtempSync(join(tmpdir(), 'devrel-bom-')), 'workspace.json')
    writeFileSync(file, `\uFEFF${buildWorkspaceFile(source.repository.files(), NOW)}`)

    const { handlers, dialogs } = sampleWorkspace()
    dialogs.open = file
    const imported = await call(handlers, 'workspace:import-file', undefined)
    expect(imported?.snapshot).toEqual(before)
  })

  it('refuses what is not a file, and a file beyond the size a workspace file can be', async () => {
    const { handlers, directory, dialogs } = sampleWorkspace()
    await dispatch(handlers, 'workspace:start', { startWith: 'sample' })
    const before = filesOnDisk(directory)
    dialogs.open = mkdtempSync(join(tmpdir(), 'devrel-folder-'))
    const result = await dispatch(handlers, 'workspace:import-file', undefined)
    expect(!result.ok && result.error.message).toMatch(
      /could not be read \(it is not a regular file\)\. Your workspace was not changed\.$/,
    )
    expect(filesOnDisk(directory)).toEqual(before)

    const file = join(dialogs.open, 'workspace.json')
    writeFileSync(file, buildWorkspaceFile(emptyWorkspaceFiles(), NOW))
    expect(readWorkspaceFileAt(file, 1024)).toEqual({
      kind: 'invalid',
      // An empty workspace's size, whatever files the current version has.
      reason: expect.stringMatching(
        /^the file is \d KB, larger than a workspace file can be \(1 KB\)$/,
      ),
    })
  })

  it('does nothing when the person cancels either dialog', async () => {
    const { handlers, directory } = sampleWorkspace()
    await dispatch(handlers, 'workspace:start', { startWith: 'sample' })
    const before = filesOnDisk(directory)
    expect(await dispatch(handlers, 'workspace:export-file', undefined)).toEqual({
      ok: true,
      value: null,
    })
    expect(await dispatch(handlers, 'workspace:import-file', undefined)).toEqual({
      ok: true,
      value: null,
    })
    expect(filesOnDisk(directory)).toEqual(before)
  })
})

describe('restoring an automatic backup', () => {
  it('lists backups and restores one: the later change is gone, also after a restart', async () => {
    const first = sampleWorkspace()
    await dispatch(first.handlers, 'workspace:start', { startWith: 'sample' })
    const started = first.boot() // a restart takes the start backup of the sample
    const restoredState = started.repository.snapshot()
    await changeSettings(started.handlers)
    expect(started.repository.snapshot()).not.toEqual(restoredState)

    const [latest] = await call(started.handlers, 'workspace:list-backups', undefined)
    expect(latest).toMatchObject({ label: 'start', createdAt: NOW })
    expect(latest?.sizeBytes).toBeGreaterThan(1000)

    const result = await call(started.handlers, 'workspace:restore-backup', {
      name: latest?.name ?? '',
    })
    expect(result.snapshot).toEqual(restoredState)
    // The state before the restore is kept, so a wrong restore can itself be undone.
    expect(result.previousBackup?.label).toBe('before-restore')
    const listedAfter = await call(started.handlers, 'workspace:list-backups', undefined)
    expect(listedAfter.map((backup) => backup.label)).toContain('before-restore')

    expect(first.boot().repository.snapshot()).toEqual(restoredState)
  })

  it.each([['no-such-backup'], ['../../etc'], ['2026-11-23T12-00-00-000Z']])(
    'refuses a backup name that is not in the list (%s)',
    async (name) => {
      const { handlers, directory } = sampleWorkspace()
      await dispatch(handlers, 'workspace:start', { startWith: 'sample' })
      const before = filesOnDisk(directory)
      expect(await dispatch(handlers, 'workspace:restore-backup', { name })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      })
      expect(filesOnDisk(directory)).toEqual(before)
    },
  )

  it('refuses a backup with a damaged copy and leaves the workspace as it is', async () => {
    const first = sampleWorkspace()
    await dispatch(first.handlers, 'workspace:start', { startWith: 'sample' })
    const { handlers, repository } = first.boot()
    const [backup] = repository.backups()
    const cut = `{"schemaVersion":${CURRENT_SCHEMA_VERSION},"people":[`
    writeFileSync(join(backup?.path ?? '', 'people.json'), cut)
    const before = filesOnDisk(first.directory)
    const result = await dispatch(handlers, 'workspace:restore-backup', {
      name: backup?.name ?? '',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } })
    expect(!result.ok && result.error.message).toContain('its copy of people.json is damaged')
    expect(filesOnDisk(first.directory)).toEqual(before)
  })
})

/** Like sampleWorkspace, but each moment a second after the last, so backups keep their order. */
function clockedWorkspace(directory = mkdtempSync(join(tmpdir(), 'devrel-safety-'))) {
  let clock = Date.parse(NOW)
  const now = () => new Date((clock += 1000))
  const dialogs = { save: null as string | null, open: null as string | null }
  const desktop = {
    ...NO_DESKTOP,
    chooseSaveFile: async () => dialogs.save,
    chooseOpenFile: async () => dialogs.open,
  }
  const boot = () => bootWorkspace({ directory, desktop, now })
  return { directory, dialogs, boot, ...boot() }
}

describe('backups kept for a way back', () => {
  it('restoring the oldest routine backup keeps it listed', async () => {
    const { handlers, repository } = clockedWorkspace()
    await call(handlers, 'workspace:start', { startWith: 'sample' })
    // The whole routine rotation: ten 10-minute backups, each after a change.
    for (let index = 0; index < 10; index += 1) {
      await call(handlers, 'workspace:update-settings', { ...edited, followUpMinimum: index + 1 })
      repository.backupIfChanged()
    }
    const listed = await call(handlers, 'workspace:list-backups', undefined)
    const oldest = listed.at(-1)
    expect(listed).toHaveLength(10)

    await call(handlers, 'workspace:restore-backup', { name: oldest?.name ?? '' })
    const after = await call(handlers, 'workspace:list-backups', undefined)
    expect(after.map((backup) => backup.name)).toContain(oldest?.name)
    expect(after[0]?.label).toBe('before-restore')
  })

  it('restoring the oldest safety backup keeps it listed', async () => {
    const { handlers, repository } = clockedWorkspace()
    await call(handlers, 'workspace:start', { startWith: 'sample' })
    repository.backup()
    for (let index = 0; index < 3; index += 1) {
      await call(handlers, 'workspace:update-settings', { ...edited, followUpMinimum: index + 1 })
      const [routine] = repository.backups().filter((backup) => backup.label === '')
      await call(handlers, 'workspace:restore-backup', { name: routine?.name ?? '' })
    }
    // Then a full routine rotation, newer than all of them.
    for (let index = 0; index < 10; index += 1) {
      await call(handlers, 'workspace:update-settings', { ...edited, followUpMinimum: index + 5 })
      repository.backupIfChanged()
    }
    const safety = repository.backups().filter((backup) => backup.label === 'before-restore')
    expect(safety).toHaveLength(3)
    const oldest = safety.at(-1)
    await call(handlers, 'workspace:restore-backup', { name: oldest?.name ?? '' })
    expect(repository.backups().map((backup) => backup.name)).toContain(oldest?.name)
  })

  it('the backup from before an import outlives many restarts and a day of routine backups', async () => {
    const source = clockedWorkspace()
    await call(source.handlers, 'workspace:start', { startWith: 'sample' })
    source.dialogs.save = join(mkdtempSync(join(tmpdir(), 'devrel-export-')), 'workspace.json')
    await call(source.handlers, 'workspace:export-file', undefined)

    const current = clockedWorkspace()
    await call(current.handlers, 'workspace:start', { startWith: 'empty' })
    current.dialogs.open = source.dialogs.save
    const imported = await call(current.handlers, 'workspace:import-file', undefined)
    const kept = imported?.previousBackup?.name
    for (let launch = 0; launch < 15; launch += 1) current.boot()
    for (let index = 0; index < 15; index += 1) {
      await call(current.handlers, 'workspace:update-settings', {
        ...edited,
        followUpMinimum: index + 1,
      })
      current.repository.backupIfChanged()
    }
    const listed = await call(current.handlers, 'workspace:list-backups', undefined)
    expect(listed.map((backup) => backup.name)).toContain(kept)
    expect(listed.filter((backup) => backup.label === '' || backup.label === 'start')).toHaveLength(
      10,
    )
  })
})

describe('people deleted at their request, when a whole workspace comes back', () => {
  /** Has a pipeline card, follow-ups and an intro in the sample workspace. */
  const PERSON = 'sample-person-009'
  const EMAIL = 'jieun.kim@tensorlane.example'

  const expectForgotten = (snapshot: WorkspaceSnapshot) => {
    expect(snapshot.people.map((person) => person.id)).not.toContain(PERSON)
    expect(snapshot.people.flatMap((person) => person.emails)).not.toContain(EMAIL)
    expect(snapshot.registrations.filter((entry) => entry.personId === PERSON)).toEqual([])
    expect(snapshot.board.cards.filter((card) => card.personId === PERSON)).toEqual([])
    const cardIds = new Set(snapshot.board.cards.map((card) => card.id))
    expect(
      snapshot.board.columns.flatMap((column) => column.cardIds).every((id) => cardIds.has(id)),
    ).toBe(true)
    expect(snapshot.followUps.filter((followUp) => followUp.personId === PERSON)).toEqual([])
    expect(snapshot.intros.filter((intro) => intro.personIds.includes(PERSON))).toEqual([])
  }

  it('an export taken before a deletion does not bring the person back', async () => {
    const workspace = clockedWorkspace()
    const { handlers, repository } = workspace
    await call(handlers, 'workspace:start', { startWith: 'sample' })
    const before = repository.snapshot()
    expect(before.board.cards.some((card) => card.personId === PERSON)).toBe(true)
    expect(before.followUps.some((followUp) => followUp.personId === PERSON)).toBe(true)
    workspace.dialogs.save = join(mkdtempSync(join(tmpdir(), 'devrel-export-')), 'before.json')
    await call(handlers, 'workspace:export-file', undefined)
    await call(handlers, 'attendees:delete-person', { personId: PERSON })
    const tombstones = repository.read('people').tombstones
    expect(tombstones.length).toBeGreaterThan(0)

    workspace.dialogs.open = workspace.dialogs.save
    const imported = await call(handlers, 'workspace:import-file', undefined)
    expectForgotten(imported?.snapshot ?? before)
    expect(imported?.snapshot.people).toHaveLength(before.people.length - 1)
    expect(imported?.snapshot.tombstones).toEqual(expect.arrayContaining(tombstones))
    expect(imported?.notices).toMatchObject([
      {
        level: 'info',
        title: 'People deleted at their request stay deleted',
        detail: expect.stringContaining('1 person in before.json had been deleted'),
      },
    ])
    // On disk too: a restart, or the next attendee import, still knows them as deleted.
    const reopened = workspace.boot().repository
    expectForgotten(reopened.snapshot())
    expect(reopened.read('people').tombstones).toEqual(expect.arrayContaining(tombstones))
  })

  it('a backup a crash left from before a deletion does not bring the person back', async () => {
    const workspace = clockedWorkspace()
    await call(workspace.handlers, 'workspace:start', { startWith: 'sample' })
    const { handlers, repository } = workspace.boot()
    const [withPerson] = repository.backups()
    const aside = join(mkdtempSync(join(tmpdir(), 'devrel-aside-')), withPerson?.name ?? '')
    cpSync(withPerson?.path ?? '', aside, { recursive: true })
    await call(handlers, 'attendees:delete-person', { personId: PERSON })
    // What a crash between writing the deletion and clearing the older backups leaves behind.
    cpSync(aside, withPerson?.path ?? '', { recursive: true })

    const restored = await call(handlers, 'workspace:restore-backup', {
      name: withPerson?.name ?? '',
    })
    expectForgotten(restored.snapshot)
    expect(restored.notices).toMatchObject([
      { title: 'People deleted at their request stay deleted' },
    ])
  })

  it('says nothing when the file holds nobody deleted here', async () => {
    const workspace = clockedWorkspace()
    await call(workspace.handlers, 'workspace:start', { startWith: 'sample' })
    await call(workspace.handlers, 'attendees:delete-person', { personId: PERSON })
    workspace.dialogs.save = join(mkdtempSync(join(tmpdir(), 'devrel-export-')), 'after.json')
    await call(workspace.handlers, 'workspace:export-file', undefined)
    const exported = workspace.repository.snapshot()
    await changeSettings(workspace.handlers)
    workspace.dialogs.open = workspace.dialogs.save
    const imported = await call(workspace.handlers, 'workspace:import-file', undefined)
    expect(imported?.notices).toEqual([])
    expect(imported?.snapshot).toEqual(exported)
  })
})
