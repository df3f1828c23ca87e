/**
 * A rename is on disk only once its folder is flushed: the file's own fsync covers its content, not
 * the folder entry that names it. `node:fs` is wrapped to record every folder fsync with what the
 * folder held at that moment, so each test can tell the flush came after the rename it protects.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { commitAll, writeFileAtomic } from './atomic-file'
import { createBackup, listBackups, removeBackup } from './backups'
import { openFileStore } from './file-store'

const recorded = vi.hoisted(() => ({
  openPaths: new Map<number, string>(),
  /** Each folder fsync: the folder and the names in it then. */
  folderSyncs: [] as { path: string; names: string[] }[],
  openedFolders: [] as string[],
}))

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  return {
    ...fs,
    openSync: (...args: Parameters<typeof fs.openSync>) => {
      const descriptor = fs.openSync(...args)
      const path = String(args[0])
      recorded.openPaths.set(descriptor, path)
      if (fs.statSync(path).isDirectory()) recorded.openedFolders.push(path)
      return descriptor
    },
    fsyncSync: (descriptor: number) => {
      fs.fsyncSync(descriptor)
      const path = recorded.openPaths.get(descriptor)
      if (path !== undefined && fs.statSync(path).isDirectory()) {
        recorded.folderSyncs.push({ path, names: fs.readdirSync(path).sort() })
      }
    },
  }
})

const freshDirectory = (): string => mkdtempSync(join(tmpdir(), 'devrel-durable-'))

beforeEach(() => {
  recorded.folderSyncs.length = 0
  recorded.openedFolders.length = 0
})

describe('flushing the folder after a rename', () => {
  it('an atomic write flushes the folder once the new name is in it and the temp name gone', () => {
    const directory = freshDirectory()
    writeFileAtomic(join(directory, 'export.json'), '{"a":1}')
    expect(recorded.folderSyncs).toEqual([{ path: directory, names: ['export.json'] }])
    expect(readFileSync(join(directory, 'export.json'), 'utf8')).toBe('{"a":1}')
  })

  it('a workspace file write flushes its folder after the new file was renamed in', () => {
    const directory = freshDirectory()
    const store = openFileStore(directory, 'events', { compact: true })
    const syncsBefore = recorded.folderSyncs.length
    commitAll([store.prepare({ events: [], demos: [] })])
    const after = recorded.folderSyncs.slice(syncsBefore)
    expect(after).toEqual([{ path: directory, names: ['events.json'] }])
  })

  it('a backup flushes its copies, then the backups folder once it has its name', () => {
    const directory = freshDirectory()
    writeFileSync(join(directory, 'events.json'), '{}')
    recorded.folderSyncs.length = 0
    const backup = createBackup(directory, ['events'], new Date('2026-11-23T12:00:00.000Z'))
    expect(recorded.folderSyncs).toEqual([
      { path: join(directory, 'backups', `.partial-${backup?.name}`), names: ['events.json'] },
      { path: join(directory, 'backups'), names: [backup?.name ?? ''] },
    ])
  })

  it('a removed backup stays removed: the backups folder is flushed once it is gone', () => {
    const directory = freshDirectory()
    writeFileSync(join(directory, 'events.json'), '{}')
    createBackup(directory, ['events'], new Date('2026-11-23T12:00:00.000Z'))
    const [backup] = listBackups(directory)
    recorded.folderSyncs.length = 0
    if (backup === undefined) throw new Error('the backup was taken')
    removeBackup(backup)
    expect(recorded.folderSyncs).toEqual([{ path: join(directory, 'backups'), names: [] }])
  })
})

describe('on Windows, where a folder cannot be opened as a file', () => {
  const platform = process.platform
  beforeEach(() => Object.defineProperty(process, 'platform', { value: 'win32' }))
  afterEach(() => Object.defineProperty(process, 'platform', { value: platform }))

  it('writes without trying to open the folder', () => {
    const directory = freshDirectory()
    writeFileAtomic(join(directory, 'export.json'), '{"a":1}')
    expect(recorded.openedFolders).toEqual([])
    expect(readFileSync(join(directory, 'export.json'), 'utf8')).toBe('{"a":1}')
  })
})
