/**
 * Reading a workspace file from disk for an import: what kind of file it is and how big, before a
 * byte of it is read, then the pure `readWorkspaceFile`. Runs in the worker (see
 * read-in-worker.ts), so even a file at the limits never holds up the window.
 */
import { readFileSync, statSync } from 'node:fs'
import {
  fileSize,
  readWorkspaceFile,
  WORKSPACE_FILE_LIMITS,
  type WorkspaceFilesResult,
} from '../../shared/schema/workspace-file'

/** A workspace file read and checked, or why it could not be read at all. */
export type WorkspaceFileReadResult = WorkspaceFilesResult | { kind: 'unreadable'; reason: string }

/** Reads and checks the workspace file at `path`. Never throws. */
export function readWorkspaceFileAt(
  path: string,
  maxBytes: number = WORKSPACE_FILE_LIMITS.maxBytes,
): WorkspaceFileReadResult {
  try {
    const stats = statSync(path)
    // A device or a pipe (/dev/zero) has no end to read to.
    if (!stats.isFile()) return { kind: 'unreadable', reason: 'it is not a regular file' }
    if (stats.size > maxBytes) {
      return {
        kind: 'invalid',
        reason:
          `the file is ${fileSize(stats.size)}, larger than a workspace file can be ` +
          `(${fileSize(maxBytes)})`,
      }
    }
    return readWorkspaceFile(readFileSync(path, 'utf8'))
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) }
  }
}
