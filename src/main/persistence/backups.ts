/**
 * Rotating backups of the workspace: a folder per backup under `backups/`, named by its time (and
 * why it was taken), each holding a copy of every workspace file. Copies are of complete files,
 * since every write is an atomic rename; and a backup folder appears under its name only once it
 * is complete, and is renamed away before it is deleted, so a crash never leaves a listed backup
 * with a half-copied or missing file.
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

export const BACKUP_FOLDER = 'backups'
/** Prefixes of folders being written or deleted; never listed, removed on the next open. */
const UNFINISHED = /^\.(partial|removing)-/

export interface BackupInfo {
  name: string
  path: string
  createdAt: Date
  /** Why it was taken: '' for the periodic backup, 'start', 'before-restore', … */
  label: string
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

/** Copies the given workspace files into a new backup folder and keeps only the newest `keep`. */
export function createBackup(
  workspaceDirectory: string,
  fileNames: readonly string[],
  now: Date,
  keep: number,
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
  }
  renameSync(partial, path)
  for (const old of listBackups(workspaceDirectory).slice(keep)) removeBackup(old)
  return { name, path, createdAt: now, label }
}

/** Deletes one backup: first renamed out of the list, so a crash midway leaves no partial backup. */
export function removeBackup(backup: BackupInfo): void {
  const removing = join(backup.path, '..', `.removing-${backup.name}`)
  renameSync(backup.path, removing)
  rmSync(removing, { recursive: true, force: true })
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
