/**
 * The one IPC contract between renderer and main: channel → request schema and response type,
 * assembled from one module per feature in ./channels. Main validates every request with these
 * schemas before anything is persisted; the preload and the renderer's client are typed from it.
 * Channel names are `domain:verb-noun`.
 */
import type { z } from 'zod'
import { CHANNELS, type ChannelName } from './channel-names'
import { attendeesRequests, type AttendeesResponses } from './channels/attendees'
import { chatRequests, type ChatResponses } from './channels/chat'
import { demosRequests, type DemosResponses } from './channels/demos'
import { devrelRequests, type DevrelResponses } from './channels/devrel'
import { historyRequests, type HistoryResponses, type HistoryState } from './channels/history'
import { nightRequests, type NightResponses } from './channels/night'
import { eventRequests, type EventResponses } from './channels/events'
import { pipelineRequests, type PipelineResponses } from './channels/pipeline'
import { retrosRequests, type RetrosResponses } from './channels/retros'
import { reviewRequests, type ReviewResponses } from './channels/review'
import { workspaceRequests, type WorkspaceResponses } from './channels/workspace'
import type { WorkspaceFiles } from '../schema/workspace'
import type { Notice } from './contract-types'
import type { MenuCommand } from './menu-commands'

export type { DeletedEvent, Notice, WorkspaceLoadResult } from './contract-types'

export const requestSchemas = {
  ...workspaceRequests,
  ...eventRequests,
  ...attendeesRequests,
  ...demosRequests,
  ...pipelineRequests,
  ...retrosRequests,
  ...reviewRequests,
  ...devrelRequests,
  ...historyRequests,
  ...nightRequests,
  ...chatRequests,
} as const satisfies Record<ChannelName, z.ZodType>

export type ResponseTypes = WorkspaceResponses &
  EventResponses &
  AttendeesResponses &
  DemosResponses &
  PipelineResponses &
  RetrosResponses &
  ReviewResponses &
  DevrelResponses &
  HistoryResponses &
  NightResponses &
  ChatResponses

export type Channel = keyof typeof requestSchemas
export type RequestOf<C extends Channel> = z.input<(typeof requestSchemas)[C]>
export type ParsedRequestOf<C extends Channel> = z.output<(typeof requestSchemas)[C]>
export type ResponseOf<C extends Channel> = ResponseTypes[C]

/** Every channel, for main to register and the preload to allow (a zod-free module, see there). */
export { CHANNELS }

/**
 * Fails to compile, naming the channel, when a request schema's channel is missing from CHANNELS:
 * the preload would refuse it. (`satisfies` above catches the reverse: a name with no schema.)
 */
type UnlistedChannel = Exclude<Channel, ChannelName>
const _everyChannelListed: [UnlistedChannel] extends [never] ? true : UnlistedChannel = true

/** Errors cross the process boundary as data: Electron keeps only the message of a thrown error. */
export type IpcError = {
  /**
   * `disk-full`: nothing of the request was saved and it can be sent again once there is space;
   * `read-only`: the data folder cannot be written, so no change can be saved.
   */
  code: 'invalid-request' | 'refused' | 'not-found' | 'failed' | 'disk-full' | 'read-only'
  message: string
}
/**
 * `history`: what Undo and Redo would do after this request, for the Edit menu and the toasts;
 * `changes`: the workspace files the request wrote, as main saved them (every file when it
 * replaced the workspace), which the renderer applies before the caller sees `value`. Both absent
 * only where no history is kept (a bare handler in a test).
 */
export type IpcResult<T> =
  | { ok: true; value: T; history?: HistoryState; changes?: Partial<WorkspaceFiles> }
  | { ok: false; error: IpcError; history?: HistoryState }

/** The one object the preload exposes as `window.api`. */
export interface DesktopApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Subscribes to notices main sends on its own (a timed backup that failed); returns the unsubscribe. */
  onNotice(listener: (notice: Notice) => void): () => void
}

/** Whether a string names a channel of the contract. */
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(requestSchemas, value)
}
