/**
 * Loading the workspace, the first-run choice, notices from main (restored backups…), and keeping
 * the workspace safe: the automatic backups and the whole-workspace file. Holds every collection
 * of the workspace snapshot; feature slices add the actions that change them, each replacing the
 * collections main hands back after saving.
 */
import type { Notice, WorkspaceLoadResult } from '../../../../shared/ipc/contract'
import {
  emptyWorkspaceFiles,
  toSnapshot,
  type WorkspaceFiles,
  type WorkspaceSnapshot,
} from '../../../../shared/schema/workspace'
import type { z } from 'zod'
import type {
  BackupSummary,
  editableSettingsSchema,
  WorkspaceReplaced,
} from '../../../../shared/ipc/channels/workspace'
import type { SliceCreator } from '../../app/store-types'

export type LoadState =
  | { status: 'loading' }
  | { status: 'first-run' }
  | { status: 'ready' }
  | { status: 'failed'; message: string }

export interface WorkspaceSlice extends WorkspaceSnapshot {
  load: LoadState
  notices: Notice[]
  location: string
  loadWorkspace: () => Promise<void>
  startWorkspace: (startWith: 'sample' | 'empty') => Promise<void>
  dismissNotice: (id: string) => void
  /**
   * Replaces the collections of the given workspace files, as main saved them (an undo, a redo);
   * a screen whose event or person is gone goes back to its list.
   */
  applyWorkspaceFiles: (files: Partial<WorkspaceFiles>) => void
  /** A notice main sent on its own (a timed backup that failed). */
  receiveNotice: (notice: Notice) => void
  updateSettings: (edited: EditableSettings) => Promise<void>
  /** The automatic backups, newest first; null until Settings asked for them. */
  backups: BackupSummary[] | null
  loadBackups: () => Promise<void>
  /** Replaces the workspace with a backup (main backs up the current one first). */
  restoreBackup: (name: string) => Promise<void>
  /** Saves the whole workspace to one file the person picks; rejects with main's reason. */
  exportWorkspace: () => Promise<void>
  /** Replaces the workspace with a file the person picks; rejects with main's reason. */
  importWorkspace: () => Promise<void>
  /** Whether Settings is asking to confirm an import over the current workspace. */
  isWorkspaceImportAsked: boolean
  askWorkspaceImport: (isAsked: boolean) => void
  /** File → Export Workspace… / Import Workspace… from the application menu. */
  runWorkspaceFileCommand: (command: 'export-workspace' | 'import-workspace') => Promise<void>
}

export type EditableSettings = z.input<typeof editableSettingsSchema>

export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> =
  ({ call }) =>
  (set, get) => {
    const apply = (result: WorkspaceLoadResult): void => {
      const { snapshot } = result
      set({
        ...snapshot,
        load: result.isFirstRun ? { status: 'first-run' } : { status: 'ready' },
        notices: [...get().notices, ...result.notices],
        location: result.location,
      })
    }
    const applyReplaced = async (result: WorkspaceReplaced): Promise<void> => {
      apply(result)
      // Main cleared its history; the toasts' Undo buttons were about the replaced workspace.
      set({ toasts: [] })
      await get().loadBackups()
    }
    return {
      ...toSnapshot(emptyWorkspaceFiles()),
      load: { status: 'loading' },
      notices: [],
      location: '',
      loadWorkspace: async () => {
        try {
          apply(await call('workspace:load', undefined))
        } catch (error) {
          set({ load: { status: 'failed', message: (error as Error).message } })
        }
      },
      startWorkspace: async (startWith) => {
        try {
          apply(await call('workspace:start', { startWith }))
        } catch (error) {
          get().showToast((error as Error).message, { tone: 'error' })
        }
      },
      dismissNotice: (id) => set({ notices: get().notices.filter((notice) => notice.id !== id) }),
      applyWorkspaceFiles: (files) => {
        // Each file's collections are store keys, as in the snapshot `workspace:load` applies.
        set(Object.assign({}, ...Object.values(files)) as Partial<WorkspaceSnapshot>)
        const { route, events, people } = get()
        if (route.name === 'event' && !events.some((event) => event.id === route.eventId)) {
          get().navigate({ name: 'events' })
        }
        if (route.name === 'person' && !people.some((person) => person.id === route.personId)) {
          get().navigate({ name: 'people' })
        }
      },
      receiveNotice: (notice) => set({ notices: [...get().notices, notice] }),
      updateSettings: async (edited) => {
        set({ settings: await call('workspace:update-settings', edited) })
      },
      backups: null,
      loadBackups: async () => {
        set({ backups: await call('workspace:list-backups', undefined) })
      },
      restoreBackup: async (name) => {
        await applyReplaced(await call('workspace:restore-backup', { name }))
      },
      exportWorkspace: async () => {
        const result = await call('workspace:export-file', undefined)
        if (result !== null) get().showToast(`Workspace exported to ${result.path}`)
      },
      importWorkspace: async () => {
        const result = await call('workspace:import-file', undefined)
        if (result === null) return
        await applyReplaced(result)
        get().showToast(
          `Workspace imported from ${result.fileName}.` +
            (result.previousBackup ? ' The previous one is in the backups.' : ''),
        )
      },
      isWorkspaceImportAsked: false,
      askWorkspaceImport: (isAsked) => set({ isWorkspaceImportAsked: isAsked }),
      runWorkspaceFileCommand: async (command) => {
        const { status } = get().load
        if (command === 'import-workspace' && status === 'ready') {
          // Replacing a workspace in use asks first, in Settings beside the backups it can undo from.
          get().navigate({ name: 'settings' })
          get().askWorkspaceImport(true)
          return
        }
        if (status !== 'ready' && status !== 'first-run') return
        try {
          await (command === 'export-workspace' ? get().exportWorkspace() : get().importWorkspace())
        } catch (error) {
          get().showToast((error as Error).message, { tone: 'error' })
        }
      },
    }
  }
