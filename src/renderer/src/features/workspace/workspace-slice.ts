/**
 * Loading the workspace, the first-run choice, and notices from main (restored backups…). Holds
 * every collection of the workspace snapshot; feature slices add the actions that change them,
 * each replacing the collections main hands back after saving.
 */
import type { Notice, WorkspaceLoadResult } from '../../../../shared/ipc/contract'
import {
  emptyWorkspaceFiles,
  toSnapshot,
  type WorkspaceSnapshot,
} from '../../../../shared/schema/workspace'
import type { z } from 'zod'
import type { editableSettingsSchema } from '../../../../shared/ipc/channels/workspace'
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
  updateSettings: (edited: EditableSettings) => Promise<void>
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
      updateSettings: async (edited) => {
        set({ settings: await call('workspace:update-settings', edited) })
      },
    }
  }
