/**
 * The whole workspace in one file, for moving to another computer or keeping a copy elsewhere: a
 * format marker, the schema version it was written at, and every file's data. Reading one goes
 * through the same migrations as opening the workspace: an older file is migrated, a newer one is
 * refused, and a damaged or half-written one is refused with the reason.
 */
import { CURRENT_SCHEMA_VERSION, migrateFile } from './migrations'
import {
  emptyWorkspaceFiles,
  WORKSPACE_FILE_NAMES,
  type WorkspaceFileName,
  type WorkspaceFiles,
} from './workspace'

export const WORKSPACE_FILE_FORMAT = 'devrel-os-workspace'

export type WorkspaceFilesResult =
  | { kind: 'ok'; files: WorkspaceFiles; migratedFrom: number | null }
  | { kind: 'too-new'; version: number }
  | { kind: 'invalid'; reason: string }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The workspace as one JSON document. Compact: with 50,000 people, indentation doubles the size. */
export function buildWorkspaceFile(files: WorkspaceFiles, exportedAt: string): string {
  return JSON.stringify({
    format: WORKSPACE_FILE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt,
    files,
  })
}

/** Reads a workspace file's text: migrated and validated files, or why it cannot be used. Pure. */
export function readWorkspaceFile(text: string): WorkspaceFilesResult {
  if (text.trim() === '') return { kind: 'invalid', reason: 'the file is empty' }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return {
      kind: 'invalid',
      reason: 'the file is incomplete or damaged (it is not valid JSON; it may have been cut off)',
    }
  }
  if (!isObject(parsed) || parsed['format'] !== WORKSPACE_FILE_FORMAT) {
    return { kind: 'invalid', reason: 'it is not a DevRel OS workspace file' }
  }
  const { schemaVersion, files } = parsed
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return { kind: 'invalid', reason: 'the file has no schema version' }
  }
  if (schemaVersion > CURRENT_SCHEMA_VERSION) return { kind: 'too-new', version: schemaVersion }
  if (!isObject(files)) return { kind: 'invalid', reason: 'the file holds no workspace data' }
  const parts: Partial<Record<WorkspaceFileName, unknown>> = {}
  for (const name of WORKSPACE_FILE_NAMES) {
    const data = files[name]
    if (data === undefined) {
      // A file this version has must be there; an older version may predate some files.
      if (schemaVersion === CURRENT_SCHEMA_VERSION) {
        return { kind: 'invalid', reason: `the file is incomplete: it has no ${name}` }
      }
      continue
    }
    if (!isObject(data)) return { kind: 'invalid', reason: `${name}: not an object` }
    parts[name] = { ...data, schemaVersion }
  }
  return migrateWorkspaceFiles(parts)
}

/**
 * Migrates and validates a set of parsed files, each carrying its own `schemaVersion`; a file that
 * is absent starts empty, as when the workspace was saved before that file existed.
 */
export function migrateWorkspaceFiles(
  parts: Partial<Record<WorkspaceFileName, unknown>>,
): WorkspaceFilesResult {
  const files = emptyWorkspaceFiles()
  let migratedFrom: number | null = null
  for (const name of WORKSPACE_FILE_NAMES) {
    if (parts[name] === undefined) continue
    const result = migrateFile(name, parts[name])
    if (result.kind === 'too-new') return result
    if (result.kind === 'invalid') return { kind: 'invalid', reason: `${name}: ${result.reason}` }
    setFile(files, name, result.data)
    if (result.migratedFrom !== null) {
      migratedFrom = Math.min(migratedFrom ?? result.migratedFrom, result.migratedFrom)
    }
  }
  return { kind: 'ok', files, migratedFrom }
}

function setFile<N extends WorkspaceFileName>(
  files: WorkspaceFiles,
  name: N,
  data: WorkspaceFiles[N],
): void {
  files[name] = data
}
