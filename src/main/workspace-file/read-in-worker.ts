/**
 * Reading a workspace file off the main process's event loop: parsing and validating a file of a
 * few hundred megabytes takes seconds, during which the main process could not answer the window
 * (it hung). A worker thread does it, with its own memory limit, so even a file crafted to exhaust
 * memory ends that thread, not the app.
 */
import { Worker } from 'node:worker_threads'
import type { WorkspaceFileReadResult } from './read-workspace-file-at'

/** Where the worker's code is. */
export type WorkerScript =
  /** Built by electron-vite: a JavaScript file beside the main bundle (electron.vite.config.ts). */
  | { kind: 'built'; url: URL }
  /** Run from the TypeScript source (unit tests, the e2e bridge): loaded through tsx. */
  | { kind: 'source'; url: URL }

/** The worker's own heap: far beyond what the largest real workspace file needs, and finite. */
export const WORKER_MEMORY_MB = 4096

/** The worker script beside this module, as it is run: bundled, or from the source. */
export function defaultWorkerScript(here: string = import.meta.url): WorkerScript {
  return here.endsWith('.ts')
    ? { kind: 'source', url: new URL('./workspace-file-worker.ts', here) }
    : { kind: 'built', url: new URL('./workspace-file-worker.js', here) }
}

function startWorker(script: WorkerScript, memoryMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb }
  if (script.kind === 'built') return new Worker(script.url, { resourceLimits })
  // Node cannot run TypeScript in a worker by itself; tsx's loader, registered inside it, can.
  const code =
    `import('tsx/esm/api').then(({ register }) => { register(); ` +
    `return import(${JSON.stringify(script.url.href)}) })`
  return new Worker(code, { eval: true, resourceLimits })
}

/**
 * Reads and checks the workspace file at `path` in a worker thread; resolves with its result,
 * never rejects: a worker that fails or runs out of memory is a file that cannot be read.
 */
export function readWorkspaceFileInWorker(
  path: string,
  script: WorkerScript = defaultWorkerScript(),
  memoryMb: number = WORKER_MEMORY_MB,
): Promise<WorkspaceFileReadResult> {
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = startWorker(script, memoryMb)
    } catch (error) {
      resolve({ kind: 'unreadable', reason: reasonOf(error) })
      return
    }
    let isSettled = false
    const settle = (result: WorkspaceFileReadResult) => {
      if (isSettled) return
      isSettled = true
      resolve(result)
      void worker.terminate()
    }
    worker.once('message', (result: WorkspaceFileReadResult) => settle(result))
    worker.once('error', (error) =>
      settle(
        (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? {
              kind: 'invalid',
              reason: `reading it needed more than the ${memoryMb} MB of memory a workspace file may use`,
            }
          : { kind: 'unreadable', reason: reasonOf(error) },
      ),
    )
    worker.once('exit', (code) =>
      settle({ kind: 'unreadable', reason: `the reader stopped (exit code ${code})` }),
    )
    worker.postMessage(path)
  })
}

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)
