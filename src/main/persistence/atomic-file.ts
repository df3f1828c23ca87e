/**
 * Every file the app writes (the workspace files, the replacement journal, exports) goes to a
 * temporary file beside the target, is flushed to disk and checked to be whole, is renamed over
 * the target, then the folder is flushed. A crash, a power
 * cut or a full disk never leaves a half-written file under the real name: it holds the old content
 * or the new. Once the function returns the new content survives a power cut too, except on
 * Windows, where Node cannot flush a folder: there a cut right after the return may still bring
 * back the old file.
 *
 * Why not electron-store's own writer: `atomically` (2.1.1, the newest on npm in Dec 2026) writes
 * the temporary file with one `writeSync` and ignores a short count, so on a full disk it renames a
 * cut-off file over the good one. The fix is proposed upstream (fabiospampinato/atomically#18,
 * open, not released); until it ships, every write goes through here.
 */
import { closeSync, fstatSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { describeWriteError } from './write-errors'

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

/**
 * A file written whole under a temporary name beside its target, flushed, and checked to hold
 * every byte: `commit` renames it into place, `discard` removes it. Preparing every file of a
 * change before renaming any lets a change that touches several files fail on a full disk with
 * none of them changed.
 */
export interface PreparedFile {
  readonly path: string
  commit(): void
  discard(): void
}

/**
 * Writes `content` to a temporary file beside `path`; throws DiskFullError (or the read-only
 * error, see write-errors.ts) when it is not on disk whole, leaving `path` untouched.
 */
export function prepareFile(path: string, content: string | Uint8Array): PreparedFile {
  const temporary = `${path}.tmp-${process.pid}-${Date.now()}-${(sequence += 1)}`
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  try {
    const descriptor = openSync(temporary, 'w')
    try {
      // A write may take fewer bytes than asked (a full disk, a file-size limit, a signal): go on
      // until all are down; a write that takes none will take none the next time either.
      for (let offset = 0; offset < bytes.length;) {
        const written = writeSync(descriptor, bytes, offset, bytes.length - offset)
        if (written <= 0) throw Object.assign(new Error('short write'), { code: 'ENOSPC' })
        offset += written
      }
      // Before the rename: otherwise a power cut can leave the new name pointing at no data.
      fsyncSync(descriptor)
      // What the file system holds, not what the writes claimed: a file system that accepted the
      // bytes and then dropped some (seen with full network and FUSE disks) fails here.
      if (fstatSync(descriptor).size !== bytes.length) {
        throw Object.assign(new Error('the file on disk is shorter than written'), {
          code: 'ENOSPC',
        })
      }
    } finally {
      closeSync(descriptor)
    }
  } catch (error) {
    rmSync(temporary, { force: true })
    throw describeWriteError(error, path)
  }
  return {
    path,
    commit() {
      try {
        renameSync(temporary, path)
      } catch (error) {
        rmSync(temporary, { force: true })
        throw describeWriteError(error, path)
      }
    },
    discard: () => rmSync(temporary, { force: true }),
  }
}
let sequence = 0

/**
 * Runs every `prepare`; when one fails (a full disk), discards those already prepared and throws,
 * so nothing under a real name changed.
 */
export function prepareAll(prepares: readonly (() => PreparedFile)[]): PreparedFile[] {
  const prepared: PreparedFile[] = []
  try {
    for (const prepare of prepares) prepared.push(prepare())
  } catch (error) {
    for (const file of prepared) file.discard()
    throw error
  }
  return prepared
}

/**
 * Renames prepared files into place in the order given, then flushes their folders. Between two
 * renames a crash can still leave the first file new and the second old, so callers order the
 * files so that such a state is harmless.
 */
export function commitAll(prepared: readonly PreparedFile[]): void {
  for (const [index, file] of prepared.entries()) {
    try {
      file.commit()
    } catch (error) {
      for (const rest of prepared.slice(index + 1)) rest.discard()
      throw error
    }
  }
  // After the renames, so they survive a power cut too.
  for (const folder of new Set(prepared.map((file) => dirname(file.path)))) syncDirectory(folder)
}

/** Several files, all on disk whole before the first is renamed: on a full disk none changes. */
export function writeFilesAtomic(files: readonly { path: string; content: string }[]): void {
  commitAll(prepareAll(files.map((file) => () => prepareFile(file.path, file.content))))
}

/** Writes `content` to `path` all or nothing, and on disk (see above) when it returns. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  prepareFile(path, content).commit()
  syncDirectory(dirname(path))
}
