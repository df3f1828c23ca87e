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
  readonly folder: string
  constructor(
    path: string,
    readonly reason: 'read-only' | 'no-permission',
  ) {
    super(
      `${whyNotWritable(dirname(path), reason)}: your last change was not saved. ${whatToDo(reason)}`,
    )
    this.folder = dirname(path)
  }

  /** What is wrong with the folder, without what it means for the last change. */
  get problem(): string {
    return whyNotWritable(this.folder, this.reason)
  }

  /** What the person is told when the workspace opens in this folder. */
  get openedReadOnly(): string {
    return (
      `${whyNotWritable(this.folder, this.reason)}, so DevRel OS opened your workspace to read: ` +
      `you can look at everything, and no change can be saved. ${whatToDo(this.reason)}`
    )
  }
}

const whyNotWritable = (folder: string, reason: ReadOnlyFolderError['reason']): string =>
  reason === 'read-only'
    ? `The data folder ${folder} is on a read-only disk`
    : `DevRel OS may not write to the data folder ${folder}`

const whatToDo = (reason: ReadOnlyFolderError['reason']): string =>
  reason === 'read-only'
    ? 'Copy the folder to a writable disk to edit it.'
    : 'Give your account write permission on that folder, then restart DevRel OS.'

/** Why a folder could not be created, in words: "the disk is read-only", "the disk is full"… */
export function describeFolderError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? ''
  if (DISK_FULL_CODES.has(code)) return 'the disk is full'
  if (code === 'EROFS') return 'the disk is read-only'
  if (code === 'EACCES' || code === 'EPERM') return 'your account may not write there'
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file of that name is in the way'
  return error instanceof Error ? error.message : String(error)
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
