/**
 * The workspace's backups: a folder per backup under `backups/`, named by its time and why it was
 * taken, each holding a copy of every workspace file. Copies are of complete files, since every
 * write is an atomic rename; a backup folder appears under its name only once its copies are
 * flushed to disk, and is renamed away before it is deleted, so neither a crash nor a power cut
 * leaves a listed backup with a half-copied or missing file.
 *
 * Two rotations: routine backups (at start, every 10 minutes) make room for each other, while a
 * backup taken for a reason (before a restore, an import or a format update) is the one way back
 * from that step, so it only makes room for later ones taken for the same reason.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { join } from 'node:path'
import { syncDirectory } from './atomic-file'
import { describeWriteError } from './write-errors'

export const BACKUP_FOLDER = 'backups'
/** Prefixes of folders being written or deleted; never listed, removed on the next open. */
const UNFINISHED = /^\.(partial|removing)-/
/** Labels of the routine backups, which share one rotation. */
const ROUTINE_LABELS: ReadonlySet<string> = new Set(['', 'start'])

export interface BackupInfo {
  name: string
  path: string
  createdAt: Date
  /** Why it was taken: '' for the periodic backup, 'start', 'before-restore', … */
  label: string
}

/** How many backups stay. */
export interface BackupRotation {
  /** Routine backups (at start, periodic), newest first. */
  routine: number
  /** Backups taken for a reason, per reason (label), newest first. */
  perLabel: number
}

const stamp = (date: Date): string => date.toISOString().replace(/:/g, '-').replace('.', '-')
const STAMP = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-([a-z][a-z-]*?))?(?:-\d+)?$/
const parseName = (name: string): { createdAt: Date; label: string } | null => {
  const match = STAMP.exec(name)
  return match
    ? {
        createdAt: new Date(`${match[1]}:${match[2]}:${match[3]}.${match[4]}Z`),
        label: match[5] ?? '',
      }
    : null
}

/** Whether a backup is a routine one (at start, periodic) rather than taken for a reason. */
export function isRoutineBackup(backup: Pick<BackupInfo, 'label'>): boolean {
  return ROUTINE_LABELS.has(backup.label)
}

/** All backups, newest first. */
export function listBackups(workspaceDirectory: string): BackupInfo[] {
  const root = join(workspaceDirectory, BACKUP_FOLDER)
  if (!existsSync(root)) return []
  return readdirSync(root)
    .flatMap((name) => {
      const parsed = parseName(name)
      return parsed ? [{ name, path: join(root, name), ...parsed }] : []
    })
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.name.localeCompare(a.name))
}

/** A workspace file that does not parse, found while taking a backup: no backup was taken. */
export class DamagedFileError extends Error {
  constructor(readonly fileName: string) {
    super(
      `No backup was taken: ${fileName}.json does not read back whole. The backups already ` +
        'taken are kept; restart DevRel OS to restore the file from the latest good one.',
    )
  }
}

function parses(path: string): boolean {
  try {
    JSON.parse(readFileSync(path, 'utf8'))
    return true
  } catch {
    return false
  }
}

/**
 * Copies the given workspace files into a new backup folder; null when there is no file yet.
 * Throws DamagedFileError when a file does not parse, DiskFullError when the copies do not fit;
 * either way no backup is listed and no older one is touched.
 */
