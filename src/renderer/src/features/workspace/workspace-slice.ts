/** Loading the workspace, the first-run choice, and notices from main (restored backups…). */
import type { Notice } from '../../../../shared/ipc/contract'
import type { WorkspaceLoadResult } from '../../../../shared/ipc/contract'
import type { Settings } from '../../../../shared/schema/workspace'
import type { SliceCreator } from '../../app/store-types'

export type LoadState =
  | { status: 'loading' }
  | { status: 'first-run' }
  | { status: 'ready' }
  | { status: 'failed'; message: string }

export interface WorkspaceSlice {
  load: LoadState
  notices: Notice[]
  settings: Settings | null
  location: string
  loadWorkspace: () => Promise<void>
  startWorkspace: (startWith: 'sample' | 'empty') => Promise<void>
  dismissNotice: (id: string) => void
}

export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> =
  ({ call }) =>
  (set, get) => {
    const apply = (result: WorkspaceLoadResult): void => {
      const { snapshot } = result
      set({
        load: result.isFirstRun ? { status: 'first-run' } : { status: 'ready' },
        notices: [...get().notices, ...result.notices],
        settings: snapshot.settings,
        location: result.location,
        events: snapshot.events,
      })
    }
    return {
      load: { status: 'loading' },
      notices: [],
      settings: null,
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
    }
  }
