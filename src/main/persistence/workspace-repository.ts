/**
 * The workspace on disk: one electron-store file per collection group (see schema/workspace.ts),
 * held in memory after open. Opening migrates older files, refuses newer ones untouched, and
 * moves an unreadable file aside and restores it from the latest backup that has a good copy —
 * never clearing data silently. Every write is synchronous and atomic, so once a handler returns
 * the change is on disk. Replacing the whole workspace (a restore, an import) is all-or-nothing:
 * the new content is first written to one journal file, and an open that finds the journal
 * finishes the replacement a crash interrupted; in memory the workspace changes only once every
 * file is written, so a replacement that fails midway is never served, exported or backed up as a
 * mix of both.
 */
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import type { Notice } from '../../shared/ipc/contract'
import { CURRENT_SCHEMA_VERSION, migrateFile, storedFile } from '../../shared/schema/migrations'
import {
  migrateWorkspaceFiles,
  type WorkspaceFilesResult,
} from '../../shared/schema/workspace-file'
import {
  emptyWorkspaceFiles,
  toSnapshot,
  WORKSPACE_FILE_NAMES,
  type WorkspaceFileName,
  type WorkspaceFiles,
  type WorkspaceSnapshot,
} from '../../shared/schema/workspace'
import {
  commitAll,
  prepareAll,
  syncDirectory,
  writeFileAtomic,
  writeFilesAtomic,
  type PreparedFile,
} from './atomic-file'
import {
  createBackup,
  isSameAsBackup,
  listBackups,
  readBackupFile,
  removeBackup,
  removeUnfinishedBackups,
  rotateBackups,
  type BackupInfo,
  type BackupRotation,
} from './backups'
import { openFileStore, UnreadableFileError, type FileStore } from './file-store'
import { describeFolderError, describeWriteError, ReadOnlyFolderError } from './write-errors'

/**
 * Files big enough that pretty-printing would cost real time on every write: people and
 * registrations on every import; events (with every demo, 2 MB pretty at 520 events) on every
 * event edit, where it took a third of the save.
 */
const COMPACT_FILES: ReadonlySet<WorkspaceFileName> = new Set([
  'people',
  'registrations',
  'events',
  // A group chat's messages: 200,000 of them are 50 MB as written, twice that indented.
  'chat',
])
export const CORRUPT_FOLDER = 'corrupt'
/** Routine backups kept: at start and every 10 minutes, so about the last 100 minutes of work. */
export const DEFAULT_BACKUPS_TO_KEEP = 10
/** Backups kept per reason (before a restore, an import, a format update), apart from routine ones. */
export const DEFAULT_SAFETY_BACKUPS_PER_LABEL = 3
/** The content of a whole-workspace replacement, present only while one is under way. */
export const REPLACE_JOURNAL = 'replacing.json'

export interface OpenWorkspaceOptions {
  directory: string
  now?: () => Date
  newId?: () => string
  /** Routine backups kept (at start, periodic). */
  backupsToKeep?: number
  /** Backups kept for each reason they are taken for ('before-import', …), apart from routine ones. */
  safetyBackupsPerLabel?: number
}

/** A file was written by a newer DevRel OS: it is left as it is and the workspace is not opened. */
export class WorkspaceTooNewError extends Error {
  constructor(
    readonly fileName: string,
    readonly version: number,
  ) {
    super(
      `${fileName}.json was written by a newer version of DevRel OS (workspace version ${version}; ` +
        `this app reads up to ${CURRENT_SCHEMA_VERSION}). Update DevRel OS to open it; nothing was changed.`,
    )
  }
}

/**
 * A replacement stopped midway: the files on disk are part old, part new until the next open
 * finishes it from the journal, so nothing may be saved, backed up or exported from them.
 */
export class UnfinishedReplaceError extends Error {
  constructor(reason: string, consequence: string) {
    super(
      `Replacing the workspace did not finish (${reason}). Restart DevRel OS to finish it; ` +
        `${consequence} until then.`,
    )
  }
}

