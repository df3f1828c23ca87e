/**
 * Exposes one typed `api` object to the renderer and nothing else. The renderer's callbacks
 * receive only the command, never Electron's IPC event.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS } from '../shared/ipc/channel-names'
import type { DesktopApi, IpcResult, Notice } from '../shared/ipc/contract'
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc/menu-commands'
import { NOTICE_CHANNEL } from '../shared/ipc/notice-channel'

// Types do not survive into the renderer: a compromised page can pass any string, and Electron's
// own internal channels live on the same ipcRenderer. Only the contract's channels go through.
const ALLOWED_CHANNELS: ReadonlySet<unknown> = new Set(CHANNELS)

const api = {
  invoke: (channel, request) => {
    if (!ALLOWED_CHANNELS.has(channel)) {
      // Named only when it is a string: anything else could run page code when stringified.
      const name = typeof channel === 'string' ? channel : typeof channel
      const refused: IpcResult<never> = {
        ok: false,
        error: { code: 'invalid-request', message: `Unknown channel ${name}` },
      }
      return Promise.resolve(refused)
    }
    return ipcRenderer.invoke(channel, request)
  },
  onMenuCommand(listener) {
    const relay = (_event: Electron.IpcRendererEvent, command: MenuCommand): void =>
      listener(command)
    ipcRenderer.on(MENU_COMMAND_CHANNEL, relay)
    return () => ipcRenderer.off(MENU_COMMAND_CHANNEL, relay)
  },
  onNotice(listener) {
    const relay = (_event: Electron.IpcRendererEvent, notice: Notice): void => listener(notice)
    ipcRenderer.on(NOTICE_CHANNEL, relay)
    return () => ipcRenderer.off(NOTICE_CHANNEL, relay)
  },
} satisfies DesktopApi

contextBridge.exposeInMainWorld('api', api)
