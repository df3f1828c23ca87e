import type { StateCreator } from 'zustand'
import type { Call } from '../api/client'
import type { EventsSlice } from '../features/events/events-slice'
import type { WorkspaceSlice } from '../features/workspace/workspace-slice'
import type { UiSlice } from './ui-slice'

/** The one app store, composed from feature slices. */
export type AppState = WorkspaceSlice & EventsSlice & UiSlice

/** Dependencies every slice gets: I/O only through `call`, time through `now`. */
export interface SliceDeps {
  call: Call
  now: () => Date
}

export type SliceCreator<Slice> = (deps: SliceDeps) => StateCreator<AppState, [], [], Slice>
