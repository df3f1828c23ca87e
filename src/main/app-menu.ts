import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc/menu-commands'

/**
 * The View menu. Reload and the developer tools are for development only: in an installed app a
 * reload drops unsaved drafts and the console lets anyone with the window run code as the renderer.
 */
export function viewMenu(isPackaged: boolean): MenuItemConstructorOptions {
  const development: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { role: 'forceReload' },
    { role: 'toggleDevTools' },
    { type: 'separator' },
  ]
  return {
    label: 'View',
    submenu: [
      ...(isPackaged ? [] : development),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }
}

/** The application menu with the usual shortcuts; app commands are forwarded to the renderer. */
export function installAppMenu(
  getWindow: () => BrowserWindow | null,
  isPackaged: boolean = app.isPackaged,
): void {
  const send = (command: MenuCommand) => () =>
    getWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command)
  // The renderer handles these keys itself (so they also work in the browser-based e2e); the menu
  // only shows them, or Linux and Windows would deliver each press twice.
  const rendererKey = { registerAccelerator: false }
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        {
          label: 'New Event',
          accelerator: 'CmdOrCtrl+N',
          click: send('new-event'),
          ...rendererKey,
        },
        {
          label: 'Import Attendees…',
          accelerator: 'CmdOrCtrl+I',
          click: send('import'),
          ...rendererKey,
        },
        { type: 'separator' },
        { label: 'Export Workspace…', click: send('export-workspace') },
        { label: 'Import Workspace…', click: send('import-workspace') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo'), ...rendererKey },
        { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: send('redo'), ...rendererKey },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find', accelerator: 'CmdOrCtrl+F', click: send('find'), ...rendererKey },
      ],
    },
    viewMenu(isPackaged),
    { role: 'windowMenu' },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
