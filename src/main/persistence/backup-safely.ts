/**
 * The backups nobody asked for (at start, every ten minutes, before quitting) run outside any
 * request, so nothing would catch what they throw: in main that is an uncaught exception. A
 * failed backup loses nothing (the workspace files are saved; only the extra copy is missing),
 * so it becomes a notice for the person instead.
 */
import type { Notice } from '../../shared/ipc/contract-types'
import type { WorkspaceRepository } from './workspace-repository'
import { DiskFullError, ReadOnlyFolderError } from './write-errors'

/** Takes a backup if the workspace changed since the last one; a failure is returned as a notice. */
export function backUpSafely(
  repository: Pick<WorkspaceRepository, 'backupIfChanged'>,
  label: string,
  newId: () => string,
): Notice | null {
  try {
    repository.backupIfChanged(label)
    return null
  } catch (error) {
    return { id: newId(), level: 'warning', title: 'A backup was not made', detail: why(error) }
  }
}

const why = (error: unknown): string => {
  const saved = 'Your workspace itself is saved; only this extra copy is missing.'
  if (error instanceof DiskFullError)
    return `The disk is full, so the automatic backup was not made. ${saved} Free some space and the next backup will be taken.`
  if (error instanceof ReadOnlyFolderError)
    return `${error.problem}, so the automatic backup was not made. ${saved}`
  // DamagedFileError and anything else already say what happened, in words or errno text.
  const message = error instanceof Error ? error.message : String(error)
  return `The automatic backup was not made: ${message}`
}
