/**
 * Exports (and the replacement journal) are written like the workspace: to a temporary file beside
 * the target, flushed to disk, renamed over the target, then the folder flushed. A crash, a power
 * cut or a full disk never leaves a half-written file under the real name: it holds the old content
 * or the new. Once the function returns the new content survives a power cut too, except on
 * Windows, where Node cannot flush a folder: there a cut right after the return may still bring
 * back the old file.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

/** Errors from file systems that cannot flush a folder; the data itself was flushed already. */
const CANNOT_SYNC_FOLDER = new Set(['EINVAL', 'ENOTSUP', 'EISDIR'])

/**
 * Flushes a folder's entries to disk, so a rename or a new name in it survives a power cut: the
 * file's own fsync covers its content, not the folder entry that points at it. Windows cannot open
 * a folder as a file (opening one fails), so there it is skipped.
 */
export function syncDirectory(directory: string): void {
  if (process.platform === 'win32') return
  let descriptor: number
  try {
    descriptor = openSync(directory, 'r')
  } catch (error) {
    if (CANNOT_SYNC_FOLDER.has((error as NodeJS.ErrnoException).code ?? '')) return
    throw error
  }
  try {
    fsyncSync(descriptor)
  } catch (error) {
    if (!CANNOT_SYNC_FOLDER.has((error as NodeJS.ErrnoException).code ?? '')) throw error
  } finally {
    closeSync(descriptor)
  }
}

/** Writes `content` to `path` all or nothing, and on disk (see above) when it returns. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temporary = `${path}.tmp-${process.pid}-${Date.now()}`
  try {
    const descriptor = openSync(temporary, 'w')
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
      // A write may take fewer bytes than asked (a full disk, a signal); go on until all are down.
      for (let offset = 0; offset < bytes.length;) {
        offset += writeSync(descriptor, bytes, offset, bytes.length - offset)
      }
      // Before the rename: otherwise a power cut can leave the new name pointing at no data.
      fsyncSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
  // After the rename, outside the catch: the new content is in place by now, and removing the
  // temporary name (already gone) would change nothing.
  syncDirectory(dirname(path))
}
