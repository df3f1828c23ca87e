/**
 * The worker that reads a workspace file for an import (read-in-worker.ts starts it): one request,
 * a path; one answer, what `readWorkspaceFileAt` found.
 */
import { parentPort } from 'node:worker_threads'
import { readWorkspaceFileAt } from './read-workspace-file-at'

parentPort?.once('message', (path: unknown) => {
  parentPort?.postMessage(
    typeof path === 'string'
      ? readWorkspaceFileAt(path)
      : { kind: 'unreadable', reason: 'no file was named' },
  )
})
