/**
 * Reading a file named on the command line: only a regular file, only up to the size the tool
 * supports, so `inspect /dev/zero` or a 500 MB export is refused in one line instead of read until
 * memory runs out.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { MAX_IMPORT_BYTES, tooLargeReason } from '../shared/import/file-limits'

/** A file the CLI will not read, with the one line that says why. */
export class InputRefused extends Error {
  override name = 'InputRefused'
}

/** A regular file's bytes; throws InputRefused for anything else or anything past `maxBytes`. */
export function readInputFile(path: string, maxBytes: number = MAX_IMPORT_BYTES): Uint8Array {
  const descriptor = openSync(path, 'r')
  try {
    // Checked on the open descriptor, so the file cannot be swapped between the check and the read.
    const stats = fstatSync(descriptor)
    if (stats.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' })
    if (!stats.isFile()) {
      throw new InputRefused(
        'is not a regular file (a device, a pipe or a socket); give a CSV file',
      )
    }
    if (stats.size > maxBytes) throw new InputRefused(tooLargeReason(stats.size, maxBytes))
    // One byte more than the limit is asked for, so a file that grew since the check is caught.
    const bytes = new Uint8Array(Math.min(stats.size, maxBytes) + 1)
    let length = 0
    for (;;) {
      const read = readSync(descriptor, bytes, length, bytes.length - length, null)
      if (read === 0) break
      length += read
      if (length === bytes.length) break
    }
    if (length > maxBytes) throw new InputRefused(tooLargeReason(length, maxBytes))
    return bytes.subarray(0, length)
  } finally {
    closeSync(descriptor)
  }
}

/** Why a file could not be read, in words: after `<file>: ` on stderr. */
export function describeReadFailure(error: unknown): string {
  if (error instanceof InputRefused) return error.message
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'is a folder, not a file'
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)'
  return `cannot be read (${error instanceof Error ? error.message : String(error)})`
}
