import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { BackupSummary, WorkspaceResponses } from '../../shared/ipc/channels/workspace'
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema/migrations'
import { buildSampleWorkspace } from '../../shared/sample/sample-workspace'
import { WORKSPACE_FILE_NAMES, type WorkspaceFiles } from '../../shared/schema/workspace'
import { buildWorkspaceFile, readWorkspaceFile } from '../../shared/schema/workspace-file'
import { writeFileAtomic } from '../persistence/atomic-file'
import { backupSize, type BackupInfo } from '../persistence/backups'
import { readBackupWorkspace } from '../persistence/workspace-repository'
import type { Handlers, HandlerDeps } from './handler-types'
import { NotFoundError, RefusedError } from './errors'

const WORKSPACE_FILE_KIND = { name: 'DevRel OS workspace', extensions: ['json'] }

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
  /** Replaces the workspace, keeping the current one in a backup first. */
  const replace = (files: WorkspaceFiles, label: string) => {
    const previous = repository.replaceAll(files, label)
    return { ...load(), previousBackup: previous ? summary(previous) : null }
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
      const day = deps.now().toISOString().slice(0, 10)
      const path = await deps.desktop.chooseSaveFile(
        'Export the workspace',
        `devrel-os-workspace-${day}.json`,
      )
      if (path === null) return null
      const files = Object.fromEntries(
        WORKSPACE_FILE_NAMES.map((name) => [name, repository.read(name)]),
      ) as WorkspaceFiles
      writeFileAtomic(path, buildWorkspaceFile(files, deps.now().toISOString()))
      return { path }
    },
    'workspace:import-file': async () => {
      const path = await deps.desktop.chooseOpenFile('Import a workspace', WORKSPACE_FILE_KIND)
      if (path === null) return null
      const fileName = basename(path)
      let text: string
      try {
        text = readFileSync(path, 'utf8')
      } catch (error) {
        throw new RefusedError(
          `${fileName} could not be read (${(error as Error).message}). Your workspace was not changed.`,
        )
      }
      const result = readWorkspaceFile(text)
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
      return { ...replace(result.files, 'before-import'), fileName }
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
      return replace(result.files, 'before-restore')
    },
  }
}