export interface WorkspaceRepository {
  readonly directory: string
  read<N extends WorkspaceFileName>(name: N): WorkspaceFiles[N]
  /**
   * Replaces one file's content and writes it to disk before returning; inside `transaction`, at
   * the transaction's end. Throws DiskFullError / ReadOnlyFolderError (write-errors.ts) when it is
   * not on disk whole: then the file and memory are as they were.
   */
  write<N extends WorkspaceFileName>(name: N, content: WorkspaceFiles[N]): void
  /**
   * Runs `change`; the files it writes are read back as written while it runs, and are written to
   * disk together when it returns: each prepared whole first, then renamed in the order first
   * written. On a full disk none of them changes, on disk or in memory, and the error is thrown.
   * Only the synchronous part is covered: writes after an `await` are each their own write.
   */
  transaction<T>(change: () => T): T
  /**
   * `transaction`, reporting what it wrote: for each file written, the object it replaced and the
   * one now in place (references: files are replaced whole, never changed in place). A nested
   * call reports nothing; the outermost one reports the whole change.
   */
  transactionWithWrites<T>(change: () => T): { value: T; written: WrittenFiles }
  snapshot(): WorkspaceSnapshot
  /**
   * Every file, as one consistent workspace (for an export); throws UnfinishedReplaceError while a
   * replacement is unfinished.
   */
  files(): WorkspaceFiles
  /** A backup now, whatever changed; throws UnfinishedReplaceError while a replacement is unfinished. */
  backup(label?: string): BackupInfo | null
  /**
   * A backup if the workspace changed since the newest backup (at start, and on the periodic timer);
   * otherwise none, so an unchanged workspace never rotates an older backup out. None either while a
   * replacement is unfinished: the timer has nobody to tell, and the copy would be a mix.
   */
  backupIfChanged(label?: string): BackupInfo | null
  backups(): BackupInfo[]
  /**
   * A backup now, and every older backup removed: after a deletion at someone's request, no copy
   * of their data may linger in the backups folder.
   */
  replaceBackups(label: string): BackupInfo | null
  /**
   * Replaces every file with `files`, all or nothing, after a backup of the current workspace
   * labelled `label`; returns that backup. `sparedBackup` names a backup that backup must not
   * rotate out: the one being restored.
   */
  replaceAll(
    files: WorkspaceFiles,
    label: string,
    options?: { sparedBackup?: string },
  ): BackupInfo | null
}

/** What one transaction wrote, file by file. */
export interface WrittenFiles {
  /** Each written file as it was before the transaction. */
  before: Partial<WorkspaceFiles>
  /** Each written file as the transaction left it. */
  after: Partial<WorkspaceFiles>
  /** The whole workspace was replaced (`replaceAll`): before and after do not describe it. */
  isReplaced: boolean
}

interface Loaded<N extends WorkspaceFileName> {
  store: FileStore
  data: WorkspaceFiles[N]
  needsWrite: boolean
}

