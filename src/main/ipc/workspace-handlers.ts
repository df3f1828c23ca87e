import { basename } from 'node:path'
import type { BackupSummary, WorkspaceResponses } from '../../shared/ipc/channels/workspace'
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema/migrations'
import { buildSampleWorkspace } from '../../shared/sample/sample-workspace'
import { WORKSPACE_FILE_NAMES, type WorkspaceFiles } from '../../shared/schema/workspace'
import { buildWorkspaceFile, keepDeletedPeopleDeleted } from '../../shared/schema/workspace-file'
import { writeFileAtomic } from '../persistence/atomic-file'
import { backupSize, type BackupInfo } from '../persistence/backups'
import { readBackupWorkspace, UnfinishedReplaceError } from '../persistence/workspace-repository'
import { readWorkspaceFileInWorker } from '../workspace-file/read-in-worker'
import type { Handlers, HandlerDeps } from './handler-types'
import { NotFoundError, RefusedError } from './errors'

const WORKSPACE_FILE_KIND = { name: 'DevRel OS workspace', extensions: ['json'] }

/** A replacement that stopped midway is a refusal with its own explanation, not a failure. */
function refusingUnfinished<T>(action: () => T): T {
  try {
    return action()
  } catch (error) {
    if (error instanceof UnfinishedReplaceError) throw new RefusedError(error.message)
    throw error
  }
}

/**
 * Loading the workspace, the first-run choice, settings, and keeping the workspace safe: the
 * automatic backups (listed and restored) and the whole-workspace file (exported and imported).
 */
export function workspaceHandlers(deps: HandlerDeps): Pick<Handlers, keyof WorkspaceResponses> {
  const { repository } = deps
  let pendingNotices = deps.startupNotices
  const load = () => {
    const notices = pendingNotices
    pendingNotices = []
    return {
      snapshot: repository.snapshot(),
      notices,
      isFirstRun: repository.read('settings').settings.startedWith === null,
      location: repository.directory,
    }
  }
  const summary = (backup: BackupInfo): BackupSummary => ({
    name: backup.name,
    createdAt: backup.createdAt.toISOString(),
    label: backup.label,
    sizeBytes: backupSize(backup),
  })
  /**
   * Replaces the workspace, keeping the current one in a backup first. People deleted at their
   * request here stay deleted, whatever `source` (a file, a backup) still holds of them.
   */
  const replace = (
    incoming: WorkspaceFiles,
    label: string,
    source: { name: string; sparedBackup?: string },
  ) => {
    const { tombstones } = repository.read('people')
    const { chatTombstones } = repository.read('chat')
    const { files, keptDeleted } = keepDeletedPeopleDeleted(
      incoming,
      tombstones,
      deps.now(),
      chatTombstones,
    )
    const previous = refusingUnfinished(() =>
      repository.replaceAll(files, label, { sparedBackup: source.sparedBackup }),
    )
    const loaded = load()
    const notices =
      keptDeleted === 0
        ? loaded.notices
        : [
            ...loaded.notices,
            {
              id: deps.newId(),
              level: 'info' as const,
              title: 'People deleted at their request stay deleted',
              detail:
                `${keptDeleted === 1 ? '1 person' : `${keptDeleted} people`} in ${source.name} ` +
                'had been deleted at their request in this workspace, so they were left out again, ' +
                'with their registrations, pipeline cards, follow-ups, intros and retro picks.',
            },
          ]
    return { ...loaded, notices, previousBackup: previous ? summary(previous) : null }
  }
  return {
    'workspace:load': load,
    'workspace:start': ({ startWith }) => {
      if (repository.read('settings').settings.startedWith !== null) {
        throw new RefusedError('This workspace has already been started.')
      }
      if (startWith === 'sample') {
        const sample = buildSampleWorkspace(deps.now())
        for (const name of WORKSPACE_FILE_NAMES) repository.write(name, sample[name] as never)
      } else {
        const { settings } = repository.read('settings')
        repository.write('settings', { settings: { ...settings, startedWith: 'empty' } })
      }
      return load()
    },
    'workspace:update-settings': (edited) => {
      const settings = { ...repository.read('settings').settings, ...edited }
      repository.write('settings', { settings })
      return settings
    },
    'workspace:export-file': async () => {
      // Refused before the dialog asks where to save: after a replacement that failed midway the
      // files on disk are a mix of two workspaces until a restart finishes it.
      refusingUnfinished(() => repository.files())
      const day = deps.now().toISOString().slice(0, 10)
      const path = await deps.desktop.chooseSaveFile(
        'Export the workspace',
        `devrel-os-workspace-${day}.json`,
      )
      if (path === null) return null
      // Read after the dialog, so changes made while it was open are in the file.
      const files = refusingUnfinished(() => repository.files())
      writeFileAtomic(path, buildWorkspaceFile(files, deps.now().toISOString()))
      return { path }
    },
    'workspace:import-file': async () => {
      const path = await deps.desktop.chooseOpenFile('Import a workspace', WORKSPACE_FILE_KIND)
      if (path === null) return null
      const fileName = basename(path)
      // In a worker: a file of hundreds of megabytes takes seconds to check, and the window waits
      // on this process for everything else.
      const result = await readWorkspaceFileInWorker(path)
      if (result.kind === 'unreadable') {
        throw new RefusedError(
          `${fileName} could not be read (${result.reason}). Your workspace was not changed.`,
        )
      }
      if (result.kind === 'too-new') {
        throw new RefusedError(
          `${fileName} was written by a newer version of DevRel OS (workspace version ` +
            `${result.version}; this app reads up to ${CURRENT_SCHEMA_VERSION}). Update DevRel OS ` +
            'to import it. Your workspace was not changed.',
        )
      }
      if (result.kind === 'invalid') {
        throw new RefusedError(
          `${fileName} cannot be imported: ${result.reason}. Your workspace was not changed.`,
        )
      }
      return { ...replace(result.files, 'before-import', { name: fileName }), fileName }
    },
    'workspace:list-backups': () => repository.backups().map(summary),
    'workspace:restore-backup': ({ name }) => {
      // Looked up in the list, never joined into a path: the name comes from the renderer.
      const backup = repository.backups().find((entry) => entry.name === name)
      if (backup === undefined) throw new NotFoundError('That backup no longer exists.')
      const result = readBackupWorkspace(backup)
      const when = backup.createdAt.toISOString()
      if (result.kind === 'too-new') {
        throw new RefusedError(
          `The backup of ${when} was written by a newer version of DevRel OS; update the app to ` +
            'restore it. Your workspace was not changed.',
        )
      }
      if (result.kind === 'invalid') {
        throw new RefusedError(
          `The backup of ${when} cannot be restored: ${result.reason}. Your workspace was not changed.`,
        )
      }
      // Even a backup from before a deletion is handled: replaceBackups removes those when the
      // deletion completes, but a crash between the deletion and that leaves them listed.
      return replace(result.files, 'before-restore', {
        name: `the backup of ${when}`,
        sparedBackup: backup.name,
      })
    },
  }
}
