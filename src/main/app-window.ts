/**
 * Creates the main window and fences it in: no navigation away from the app, no new windows but
 * the stage's presenter display (allow-listed links go to the system browser), and every
 * permission request denied.
 */
import { app, BrowserWindow, nativeTheme, screen, session, shell } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isPermissionAllowed } from './security/permissions'
import {
  isAllowedExternalUrl,
  isPresenterDisplayUrl,
  presenterScreen,
  type RendererLocation,
} from './security/trusted-origins'
import { mainWindowOptions, presenterDisplayOptions } from './security/window-options'

/** What decides where the renderer comes from; Electron's own values unless a test passes others. */
export interface RendererSource {
  /** app.isPackaged: true in an installed app. */
  isPackaged: boolean
  /** The environment, where electron-vite's dev server puts ELECTRON_RENDERER_URL. */
  env: Readonly<Record<string, string | undefined>>
}

/**
 * Where the renderer is served from in this run. An installed app always loads its own built
 * files: a dev server named in the environment would be loaded and then trusted as an IPC sender,
 * so anyone who can set a variable before launch could hand the app a page of their own.
 */
export function rendererLocation({
  isPackaged = app.isPackaged,
  env = process.env,
}: Partial<RendererSource> = {}): RendererLocation {
  return {
    devServerUrl: isPackaged ? undefined : env['ELECTRON_RENDERER_URL'] || undefined,
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
    if (isPresenterDisplayUrl(url, location)) {
      // On the projector when there is one: a screen other than the app's.
      const appScreen = screen.getDisplayMatching(window.getBounds())
      const target = presenterScreen(screen.getAllDisplays(), appScreen.id)
      return {
        action: 'allow',
        overrideBrowserWindowOptions: presenterDisplayOptions(
          nativeTheme.shouldUseDarkColors,
          target?.bounds ?? null,
        ),
      }
    }
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  // The display is fenced in as the main window is: it opens nothing and goes nowhere.
  window.webContents.on('did-create-window', (display) => {
    display.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
    display.webContents.on('will-navigate', (event) => event.preventDefault())
    display.webContents.on('will-attach-webview', (event) => event.preventDefault())
  })
  window.webContents.on('will-navigate', (event, url) => {
    if (url !== window.webContents.getURL()) event.preventDefault()
  })
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())

  if (location.devServerUrl) void window.loadURL(location.devServerUrl)
  else void window.loadURL(location.rendererFileUrl)
  return window
}