/** Opens (or creates) the workspace in `directory`, returning it with notices for the person. */
export function openWorkspace(options: OpenWorkspaceOptions): {
  repository: WorkspaceRepository
  notices: Notice[]
} {
  const { directory } = options
  const now = options.now ?? (() => new Date())
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID())
  const rotation: BackupRotation = {
    routine: options.backupsToKeep ?? DEFAULT_BACKUPS_TO_KEEP,
    perLabel: options.safetyBackupsPerLabel ?? DEFAULT_SAFETY_BACKUPS_PER_LABEL,
  }
  const notices: Notice[] = []
  // A folder DevRel OS may read but not write (a read-only disk, a copy without permission) opens
  // to read: nothing is cleaned up, migrated on disk, moved aside or backed up, and every save is
  // refused in words, so nothing is lost and nothing is pretended.
  const readOnly = openFolder(directory)
  if (readOnly) {
    notices.push({
      id: newId(),
      level: 'warning',
      title: 'Opened read-only',
      detail: readOnly.openedReadOnly,
    })
  } else {
    removeStrayTempFiles(directory)
    removeUnfinishedBackups(directory)
    const finished = finishInterruptedReplace(directory, now())
    if (finished) notices.push({ id: newId(), ...finished })
  }

  const empty = emptyWorkspaceFiles()
  const loaded = {} as { [N in WorkspaceFileName]: Loaded<N> }
  const migrated: string[] = []

  // First pass reads only: a too-new file must stop the open before anything is written.
  const pending: { name: WorkspaceFileName; reason: string }[] = []
  for (const name of WORKSPACE_FILE_NAMES) {
    let store: FileStore
    try {
      store = openFileStore(directory, name, { compact: COMPACT_FILES.has(name) })
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error
      pending.push({ name, reason: `it is not valid JSON (${error.reason})` })
      continue
    }
    if (store.initial === undefined) {
      setLoaded(loaded, name, { store, data: empty[name], needsWrite: false })
      continue
    }
    const result = migrateFile(name, store.initial)
    if (result.kind === 'too-new') throw new WorkspaceTooNewError(name, result.version)
    if (result.kind === 'invalid') {
      pending.push({ name, reason: result.reason })
      continue
    }
    if (result.migratedFrom !== null)
      migrated.push(`${name}.json (from version ${result.migratedFrom})`)
    setLoaded(loaded, name, { store, data: result.data, needsWrite: result.migratedFrom !== null })
  }

  if (migrated.length > 0 && !readOnly) {
    // The pre-migration files stay restorable if the new version turns out wrong.
    if (createBackup(directory, WORKSPACE_FILE_NAMES, now(), 'before-migration') !== null) {
      rotateBackups(directory, rotation)
    }
    notices.push({
      id: newId(),
      level: 'info',
      title: 'Workspace updated to the new format',
      detail: `Updated ${migrated.join(', ')}. A backup of the previous files was kept.`,
    })
  }

  for (const { name, reason } of pending) {
    const movedTo = readOnly
      ? `${name}.json (left where it is: the folder is read-only)`
      : moveAside(directory, name, now())
    const restored = restoreFromBackups(directory, name)
    const store = openFileStore(directory, name, { compact: COMPACT_FILES.has(name) })
    setLoaded(loaded, name, { store, data: restored?.data ?? empty[name], needsWrite: true })
    notices.push(
      restored
        ? {
            id: newId(),
            level: 'warning',
            title: `Restored ${name} from a backup`,
            detail:
              `${name}.json could not be read: ${reason}. It was moved to ${movedTo}, and its data was ` +
              `restored from the backup of ${restored.backup.createdAt.toISOString()}. ` +
              'Changes made after that backup are only in the moved file.',
          }
        : {
            id: newId(),
            level: 'error',
            title: `Could not read ${name}`,
            detail:
              `${name}.json could not be read: ${reason}, and no backup has a readable copy. ` +
              `The damaged file was kept at ${movedTo}; this part of the workspace starts empty.`,
          },
    )
  }

  const files = {} as WorkspaceFiles
  for (const name of WORKSPACE_FILE_NAMES) setFile(files, name, loaded[name].data)
  // Migrated and restored files, on disk together; a full disk here stops the open with the reason
  // and leaves the files as they were, to be migrated again on the next open.
  commitFiles(
    WORKSPACE_FILE_NAMES.filter((name) => !readOnly && loaded[name].needsWrite).map((name) => ({
      name,
      store: loaded[name].store,
      content: files[name],
    })),
  )

  // Across a restart too: an unchanged workspace needs no start backup, which would rotate an
  // older one out while adding nothing.
  const [newest] = listBackups(directory)
  let changedSinceBackup =
    newest === undefined || !isSameAsBackup(directory, WORKSPACE_FILE_NAMES, newest)
  // Set when a replacement stopped midway: the next open finishes it from the journal, which would
  // overwrite any edit saved in between, so none is accepted.
  let unfinishedReplace: string | null = null
  // Reading and exporting stay possible in a read-only folder; only what writes into it is refused.
  const refuseIfReadOnly = (): void => {
    if (readOnly) throw readOnly
  }
  const refuseIfUnfinished = (consequence: string): void => {
    if (unfinishedReplace !== null) throw new UnfinishedReplaceError(unfinishedReplace, consequence)
  }
  /** The files written by the transaction under way, in the order first written; null outside one. */
  let staged: Map<WorkspaceFileName, WorkspaceFiles[WorkspaceFileName]> | null = null
  /**
   * What the transaction under way wrote, kept apart from `staged`, which a backup taken midway
   * empties: the first file each write replaced, and the last content written.
   */
  let report: WrittenFiles | null = null
  const commit = (changes: Map<WorkspaceFileName, WorkspaceFiles[WorkspaceFileName]>): void => {
    if (changes.size === 0) return
    refuseIfReadOnly()
    refuseIfUnfinished('nothing can be saved')
    commitFiles(
      [...changes].map(([name, content]) => ({ name, store: loaded[name].store, content })),
    )
    // Only once every file is on disk whole: a failed save leaves memory as the disk has it.
    for (const [name, content] of changes) setFile(files, name, content as never)
    changedSinceBackup = true
  }
  /**
   * What a transaction wrote so far, on disk now: a backup copies the files on disk, and one
   * taken after a deletion at someone's request must not hold them.
   */
  const commitStaged = (): void => {
    if (!staged) return
    commit(staged)
    staged.clear()
  }
  /** Every file as the change under way sees it. */
  const current = (): WorkspaceFiles => {
    if (!staged || staged.size === 0) return files
    const merged = { ...files }
    for (const [name, content] of staged) setFile(merged, name, content as never)
    return merged
  }
  const takeBackup = (label: string, spared?: string): BackupInfo | null => {
    refuseIfReadOnly()
    refuseIfUnfinished('no backup can be taken')
    commitStaged()
    const taken = createBackup(directory, WORKSPACE_FILE_NAMES, now(), label)
    changedSinceBackup = false
    if (taken !== null) rotateBackups(directory, rotation, new Set(spared ? [spared] : []))
    return taken
  }
  const runTransaction = <T>(change: () => T): { value: T; written: WrittenFiles } => {
    if (staged) return { value: change(), written: { before: {}, after: {}, isReplaced: false } }
    const changes = new Map<WorkspaceFileName, WorkspaceFiles[WorkspaceFileName]>()
    const written: WrittenFiles = { before: {}, after: {}, isReplaced: false }
    staged = changes
    report = written
    let value: T
    try {
      value = change()
    } finally {
      staged = null
      report = null
    }
    commit(changes)
    return { value, written }
  }
  const repository: WorkspaceRepository = {
    directory,
    read: (name) => (staged?.get(name) as WorkspaceFiles[typeof name] | undefined) ?? files[name],
    write(name, content) {
      refuseIfReadOnly()
      refuseIfUnfinished('nothing can be saved')
      if (report && !(name in report.before)) setFile(report.before, name, files[name] as never)
      if (report) setFile(report.after, name, content as never)
      if (staged) staged.set(name, content)
      else commit(new Map([[name, content]]))
    },
    transaction: (change) => runTransaction(change).value,
    transactionWithWrites: (change) => runTransaction(change),
    snapshot: () => toSnapshot(current()),
    files() {
      refuseIfUnfinished('the workspace cannot be exported')
      return { ...current() }
    },
    backup: (label = '') => takeBackup(label),
    backupIfChanged(label = '') {
      commitStaged()
      return changedSinceBackup && unfinishedReplace === null && !readOnly
        ? takeBackup(label)
        : null
    },
    backups: () => listBackups(directory),
    replaceBackups(label) {
      const fresh = takeBackup(label)
      for (const old of listBackups(directory)) {
        if (old.path !== fresh?.path) removeBackup(old)
      }
      return fresh
    },
    replaceAll(next, label, replaceOptions) {
      refuseIfReadOnly()
      refuseIfUnfinished('nothing can be replaced')
      // Replaced whole: what the change under way wrote before is superseded.
      staged?.clear()
      if (report) report.isReplaced = true
      const before = takeBackup(label, replaceOptions?.sparedBackup)
      writeReplaceJournal(directory, next)
      // Every new file whole on disk before the first rename: a full disk fails here, with every
      // file untouched and the journal removed, so the replacement simply did not happen.
      let prepared: PreparedFile[]
      try {
        prepared = prepareAll(
          WORKSPACE_FILE_NAMES.map(
            (name) => () => loaded[name].store.prepare(storedFile(name, next[name])),
          ),
        )
      } catch (error) {
        rmSync(join(directory, REPLACE_JOURNAL), { force: true })
        syncDirectory(directory)
        throw error
      }
      try {
        commitAll(prepared)
        // The journal goes only once every file was renamed in whole; until then the next open
        // finishes the replacement from it.
        rmSync(join(directory, REPLACE_JOURNAL))
        syncDirectory(directory)
      } catch (error) {
        unfinishedReplace = error instanceof Error ? error.message : String(error)
        throw error
      }
      // Only now, with every file on disk: until then memory keeps the whole previous workspace.
      for (const name of WORKSPACE_FILE_NAMES) setFile(files, name, next[name])
      changedSinceBackup = true
      return before
    },
  }
  return { repository, notices }
}

