/**
 * Why a write to disk failed, in words for the organizer. A save that is not on disk whole is a
 * failure: these errors are thrown before anything under the real name changed, so the previous
 * file and the previous workspace in memory both stay as they were.
 */

import { dirname } from 'node:path'

/** The disk (or the user's quota, or the file-size limit) is full: the change was not saved. */
export class DiskFullError extends Error {
  constructor(readonly path: string) {
    super(
      'The disk is full: your last change was not saved. ' +
        'Free some space and it will be saved again.',
    )
  }
}

/** The data folder cannot be written to (a read-only mount, or no permission). */
export class ReadOnlyFolderError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'read-only' | 'no-permission',
  ) {
    super(
      reason === 'read-only'
        ? `The data folder ${dirname(path)} is on a read-only disk: your last change was not ` +
            'saved. The workspace is open to read; copy the folder to a writable disk to edit it.'
        : `DevRel OS may not write to the data folder ${dirname(path)}: your last change was ` +
            'not saved. Give your account write permission on that folder, then try again.',
    )
  }
}

const DISK_FULL_CODES: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT', 'EFBIG'])

/**
 * The error to throw for a failed write: the full-disk and read-only cases in words, anything
 * else as it was (with the path it was about).
 */
export function describeWriteError(error: unknown, path: string): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? ''
  if (DISK_FULL_CODES.has(code)) return new DiskFullError(path)
  if (code === 'EROFS') return new ReadOnlyFolderError(path, 'read-only')
  if (code === 'EACCES' || code === 'EPERM') return new ReadOnlyFolderError(path, 'no-permission')
  return error instanceof Error ? error : new Error(String(error))
}

/** Whether a failed write should be retried later by the app, once the person freed space. */
export function isRetryableWriteError(error: unknown): boolean {
  return error instanceof DiskFullError
}
