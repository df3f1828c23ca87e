/**
 * A replacement (restore, import) that fails midway, say on a full disk: the open that follows
 * finishes it from the journal, so nothing saved in between may be silently overwritten by that.
 * The failing write is simulated by wrapping the file store; the rest is the real repository.
 */
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { emptyWorkspaceFiles, toSnapshot } from '../../shared/schema/workspace'
import { makeEvent } from '../../shared/testing/factories'
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
        write: (content: Record<string, unknown>) => {
          if (failing.file === args[1]) throw new Error('ENOSPC: no space left on device')
          store.write(content)
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
    expect(() => repository.replaceAll(replacement, 'before-restore')).toThrow('ENOSPC')
    failing.file = null
    expect(() =>
      repository.write('events', { events: [makeEvent({ id: 'edit' })], demos: [] }),
    ).toThrow('Restart DevRel OS to finish it')

    const reopened = openWorkspace({ directory })
    expect(reopened.repository.snapshot()).toEqual(toSnapshot(replacement))
    expect(reopened.notices).toMatchObject([{ title: 'Finished replacing the workspace' }])
    expect(existsSync(join(directory, REPLACE_JOURNAL))).toBe(false)
  })
})