/** Writes workspace files together: each prepared whole, then renamed; on a full disk none is. */
function commitFiles(
  writes: readonly {
    name: WorkspaceFileName
    store: FileStore
    content: WorkspaceFiles[WorkspaceFileName]
  }[],
): void {
  commitAll(
    prepareAll(
      writes.map(
        ({ name, store, content }) =>
          () =>
            store.prepare(storedFile(name, content)),
      ),
    ),
  )
}

/**
 * Creates the workspace folder if need be; returns the error every save will meet when it can be
 * read but not written, null when it can be written. Throws, in words, when it cannot be created.
 */
function openFolder(directory: string): ReadOnlyFolderError | null {
  try {
    mkdirSync(directory, { recursive: true })
  } catch (error) {
    // A recursive mkdir on a read-only disk says ENOENT; the folder it would have created in says why.
    let cause: unknown = error
    let ancestor = dirname(directory)
    while (!existsSync(ancestor) && dirname(ancestor) !== ancestor) ancestor = dirname(ancestor)
    try {
      accessSync(ancestor, constants.W_OK)
    } catch (denied) {
      cause = denied
    }
    throw new Error(
      `DevRel OS cannot create its data folder ${directory}: ${describeFolderError(cause)}.`,
    )
  }
  try {
    accessSync(directory, constants.W_OK)
    return null
  } catch (error) {
    const reason = describeWriteError(error, join(directory, 'settings.json'))
    return reason instanceof ReadOnlyFolderError
      ? reason
      : new ReadOnlyFolderError(join(directory, 'settings.json'), 'no-permission')
  }
}

