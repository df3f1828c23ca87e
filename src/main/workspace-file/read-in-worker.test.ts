import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyWorkspaceFiles } from '../../shared/schema/workspace'
import { buildWorkspaceFile } from '../../shared/schema/workspace-file'
import { defaultWorkerScript, readWorkspaceFileInWorker } from './read-in-worker'

const workspaceFile = (text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'devrel-worker-')), 'workspace.json')
  writeFileSync(path, text)
  return path
}

describe('reading a workspace file in a worker', () => {
  it.each([
    [
      'file:///app/out/main/index.js',
      { kind: 'built', url: new URL('file:///app/out/main/workspace-file-worker.js') },
    ],
    [
      'file:///repo/src/main/workspace-file/read-in-worker.ts',
      {
        kind: 'source',
        url: new URL('file:///repo/src/main/workspace-file/workspace-file-worker.ts'),
      },
    ],
  ])('finds the worker beside %s', (here, expected) => {
    expect(defaultWorkerScript(here)).toEqual(expected)
  })

  it('answers with the file, migrated and checked', async () => {
    const path = workspaceFile(buildWorkspaceFile(emptyWorkspaceFiles(), '2026-11-23T12:00:00Z'))
    expect(await readWorkspaceFileInWorker(path)).toEqual({
      kind: 'ok',
      files: emptyWorkspaceFiles(),
      migratedFrom: null,
    })
  })

  it('answers, never throws, when the worker cannot start', async () => {
    const missing = new URL('file:///nowhere/workspace-file-worker.js')
    const result = await readWorkspaceFileInWorker(workspaceFile('{}'), {
      kind: 'built',
      url: missing,
    })
    expect(result).toMatchObject({ kind: 'unreadable' })
  })

  it('a worker out of memory is a file too big to read, and the app goes on', async () => {
    const path = workspaceFile(buildWorkspaceFile(emptyWorkspaceFiles(), '2026-11-23T12:00:00Z'))
    expect(await readWorkspaceFileInWorker(path, defaultWorkerScript(), 4)).toEqual({
      kind: 'invalid',
      reason: 'reading it needed more than the 4 MB of memory a workspace file may use',
    })
  })
})
