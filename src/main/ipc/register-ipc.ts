/**
 * The only place that touches ipcMain: one `handle` per contract channel, each checking that the
 * sender is our renderer before the payload reaches `dispatch`. Renderer code never sees the raw
 * IPC event.
 */
import { ipcMain, type WebFrameMain } from 'electron'
import { CHANNELS, type IpcResult } from '../../shared/ipc/contract'
import type { ChangeLog } from '../history/change-log'
import type { History } from '../history/history'
import { dispatch } from './dispatch'
import type { Handlers } from './handler-types'

/** Registers every channel of the contract on `ipcMain`. */
export function registerIpc(
  handlers: Handlers,
  isTrustedSender: (frame: WebFrameMain | null) => boolean,
  history?: Pick<History, 'state'>,
  changes?: Pick<ChangeLog, 'collect'>,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(
      channel,
      (event, payload: unknown): Promise<IpcResult<unknown>> | IpcResult<unknown> => {
        if (!isTrustedSender(event.senderFrame)) {
          return {
            ok: false,
            error: { code: 'refused', message: 'Request from an untrusted page' },
          }
        }
        return dispatch(handlers, channel, payload, history, changes)
      },
    )
  }
}
