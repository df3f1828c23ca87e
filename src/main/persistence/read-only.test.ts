/**
 * A data folder on a read-only disk (issue 14): the workspace opens to read with a notice that
 * says where and why, every save is refused in words, backups are skipped, nothing is lost.
 * A real tmpfs remounted read-only (needs root, as CI runs).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { makeEvent } from '../../shared/testing/factories'
import { bootWorkspace } from '../boot-workspace'
import { dispatch } from '../ipc/dispatch'
import { listBackups } from './backups'
import { manyPeople } from './disk-full-workload'
import { mountSmallDisk, type SmallDisk } from './small-disk'
import { openWorkspace } from './workspace-repository'
import { ReadOnlyFolderError } from './write-errors'

const scratch = mkdtempSync(join(tmpdir(), 'devrel-read-only-'))
const disk = mountSmallDisk(scratch, 4)
const mounted = 'path' in disk ? disk : null
afterAll(() => {
  mounted?.unmount()
  rmSync(scratch, { recursive: true, force: true })
})

describe.skipIf(mounted === null)(
  `a workspace on a read-only disk${mounted === null ? `: skipped, ${(disk as { reason: string }).reason}` : ''}`,
  () => {
    it('opens to read, refuses saves in words, takes no backup, and changes no byte', async () => {
      const directory = join((mounted as SmallDisk).path, 'workspace')
      const { repository } = openWorkspace({ directory })
      repository.write('people', manyPeople(20, 'kept'))
      repository.backup()
      const peopleBefore = readFileSync(join(directory, 'people.json'), 'utf8')
      const backupsBefore = listBackups(directory).map((backup) => backup.name)
      ;(mounted as SmallDisk).remount('ro')
      try {
        const { repository: readOnly, handlers } = bootWorkspace({ directory })
        const { notices } = openWorkspace({ directory })
        expect(notices).toMatchObject([
          {
            title: 'Opened read-only',
            detail: expect.stringContaining(`The data folder ${directory} is on a read-only disk`),
          },
        ])
        expect(readOnly.read('people').people).toHaveLength(20)

        expect(() =>
          readOnly.write('events', { events: [makeEvent({ id: 'x' })], demos: [] }),
        ).toThrow(ReadOnlyFolderError)
        const refused = await dispatch(handlers, 'workspace:start', { startWith: 'empty' })
        expect(refused).toMatchObject({
          ok: false,
          error: {
            code: 'read-only',
            message: expect.stringContaining('your last change was not saved'),
          },
        })
        expect(readOnly.backupIfChanged()).toBeNull()
        // The way to move the data elsewhere stays open: the workspace can be exported.
        expect(readOnly.files().people.people).toHaveLength(20)
        expect(readFileSync(join(directory, 'people.json'), 'utf8')).toBe(peopleBefore)
        expect(listBackups(directory).map((backup) => backup.name)).toEqual(backupsBefore)
      } finally {
        ;(mounted as SmallDisk).remount('rw')
      }
    })

    it('says in words when the data folder cannot be created', () => {
      ;(mounted as SmallDisk).remount('ro')
      try {
        expect(() =>
          openWorkspace({ directory: join((mounted as SmallDisk).path, 'new', 'workspace') }),
        ).toThrow(/^DevRel OS cannot create its data folder .*: the disk is read-only\.$/)
      } finally {
        ;(mounted as SmallDisk).remount('rw')
      }
    })
  },
)
