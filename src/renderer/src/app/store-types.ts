import type { StateCreator } from 'zustand'
import type { Call } from '../api/client'
import type { HeldSaves } from '../api/held-saves'
import type { AttendeesSlice } from '../features/attendees/attendees-slice'
import type { DemosSlice } from '../features/demos/demos-slice'
import type { DevrelSlice } from '../features/devrel/devrel-slice'
import type { EventsSlice } from '../features/events/events-slice'
import type { NightSlice } from '../features/night/night-slice'
import type { PipelineSlice } from '../features/pipeline/pipeline-slice'
import type { PulseSlice } from '../features/pulse/pulse-slice'
import type { RetrosSlice } from '../features/retros/retros-slice'
import type { ReviewSlice } from '../features/review/review-slice'
import type { WorkspaceSlice } from '../features/workspace/workspace-slice'
import type { UiSlice } from './ui-slice'

/** The one app store, composed from feature slices. */
export type AppState = WorkspaceSlice &
  EventsSlice &
  AttendeesSlice &
  DemosSlice &
  PipelineSlice &
  RetrosSlice &
  ReviewSlice &
  DevrelSlice &
  NightSlice &
  PulseSlice &
  UiSlice

/** Dependencies every slice gets: I/O only through `call`, time through `now`. */
export interface SliceDeps {
  call: Call
  now: () => Date
  /** Saves waiting for disk space (see api/held-saves.ts). */
  heldSaves: Pick<HeldSaves, 'retryNow' | 'discardAll'>
}

export type SliceCreator<Slice> = (deps: SliceDeps) => StateCreator<AppState, [], [], Slice>