function setLoaded<N extends WorkspaceFileName>(
  loaded: { [K in WorkspaceFileName]: Loaded<K> },
  name: N,
  value: Loaded<N>,
): void {
  ;(loaded as Record<WorkspaceFileName, Loaded<WorkspaceFileName>>)[name] = value as never
}

function setFile<N extends WorkspaceFileName>(
  files: Partial<WorkspaceFiles>,
  name: N,
  data: WorkspaceFiles[N],
): void {
  files[name] = data
}

/** The first step of a replacement: the whole new content, in one file written atomically. */
export function writeReplaceJournal(directory: string, next: WorkspaceFiles): void {
  const content = Object.fromEntries(
    WORKSPACE_FILE_NAMES.map((name) => [name, storedFile(name, next[name])]),
  )
  writeFileAtomic(join(directory, REPLACE_JOURNAL), JSON.stringify({ files: content }))
}

/**
 * Finishes a whole-workspace replacement a crash interrupted: the journal is written (atomically)
 * before the first file is touched, so when it exists it holds the complete new content.
 */
function finishInterruptedReplace(directory: string, now: Date): Omit<Notice, 'id'> | null {
  const path = join(directory, REPLACE_JOURNAL)
  if (!existsSync(path)) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    parsed = null
  }
  const parts = (parsed as { files?: unknown } | null)?.files
  const result: WorkspaceFilesResult =
    typeof parts === 'object' && parts !== null
      ? migrateWorkspaceFiles(parts)
      : { kind: 'invalid', reason: 'it is not valid JSON' }
  if (result.kind === 'too-new') throw new WorkspaceTooNewError('replacing', result.version)
  if (result.kind === 'invalid') {
    const movedTo = moveAside(directory, 'replacing', now)
    return {
      level: 'error',
      title: 'An interrupted restore could not be finished',
      detail:
        `DevRel OS stopped while replacing the workspace, and the replacement could not be read ` +
        `(${result.reason}; kept at ${movedTo}). Some parts may be from before it; the backups ` +
        'in Settings hold the workspace as it was before.',
    }
  }
  writeFilesAtomic(
    WORKSPACE_FILE_NAMES.map((name) => {
      const data = storedFile(name, result.files[name])
      return {
        path: join(directory, `${name}.json`),
        content: COMPACT_FILES.has(name) ? JSON.stringify(data) : JSON.stringify(data, null, 2),
      }
    }),
  )
  rmSync(path)
  // Otherwise a power cut could bring the journal back, and the next open would replay it over
  // edits saved since.
  syncDirectory(directory)
  return {
    level: 'info',
    title: 'Finished replacing the workspace',
    detail:
      'DevRel OS stopped while it was restoring a backup or importing a workspace file; the ' +
      'replacement was finished now. The workspace as it was before is in the backups in Settings.',
  }
}

