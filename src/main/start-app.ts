/**
 * Startup: open the workspace, register IPC, open the window, back up on a timer. A workspace
 * from a newer app version stops here with a dialog instead of being rewritten.
 */
import { app, BrowserWindow, dialog } from 'electron'
import { join } from 'node:path'
import { NOTICE_CHANNEL } from '../shared/ipc/notice-channel'
import { installAppMenu } from './app-menu'
import { createMainWindow, denyAllPermissions, rendererLocation } from './app-window'
import { bootWorkspace } from './boot-workspace'
import { electronDesktopServices } from './electron-desktop-services'
import { registerIpc } from './ipc/register-ipc'
import { backUpSafely } from './persistence/backup-safely'
import { WorkspaceTooNewError } from './persistence/workspace-repository'
import { isTrustedSenderUrl } from './security/trusted-origins'

const BACKUP_EVERY_MS = 10 * 60 * 1000

/** Runs the app once Electron is ready. */
export async function startApp(): Promise<void> {
  // Tests and power users point the app at another data folder.
  const userData = process.env['DEVREL_USER_DATA']
  if (userData) app.setPath('userData', userData)
  await app.whenReady()

  let window: BrowserWindow | null = null
  let booted: ReturnType<typeof bootWorkspace>
  try {
    booted = bootWorkspace({
      directory: join(app.getPath('userData'), 'workspace'),
      desktop: electronDesktopServices(() => window),
    })
  } catch (error) {
    const message = error instanceof WorkspaceTooNewError ? error.message : String(error)
    dialog.showErrorBox('DevRel OS cannot open this workspace', message)
    app.quit()
    return
  }
  const { repository, handlers, history, changes, newId } = booted
  // A timed backup that fails is told in the window; the next one tries again.
  setInterval(() => {
    const notice = backUpSafely(repository, '', newId)
    if (notice) window?.webContents.send(NOTICE_CHANNEL, notice)
  }, BACKUP_EVERY_MS).unref()

  const location = rendererLocation()
  registerIpc(handlers, (frame) => isTrustedSenderUrl(frame?.url, location), history, changes)
  denyAllPermissions()

  window = createMainWindow(location)
  window.on('closed', () => (window = null))
  // The Edit menu names what Undo and Redo will do, as the history changes.
  history.subscribe(installAppMenu(() => window))

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      window = createMainWindow(location)
      window.on('closed', () => (window = null))
    }
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('before-quit', () => {
    // The window may be gone already: a failed last backup is said in a box before the app ends.
    const notice = backUpSafely(repository, '', newId)
    if (notice) dialog.showErrorBox(notice.title, notice.detail)
  })
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}
