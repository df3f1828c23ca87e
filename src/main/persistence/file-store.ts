/**
 * One workspace file. electron-store opens and parses it (creating the folder, reading it once);
 * the writes are the repository's own (atomic-file.ts), because electron-store's writer
 * (conf's `atomically`, 2.1.1 and earlier) writes the temporary file with one `writeSync` and does
 * not check for a short write: on a full disk it renamed a cut-off file over the good one and
 * returned as if it had saved. Here a write is prepared whole and checked before the rename, and
 * fails with the reason otherwise. After the open the repository keeps the data in memory,
 * because electron-store's `store` getter re-reads and re-parses the whole file on every access —
 * too slow for 250,000 registrations.
 */
import Store from 'electron-store'
import { prepareFile, type PreparedFile } from './atomic-file'

export interface FileStore {
  readonly path: string
  /** The parsed content found on disk at open; undefined when there was no file. */
  readonly initial: unknown
  /** The file's next content, written whole under a temporary name: commit renames it in place. */
  prepare(content: Record<string, unknown>): PreparedFile
  /** The text `prepare` writes for `content`. */
  serialize(content: Record<string, unknown>): string
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
  const serialize = options.compact
    ? (value: Record<string, unknown>) => JSON.stringify(value)
    : (value: Record<string, unknown>) => JSON.stringify(value, null, 2)
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
      serialize,
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code
    // A folder that cannot be read or created is not a damaged file: let the caller say so.
    if (code !== undefined) throw error
    throw new UnreadableFileError(
      `${directory}/${name}.json`,
      error instanceof Error ? error.message : String(error),
    )
  }
  const path = store.path
  return {
    path,
    initial,
    serialize,
    prepare: (content) => prepareFile(path, serialize(content)),
  }
}
