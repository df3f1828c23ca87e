/**
 * Rotating backups of the workspace: a folder per backup under `backups/`, named by its time, each
 * holding a copy of every workspace file. Copies are of complete files, since every write is an
 * atomic rename.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

export const BACKUP_FOLDER = 'backups'

export interface BackupInfo {
  name: string
  path: string
  createdAt: Date
}

const stamp = (date: Date): string => date.toISOString().replace(/:/g, '-').replace('.', '-')
const parseStamp = (name: string): Date | null => {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name)
  return match ? new Date(`${match[1]}:${match[2]}:${match[3]}.${match[4]}Z`) : null
}

/** All backups, newest first. */
export function listBackups(workspaceDirectory: string): BackupInfo[] {
  const root = join(workspaceDirectory, BACKUP_FOLDER)
  if (!existsSync(root)) return []
  return readdirSync(root)
    .map((name) => ({ name, path: join(root, name), createdAt: parseStamp(name) }))
    .filter((backup): backup is BackupInfo => backup.createdAt !== null)
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
  mkdirSync(path, { recursive: true })
  for (const file of present) {
    copyFileSync(join(workspaceDirectory, `${file}.json`), join(path, `${file}.json`))
  }
  for (const old of listBackups(workspaceDirectory).slice(keep)) {
    rmSync(old.path, { recursive: true, force: true })
  }
  return { name, path, createdAt: now }
}

/** The text of one file in one backup, or null when that backup has no copy of it. */
export function readBackupFile(backup: BackupInfo, fileName: string): string | null {
  const path = join(backup.path, `${fileName}.json`)
  return existsSync(path) ? readFileSync(path, 'utf8') : null
}