/** Reads a whole backup, migrated and validated like the files at open; a missing file is empty. */
export function readBackupWorkspace(backup: BackupInfo): WorkspaceFilesResult {
  const parts: Partial<Record<WorkspaceFileName, unknown>> = {}
  for (const name of WORKSPACE_FILE_NAMES) {
    const text = readBackupFile(backup, name)
    if (text === null) continue
    try {
      parts[name] = JSON.parse(text)
    } catch {
      return { kind: 'invalid', reason: `its copy of ${name}.json is damaged` }
    }
  }
  return migrateWorkspaceFiles(parts)
}

/** A SIGKILL during an atomic write leaves `<file>.json.tmp-…` behind; they hold nothing confirmed. */
function removeStrayTempFiles(directory: string): void {
  for (const entry of readdirSync(directory)) {
    if (/\.json\.tmp-/.test(entry)) rmSync(join(directory, entry), { force: true })
  }
}

function moveAside(directory: string, name: string, now: Date): string {
  const folder = join(directory, CORRUPT_FOLDER)
  mkdirSync(folder, { recursive: true })
  const target = join(folder, `${name}-${now.toISOString().replace(/[:.]/g, '-')}.json`)
  if (existsSync(join(directory, `${name}.json`)))
    renameSync(join(directory, `${name}.json`), target)
  return target
}

function restoreFromBackups<N extends WorkspaceFileName>(
  directory: string,
  name: N,
): { data: WorkspaceFiles[N]; backup: BackupInfo } | null {
  for (const backup of listBackups(directory)) {
    const text = readBackupFile(backup, name)
    if (text === null) continue
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      continue
    }
    const result = migrateFile(name, parsed)
    if (result.kind === 'ok') return { data: result.data, backup }
  }
  return null
}
