/**
 * A full disk (issue 14): a save that is not on disk whole is a failure. The previous file stays
 * intact, memory keeps what the disk has, the organizer is told in words, and once space is freed
 * the same change goes through. Run for real, not simulated: on a small tmpfs mounted by the test
 * (the CI machine runs as root), and in a child process under `ulimit -f`, where the kernel cuts
 * every write at the limit. Covered: a save, a change to several files, an attendee import,
 * starting with the sample workspace, a whole-workspace replacement, and a backup.
 */
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IpcResult, ResponseOf } from '../../shared/ipc/contract'
import { WORKSPACE_FILE_NAMES } from '../../shared/schema/workspace'
import { importedRow, makeEvent } from '../../shared/testing/factories'
import { bootWorkspace } from '../boot-workspace'
import { dispatch } from '../ipc/dispatch'
import { backUpSafely } from './backup-safely'
import { BACKUP_FOLDER, DamagedFileError, listBackups } from './backups'
import { diskFullWorkload, manyPeople, type DiskFullChange } from './disk-full-workload'
import { mountSmallDisk, type SmallDisk } from './small-disk'
import { buildTestChild } from './test-child'
import { openWorkspace, REPLACE_JOURNAL } from './workspace-repository'
import { DiskFullError } from './write-errors'

const DISK_FULL_MESSAGE =
  'The disk is full: your last change was not saved. Free some space and it will be saved again.'