export function createBackup(
  workspaceDirectory: string,
  fileNames: readonly string[],
  now: Date,
  label = '',
): BackupInfo | null {
  const present = fileNames.filter((name) => existsSync(join(workspaceDirectory, `${name}.json`)))
  if (present.length === 0) return null
  let name = `${stamp(now)}${label ? `-${label}` : ''}`
  let path = join(workspaceDirectory, BACKUP_FOLDER, name)
  for (let attempt = 1; existsSync(path); attempt += 1) {
    name = `${stamp(now)}${label ? `-${label}` : ''}-${attempt}`
    path = join(workspaceDirectory, BACKUP_FOLDER, name)
  }
  const partial = join(workspaceDirectory, BACKUP_FOLDER, `.partial-${name}`)
  try {
    mkdirSync(partial, { recursive: true })
    for (const file of present) {
      const copy = join(partial, `${file}.json`)
      copyFileSync(join(workspaceDirectory, `${file}.json`), copy)
      // On disk before the folder gets its name, so a power cut cannot leave an empty copy listed.
      const descriptor = openSync(copy, 'r')
      try {
        fsyncSync(descriptor)
      } finally {
        closeSync(descriptor)
      }
      // The copy as it will be restored: a cut-off or damaged file is never kept as a backup,
      // where it would rotate a good one out.
      if (!parses(copy)) throw new DamagedFileError(file)
    }
    // The copies' names in their folder, then the folder's new name in `backups/`: without these a
    // power cut can lose a backup that was reported taken.
    syncDirectory(partial)
    renameSync(partial, path)
  } catch (error) {
    rmSync(partial, { recursive: true, force: true })
    throw error instanceof DamagedFileError ? error : describeWriteError(error, partial)
  }
  syncDirectory(join(workspaceDirectory, BACKUP_FOLDER))
  return { name, path, createdAt: now, label }
}

/**
 * Deletes the backups beyond `rotation`: routine ones beyond the newest `routine`, and for each
 * other label those beyond its newest `perLabel`. `spared` names backups kept whatever their place
 * (the one being restored, which would otherwise go the moment its before-restore backup is taken).
 */
export function rotateBackups(
  workspaceDirectory: string,
  rotation: BackupRotation,
  spared: ReadonlySet<string> = new Set(),
): void {
  const seen = new Map<string, number>()
  for (const backup of listBackups(workspaceDirectory)) {
    const isRoutine = isRoutineBackup(backup)
    const group = isRoutine ? 'routine' : `label:${backup.label}`
    const position = (seen.get(group) ?? 0) + 1
    seen.set(group, position)
    const limit = isRoutine ? rotation.routine : rotation.perLabel
    if (position > limit && !spared.has(backup.name)) removeBackup(backup)
  }
}

/**
 * Whether every given workspace file is byte for byte the copy in `backup` (a file absent from
 * both counts as equal): then a new backup would hold nothing the old one does not.
 */
export function isSameAsBackup(
  workspaceDirectory: string,
  fileNames: readonly string[],
  backup: BackupInfo,
): boolean {
  const pairs = fileNames.map((name) => ({
    current: join(workspaceDirectory, `${name}.json`),
    copy: join(backup.path, `${name}.json`),
  }))
  const size = (path: string): number | null => (existsSync(path) ? statSync(path).size : null)
  // Sizes first: a changed workspace almost always differs there, without reading 20 MB twice.
  if (pairs.some(({ current, copy }) => size(current) !== size(copy))) return false
  return pairs.every(
    ({ current, copy }) => !existsSync(current) || readFileSync(current).equals(readFileSync(copy)),
  )
}

/** Deletes one backup: first renamed out of the list, so a crash midway leaves no partial backup. */
export function removeBackup(backup: BackupInfo): void {
  const root = join(backup.path, '..')
  const removing = join(root, `.removing-${backup.name}`)
  renameSync(backup.path, removing)
  rmSync(removing, { recursive: true, force: true })
  // A backup removed after a deletion at someone's request must not come back after a power cut.
  syncDirectory(root)
}

/** Removes what a crash left of backups being written or deleted. */
export function removeUnfinishedBackups(workspaceDirectory: string): void {
  const root = join(workspaceDirectory, BACKUP_FOLDER)
  if (!existsSync(root)) return
  for (const name of readdirSync(root)) {
    if (UNFINISHED.test(name)) rmSync(join(root, name), { recursive: true, force: true })
  }
}

/** The bytes a backup takes on disk. */
export function backupSize(backup: BackupInfo): number {
  return readdirSync(backup.path).reduce(
    (total, name) => total + statSync(join(backup.path, name)).size,
    0,
  )
}

/** The text of one file in one backup, or null when that backup has no copy of it. */
export function readBackupFile(backup: BackupInfo, fileName: string): string | null {
  const path = join(backup.path, `${fileName}.json`)
  return existsSync(path) ? readFileSync(path, 'utf8') : null
}
