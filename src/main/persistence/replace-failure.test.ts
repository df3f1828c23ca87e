/**
 * A replacement (restore, import) that fails midway, after some files were renamed into place (an
 * I/O error on a rename): the open that follows finishes it from the journal, so nothing saved in
 * between may be silently overwritten by that. (A full disk fails earlier, before any rename:
 * disk-full.test.ts.) The failing rename is simulated by wrapping the file store; the rest is the
 * real repository.
 */
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { emptyWorkspaceFiles, toSnapshot } from '../../shared/schema/workspace'
import { makeEvent } from '../../shared/testing/factories'
import { bootWorkspace } from '../boot-workspace'
import { NO_DESKTOP } from '../desktop-services'
import { dispatch } from '../ipc/dispatch'
import { openWorkspace, REPLACE_JOURNAL } from './workspace-repository'

const failing = vi.hoisted(() => ({ file: null as string | null }))

vi.mock('./file-store', async (importOriginal) => {
  const original = await importOriginal<typeof import('./file-store')>()
  return {
    ...original,
    openFileStore: (...args: Parameters<typeof original.openFileStore>) => {
      const store = original.openFileStore(...args)
      return {
        ...store,
        prepare: (content: Record<string, unknown>) => {
          const prepared = store.prepare(content)
          return {
            ...prepared,
            commit: () => {
              if (failing.file === args[1]) {
                prepared.discard()
                throw new Error('EIO: i/o error, rename')
              }
              prepared.commit()
            },
          }
        },
      }
    },
  }
})

describe('a replacement that fails midway', () => {
  it('accepts no edit until a restart, which finishes the replacement', () => {
    const directory = mkdtempSync(join(tmpdir(), 'devrel-replace-'))
    const { repository } = openWorkspace({ directory })
    repository.write('events', { events: [makeEvent({ id: 'before' })], demos: [] })
    const replacement = {
      ...emptyWorkspaceFiles(),
      events: { events: [makeEvent({ id: 'replaced' })], demos: [] },
    }

    failing.file = 'people'
    expect(() => repository.replaceAll(replacement, 'before-restore')).toThrow('EIO')
    failing.file = null
    expect(() =>
      repository.write('events', { events: [makeEvent({ id: 'edit' })], demos: [] }),
    ).toThrow('Restart DevRel OS to finish it')

    const reopened = openWorkspace({ directory })
    expect(reopened.repository.snapshot()).toEqual(toSnapshot(replacement))
    expect(reopened.notices).toMatchObject([{ title: 'Finished replacing the workspace' }])
    expect(existsSync(join(directory, REPLACE_JOURNAL))).toBe(false)
  })

  it('serves the whole previous workspace, and refuses to export or back up the mix', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'devrel-replace-'))
    const exportTo = join(mkdtempSync(join(tmpdir(), 'devrel-replace-export-')), 'out.json')
    const desktop = { ...NO_DESKTOP, chooseSaveFile: async () => exportTo }
    const { repository, handlers } = bootWorkspace({ directory, desktop })
    await dispatch(handlers, 'workspace:start', { startWith: 'sample' })
    const backup = repository.backup()
    // A change after the backup, so the restore below would change events.json.
    const { events, demos } = repository.read('events')
    repository.write('events', { events: [...events, makeEvent({ id: 'after' })], demos })
    const before = repository.snapshot()
    const backups = repository.backups().map((backup) => backup.name)
    const replacement = {
      ...emptyWorkspaceFiles(),
      events: { events: [makeEvent({ id: 'replaced' })], demos: [] },
    }

    // events.json is written before people.json, so the failure lands midway through the restore.
    failing.file = 'people'
    const restored = await dispatch(handlers, 'workspace:restore-backup', {
      name: backup?.name ?? '',
    })
    expect(restored).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('EIO') },
    })
    expect(() => repository.replaceAll(replacement, 'before-import')).toThrow('Restart DevRel OS')
    failing.file = null

    // Not new events with old people: memory keeps the workspace it had, whole.
    expect(repository.snapshot()).toEqual(before)
    const loaded = await dispatch(handlers, 'workspace:load', undefined)
    expect(loaded.ok && (loaded.value as { snapshot: unknown }).snapshot).toEqual(before)

    const exported = await dispatch(handlers, 'workspace:export-file', undefined)
    expect(exported).toMatchObject({ ok: false, error: { code: 'refused' } })
    expect(!exported.ok && exported.error.message).toMatch(
      /^Replacing the workspace did not finish \(EIO.*\)\. Restart DevRel OS to finish it; the workspace cannot be exported until then\.$/,
    )
    expect(existsSync(exportTo)).toBe(false)

    expect(() => repository.backup()).toThrow('no backup can be taken until then')
    expect(repository.backupIfChanged()).toBeNull()
    expect(() => repository.replaceBackups('after-deletion')).toThrow('Restart DevRel OS')
    // Only the before-restore backup of the whole previous workspace, taken before the failure.
    const added = repository.backups().filter((backup) => !backups.includes(backup.name))
    expect(added.map((backup) => backup.label)).toEqual(['before-restore'])
  })
})
