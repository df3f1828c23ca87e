/** Composes the one app store from the feature slices, with I/O injected. */
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { DesktopApi } from '../../../shared/ipc/contract'
import { createCall } from '../api/client'
import { createHeldSaves } from '../api/held-saves'
import { createAttendeesSlice } from '../features/attendees/attendees-slice'
import { createDemosSlice } from '../features/demos/demos-slice'
import { createDevrelSlice } from '../features/devrel/devrel-slice'
import { createEventsSlice } from '../features/events/events-slice'
import { createNightSlice } from '../features/night/night-slice'
import { createPipelineSlice } from '../features/pipeline/pipeline-slice'
import { createPulseSlice } from '../features/pulse/pulse-slice'
import { createRetrosSlice } from '../features/retros/retros-slice'
import { createReviewSlice } from '../features/review/review-slice'
import { createWorkspaceSlice } from '../features/workspace/workspace-slice'
import type { AppState, SliceDeps } from './store-types'
import { createUiSlice } from './ui-slice'

export type AppStore = StoreApi<AppState>

/** A store talking to main through `api`. */
export function createAppStore(api: DesktopApi, now: () => Date = () => new Date()): AppStore {
  const heldSaves = createHeldSaves(api)
  // Bound once the store exists; no reply can arrive before.
  let store: AppStore | null = null
  const deps: SliceDeps = {
    // Every reply's changed files go into the store here, before the slice that asked goes on.
    call: createCall(
      { ...api, invoke: heldSaves.invoke } as DesktopApi,
      (history) => store?.setState({ history }),
      (files) => store?.getState().applyWorkspaceFiles(files),
    ),
    now,
    heldSaves,
  }
  const created = createStore<AppState>()((...args) => ({
    ...createUiSlice(deps)(...args),
    ...createWorkspaceSlice(deps)(...args),
    ...createEventsSlice(deps)(...args),
    ...createAttendeesSlice(deps)(...args),
    ...createDemosSlice(deps)(...args),
    ...createPipelineSlice(deps)(...args),
    ...createRetrosSlice(deps)(...args),
    ...createReviewSlice(deps)(...args),
    ...createDevrelSlice(deps)(...args),
    ...createNightSlice(deps)(...args),
    ...createPulseSlice(deps)(...args),
  }))
  store = created
  heldSaves.subscribe((held) => created.setState({ heldSaves: held }))
  return created
}
