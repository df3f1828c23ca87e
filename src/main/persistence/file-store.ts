/**
 * One workspace file, written through electron-store, which writes to a temporary file, flushes it
 * and renames it over the file (conf's `atomically`); this module then flushes the folder so the
 * rename itself survives a power cut (except on Windows, see syncDirectory). Two cases electron-store
 * writes in place instead, where a crash midway can leave a damaged file (which the next open moves
 * aside and restores from a backup): when run as a Linux Snap, and after a Windows EXDEV rename
 * error. Reads go through electron-store once, at open; after that the repository keeps the data in
 * memory, because electron-store's `store` getter re-reads and re-parses the whole file on every
 * access — too slow for 250,000 registrations.
 */
import Store from 'electron-store'
import { syncDirectory } from './atomic-file'

export interface FileStore {
  readonly path: string
  /** The parsed content found on disk at open; undefined when there was no file. */
  readonly initial: unknown
  write(content: Record<string, unknown>): void
}

/** Why the file could not be opened: JSON that does not parse. */
export class UnreadableFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`)
  }
}

/** Opens `<directory>/<name>.json`; throws UnreadableFileError when the file does not parse. */
export function openFileStore(
  directory: string,
  name: string,
  options: { compact: boolean },
): FileStore {
  let initial: unknown
  let store: Store<Record<string, unknown>>
  try {
    store = new Store<Record<string, unknown>>({
      name,
      cwd: directory,
      clearInvalidConfig: false,
      // Capture the one parse electron-store does while it opens, so the file is parsed only once.
      deserialize: (text: string) => {
        initial = JSON.parse(text)
        return initial as Record<string, unknown>
      },
      serialize: options.compact
        ? (value) => JSON.stringify(value)
        : (value) => JSON.stringify(value, null, 2),
    })
  } catch (error) {
    throw new UnreadableFileError(
      `${directory}/${name}.json`,
      error instanceof Error ? error.message : String(error),
    )
  }
  return {
    path: store.path,
    initial,
    write(content) {
      // electron-store re-reads the file before each write to carry over its `__internal__` key
      // unless the new content already has one; passing it avoids reading 20 MB to write 20 MB.
      store.store = { ...content, __internal__: {} }
      syncDirectory(directory)
    },
  }
}
