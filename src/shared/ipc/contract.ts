/**
 * The one IPC contract between renderer and main: channel → request schema and response type.
 * Main validates every request with these schemas before anything is persisted; the preload and
 * the renderer's client are typed from it. Channel names are `domain:verb-noun`.
 */
import { z } from 'zod'
import type { Event } from '../domain/schemas'
import { eventDraftSchema, eventSchema, eventStatusSchema, idSchema } from '../domain/schemas'
import type { WorkspaceSnapshot } from '../schema/workspace'
import type { MenuCommand } from './menu-commands'

/** Something main wants the person to know: a restored backup, a migrated file. */
export interface Notice {
  id: string
  level: 'info' | 'warning' | 'error'
  title: string
  detail: string
}

export interface WorkspaceLoadResult {
  snapshot: WorkspaceSnapshot
  notices: Notice[]
  /** True until the person chose sample data or an empty workspace. */
  isFirstRun: boolean
  /** Where the workspace lives, shown in settings so a person can find their data. */
  location: string
}

/** What deleting an event removed, handed back so that undo can put it back exactly. */
export interface DeletedEvent {
  event: Event
  index: number
}

const deletedEventSchema = z.object({ event: eventSchema, index: z.number().int().min(0) })

export const requestSchemas = {
  'workspace:load': z.undefined(),
  'workspace:start': z.object({ startWith: z.enum(['sample', 'empty']) }),
  'events:create': eventDraftSchema,
  'events:update': z.object({ id: idSchema, draft: eventDraftSchema }),
  'events:set-status': z.object({ id: idSchema, status: eventStatusSchema }),
  'events:delete': z.object({ id: idSchema }),
  'events:restore': deletedEventSchema,
} as const

export interface ResponseTypes {
  'workspace:load': WorkspaceLoadResult
  'workspace:start': WorkspaceLoadResult
  'events:create': Event
  'events:update': Event
  'events:set-status': Event
  'events:delete': DeletedEvent
  'events:restore': Event
}

export type Channel = keyof typeof requestSchemas
export type RequestOf<C extends Channel> = z.input<(typeof requestSchemas)[C]>
export type ParsedRequestOf<C extends Channel> = z.output<(typeof requestSchemas)[C]>
export type ResponseOf<C extends Channel> = ResponseTypes[C]

export const CHANNELS = Object.keys(requestSchemas) as Channel[]

/** Errors cross the process boundary as data: Electron keeps only the message of a thrown error. */
export type IpcError = {
  code: 'invalid-request' | 'refused' | 'not-found' | 'failed'
  message: string
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/** The one object the preload exposes as `window.api`. */
export interface DesktopApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** Whether a string names a channel of the contract. */
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(requestSchemas, value)
}
