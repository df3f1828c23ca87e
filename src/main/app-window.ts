/**
 * Creates the main window and fences it in: no navigation away from the app, no new windows
 * (allow-listed links go to the system browser), and every permission request denied.
 */
import { BrowserWindow, nativeTheme, session, shell } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isPermissionAllowed } from './security/permissions'
import { isAllowedExternalUrl, type RendererLocation } from './security/trusted-origins'
import { mainWindowOptions } from './security/window-options'

/** Where the renderer is served from in this run. */
export function rendererLocation(): RendererLocation {
  return {
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
    rendererFileUrl: pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href,
  }
}

/** Denies every permission (camera, notifications, geolocation…) but writing to the clipboard. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionAllowed(permission)),
  )
  session.defaultSession.setPermissionCheckHandler((_contents, permission) =>
    isPermissionAllowed(permission),
  )
}

/** Opens the main window on the built renderer (or the dev server in development). */
export function createMainWindow(location: RendererLocation): BrowserWindow {
  const window = new BrowserWindow(
    // The renderer follows the system theme through prefers-color-scheme; so does the window.
    mainWindowOptions(
      join(import.meta.dirname, '../preload/index.cjs'),
      nativeTheme.shouldUseDarkColors,
    ),
  )
  window.once('ready-to-show', () => window.show())

  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  window.webContents.on('will-navigate', (event, url) => {
    if (url !== window.webContents.getURL()) event.preventDefault()
  })
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())

  if (location.devServerUrl) void window.loadURL(location.devServerUrl)
  else void window.loadURL(location.rendererFileUrl)
  return window
}