const scratch = mkdtempSync(join(tmpdir(), 'devrel-disk-full-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const disk = mountSmallDisk(scratch, 8)
const mounted = 'path' in disk ? disk : null
afterAll(() => mounted?.unmount())
const fillDisk = (keepBytes: number): (() => void) => (mounted as SmallDisk).fill(keepBytes)

let workspaces = 0
const freshWorkspace = (): string =>
  join((mounted as SmallDisk).path, `workspace-${(workspaces += 1)}`)

/** Every file of the workspace, byte for byte; absent files as null. */
function filesOnDisk(directory: string): Record<string, string | null> {
  return Object.fromEntries(
    WORKSPACE_FILE_NAMES.map((name) => {
      const path = join(directory, `${name}.json`)
      return [name, existsSync(path) ? readFileSync(path, 'utf8') : null]
    }),
  )
}
const strayFiles = (directory: string): string[] =>
  readdirSync(directory).filter((name) => /\.tmp-|^replacing\.json$/.test(name))

/** The workspace opens as it was: no restore, no finished replacement, nothing moved aside. */
function expectOpensClean(directory: string): ReturnType<typeof openWorkspace>['repository'] {
  const { repository, notices } = openWorkspace({ directory })
  expect(notices).toEqual([])
  return repository
}

describe.skipIf(mounted === null)(
  `on a full disk (a real tmpfs)${mounted === null ? `: skipped, ${(disk as { reason: string }).reason}` : ''}`,
  () => {
    it('a save fails in words, keeps the file and memory, and goes through once space is freed', () => {
      const directory = freshWorkspace()
      const { repository } = openWorkspace({ directory })
      repository.write('people', manyPeople(50, 'small'))
      const before = filesOnDisk(directory)

      const freeSpace = fillDisk(64 * 1024)
      expect(() => diskFullWorkload.save(repository)).toThrow(DiskFullError)
      expect(() => diskFullWorkload.save(repository)).toThrow(DISK_FULL_MESSAGE)
      expect(filesOnDisk(directory)).toEqual(before)
      expect(repository.read('people').people).toHaveLength(50)
      expect(strayFiles(directory)).toEqual([])
      expect(expectOpensClean(directory).read('people').people).toHaveLength(50)

      freeSpace()
      diskFullWorkload.save(repository)
      expect(expectOpensClean(directory).read('people').people).toHaveLength(3000)
    })

    it('a change to two files saves neither when the second does not fit', () => {
      const directory = freshWorkspace()
      const { repository } = openWorkspace({ directory })
      repository.write('events', { events: [makeEvent({ id: 'earlier' })], demos: [] })
      const before = filesOnDisk(directory)

      const freeSpace = fillDisk(64 * 1024)
      expect(() => diskFullWorkload.transaction(repository)).toThrow(DISK_FULL_MESSAGE)
      expect(filesOnDisk(directory)).toEqual(before)
      expect(repository.read('events').events.map((event) => event.id)).toEqual(['earlier'])
      expect(strayFiles(directory)).toEqual([])
      freeSpace()
    })

    it('an attendee import answers disk-full and writes none of people, registrations, settings', async () => {
      const directory = freshWorkspace()
      const { repository, handlers } = bootWorkspace({ directory })
      repository.write('events', { events: [makeEvent({ id: 'night' })], demos: [] })
      const request = {
        eventId: 'night',
        platform: 'luma',
        fileName: 'night-guests.csv',
        mapping: { name: 'name', email: 'email' },
        rows: Array.from({ length: 2000 }, (_, index) =>
          importedRow(index + 2, {
            name: `Guest ${index} ${'with a long name '.repeat(4)}`,
            email: `guest.${index}@example.org`,
            sourceKey: `gst-${index}`,
            answers: { 'What are you building?': 'An agent that files my expenses. '.repeat(6) },
          }),
        ),
        rowErrors: [],
        duplicatesCollapsed: 0,
      }
      const before = filesOnDisk(directory)

      const freeSpace = fillDisk(64 * 1024)
      const refused = await dispatch(handlers, 'attendees:import', request)
      expect(refused).toEqual({
        ok: false,
        error: { code: 'disk-full', message: DISK_FULL_MESSAGE },
      })
      expect(filesOnDisk(directory)).toEqual(before)
      expect(strayFiles(directory)).toEqual([])

      freeSpace()
      const accepted = await dispatch(handlers, 'attendees:import', request)
      expect(accepted.ok).toBe(true)
      expect(expectOpensClean(directory).read('registrations').registrations).toHaveLength(2000)
    })

    it('starting with the sample workspace on a full disk writes nothing, and works once freed', async () => {
      const directory = freshWorkspace()
      const { handlers } = bootWorkspace({ directory })
      const before = filesOnDisk(directory)

      const freeSpace = fillDisk(16 * 1024)
      const refused = await dispatch(handlers, 'workspace:start', { startWith: 'sample' })
      expect(refused).toEqual({
        ok: false,
        error: { code: 'disk-full', message: DISK_FULL_MESSAGE },
      })
      expect(filesOnDisk(directory)).toEqual(before)

      freeSpace()
      expect((await dispatch(handlers, 'workspace:start', { startWith: 'sample' })).ok).toBe(true)
      expect(expectOpensClean(directory).read('people').people.length).toBeGreaterThan(400)
    })

    it.each([
      ['with no room for its journal', 64 * 1024],
      ['with room for its journal but not for the new files', 4 * 1024 * 1024],
    ])(
      'a replacement %s does not happen: no journal left, every file as it was',
      (_case, keepBytes) => {
        const directory = freshWorkspace()
        const { repository } = openWorkspace({ directory })
        repository.write('people', manyPeople(50, 'small'))
        repository.backup()
        const before = filesOnDisk(directory)
        const backupsBefore = listBackups(directory).length

        const freeSpace = fillDisk(keepBytes)
        expect(() => diskFullWorkload.replace(repository)).toThrow(DISK_FULL_MESSAGE)
        expect(filesOnDisk(directory)).toEqual(before)
        expect(existsSync(join(directory, REPLACE_JOURNAL))).toBe(false)
        expect(strayFiles(directory)).toEqual([])
        expect(repository.read('people').people).toHaveLength(50)

        freeSpace()
        // Not left half-done: a save is accepted at once, and a restart finds nothing to finish.
        repository.write('events', { events: [makeEvent({ id: 'after' })], demos: [] })
        const reopened = expectOpensClean(directory)
        expect(reopened.read('people').people).toHaveLength(50)
        expect(listBackups(directory).length).toBeGreaterThanOrEqual(backupsBefore)
      },
    )

    /** 500 people backed up once, then an event added: the next backup has something to copy. */
    function changedSinceBackup() {
      const directory = freshWorkspace()
      const { repository } = openWorkspace({ directory })
      repository.write('people', manyPeople(500, 'small'))
      const first = repository.backup()
      repository.write('events', { events: [makeEvent({ id: 'changed' })], demos: [] })
      return { directory, repository, first }
    }

    it('a backup that does not fit is not listed, and no older backup is touched', () => {
      const { directory, repository, first } = changedSinceBackup()

      const freeSpace = fillDisk(64 * 1024)
      expect(() => repository.backup()).toThrow(DISK_FULL_MESSAGE)
      expect(listBackups(directory).map((backup) => backup.name)).toEqual([first?.name])
      expect(readdirSync(join(directory, BACKUP_FOLDER))).toEqual([first?.name])
      freeSpace()
    })

    it('a timed backup that does not fit is a notice for the person, never an exception', () => {
      const { directory, repository, first } = changedSinceBackup()

      const freeSpace = fillDisk(64 * 1024)
      const notice = backUpSafely(repository, '', () => 'notice-1')
      expect(notice).toEqual({
        id: 'notice-1',
        level: 'warning',
        title: 'A backup was not made',
        detail:
          'The disk is full, so the automatic backup was not made. Your workspace itself is ' +
          'saved; only this extra copy is missing. Free some space and the next backup will be taken.',
      })
      expect(listBackups(directory).map((backup) => backup.name)).toEqual([first?.name])
      freeSpace()
      // Still owed: the next timed backup, with room again, takes it.
      expect(backUpSafely(repository, '', () => 'notice-2')).toBeNull()
      expect(listBackups(directory)).toHaveLength(2)
    })

    it('the app still opens on a disk too full for its start backup, and says so', async () => {
      const directory = freshWorkspace()
      openWorkspace({ directory }).repository.write('people', manyPeople(500, 'small'))

      const freeSpace = fillDisk(64 * 1024)
      const { handlers } = bootWorkspace({ directory })
      const loaded = (await dispatch(handlers, 'workspace:load', undefined)) as IpcResult<
        ResponseOf<'workspace:load'>
      >
      freeSpace()
      if (!loaded.ok) throw new Error(loaded.error.message)
      expect(loaded.value.snapshot.people).toHaveLength(500)
      expect(loaded.value.notices.map((notice) => notice.title)).toEqual(['A backup was not made'])
    })
  },
)

describe('a backup of a damaged file', () => {
  it('is refused, so a cut-off file never rotates a good backup out', () => {
    const directory = mkdtempSync(join(scratch, 'damaged-'))
    const { repository } = openWorkspace({ directory, backupsToKeep: 1 })
    repository.write('people', manyPeople(5, 'small'))
    const good = repository.backup()
    writeFileSync(join(directory, 'people.json'), '{"schemaVersion":4,"people":[{"id":"cut')

    expect(() => repository.backup()).toThrow(DamagedFileError)
    expect(() => repository.backup()).toThrow('people.json does not read back whole')
    expect(listBackups(directory).map((backup) => backup.name)).toEqual([good?.name])
    expect(readdirSync(join(directory, BACKUP_FOLDER))).toEqual([good?.name])
  })

  it('taken on a timer, is a notice that says which file, never an exception', () => {
    const directory = mkdtempSync(join(scratch, 'damaged-timed-'))
    const { repository } = openWorkspace({ directory })
    repository.write('people', manyPeople(5, 'small'))
    writeFileSync(join(directory, 'people.json'), '{"schemaVersion":4,"people":[{"id":"cut')

    const notice = backUpSafely(repository, '', () => 'notice-1')
    expect(notice?.level).toBe('warning')
    expect(notice?.detail).toContain('people.json does not read back whole')
    expect(listBackups(directory)).toEqual([])
  })
})

describe('under a file-size limit (ulimit -f), in a child process', () => {
  let childScript = ''
  beforeAll(async () => {
    childScript = await buildTestChild('disk-full-child.ts', join(scratch, 'child'))
  }, 60_000)

  /** A workspace with a 600 KB people file and a backup of it, written without a limit. */
  function seededWorkspace(): string {
    const directory = mkdtempSync(join(scratch, 'ulimit-'))
    const { repository } = openWorkspace({ directory })
    repository.write('people', manyPeople(600, 'seed'))
    repository.backup()
    return directory
  }

  /** Runs one change in the child with files limited to 256 KB; returns what it printed. */
  function runLimited(directory: string, change: DiskFullChange) {
    const childTemp = join(scratch, 'child-tmp')
    mkdirSync(childTemp, { recursive: true })
    const result = spawnSync(
      'bash',
      ['-c', 'ulimit -f 256 && exec "$0" "$@"', process.execPath, childScript, directory, change],
      { encoding: 'utf8', env: { ...process.env, TMPDIR: childTemp } },
    )
    expect(result.stderr).toBe('')
    return JSON.parse(result.stdout.trim()) as { ok: boolean; name?: string; message?: string }
  }

  it.each(['save', 'transaction', 'replace', 'backup'] as const)(
    '%s: refused as a full disk, every file as it was, and the workspace opens clean',
    (change) => {
      const directory = seededWorkspace()
      const before = filesOnDisk(directory)
      const backups = listBackups(directory).map((backup) => backup.name)

      expect(runLimited(directory, change)).toEqual({
        ok: false,
        name: 'Error',
        message: DISK_FULL_MESSAGE,
      })
      expect(filesOnDisk(directory)).toEqual(before)
      expect(strayFiles(directory)).toEqual([])
      expect(listBackups(directory).map((backup) => backup.name)).toEqual(backups)
      expect(expectOpensClean(directory).read('people').people).toHaveLength(600)
    },
  )
})
