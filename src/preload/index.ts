/**
 * Exposes one typed `api` object to the renderer and nothing else. The renderer's callbacks
 * receive only the command, never Electron's IPC event.
 */
import { contextBridge, ipcRenderer } from 'electron'
import type { DesktopApi } from '../shared/ipc/contract'
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc/menu-commands'

const api = {
  invoke: (channel, request) => ipcRenderer.invoke(channel, request),
  onMenuCommand(listener) {
    const relay = (_event: Electron.IpcRendererEvent, command: MenuCommand): void =>
      listener(command)
    ipcRenderer.on(MENU_COMMAND_CHANNEL, relay)
    return () => ipcRenderer.off(MENU_COMMAND_CHANNEL, relay)
  },
} satisfies DesktopApi

contextBridge.exposeInMainWorld('api', api)
