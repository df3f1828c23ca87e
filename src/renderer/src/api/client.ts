/**
 * The renderer's only way to main: wraps the injected `DesktopApi`, turning an error result into
 * a thrown `ApiError` whose message is written for the person using the app, and handing on what
 * Undo and Redo would do next, which every result carries, and the files the request changed,
 * which every successful result carries: the one place the store takes them in.
 */
import type { HistoryState } from '../../../shared/ipc/channels/history'
import type {
  Channel,
  DesktopApi,
  IpcError,
  RequestOf,
  ResponseOf,
} from '../../../shared/ipc/contract'
import type { WorkspaceFiles } from '../../../shared/schema/workspace'

export class ApiError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message)
  }
}

export type Call = <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>

/**
 * A `call` function over the api: resolves with the value or rejects with ApiError. `onChanges`
 * receives the files a successful request wrote and `onHistory` the history state of every
 * result, both before the caller carries on.
 */
export function createCall(
  api: DesktopApi,
  onHistory: (history: HistoryState) => void = () => undefined,
  onChanges: (files: Partial<WorkspaceFiles>) => void = () => undefined,
): Call {
  return async (channel, request) => {
    const result = await api.invoke(channel, request)
    if (result.ok && result.changes && Object.keys(result.changes).length > 0) {
      onChanges(result.changes)
    }
    if (result.history) onHistory(result.history)
    if (!result.ok) throw new ApiError(result.error)
    return result.value
  }
}
