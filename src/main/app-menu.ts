import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { EMPTY_HISTORY, type HistoryState } from '../shared/ipc/channels/history'
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc/menu-commands'

/** Past this, a label in the Edit menu is cut with an ellipsis: a menu is not a paragraph. */
const LONGEST_MENU_LABEL = 60

const menuLabel = (verb: string, step: HistoryState['undo']): string => {
  if (step === null) return verb
  const full = `${verb} ${step.label}`
  return full.length > LONGEST_MENU_LABEL
    ? `${full.slice(0, LONGEST_MENU_LABEL - 1).trimEnd()}…`
    : full
}

/**
 * The Edit menu, naming what Undo and Redo will do ("Undo Move Ada Lovelace to Quiet killers"),
 * from main's history; greyed out when there is nothing to undo or redo.
 */
export function editMenu(
  send: (command: MenuCommand) => () => void,
  history: HistoryState,
): MenuItemConstructorOptions {
  // The renderer handles these keys itself (so they also work in the browser-based e2e); the menu
  // only shows them, or Linux and Windows would deliver each press twice.
  const rendererKey = { registerAccelerator: false }
  return {
    label: 'Edit',
    submenu: [
      {
        label: menuLabel('Undo', history.undo),
        enabled: history.undo !== null,
        accelerator: 'CmdOrCtrl+Z',
        click: send('undo'),
        ...rendererKey,
      },
      {
        label: menuLabel('Redo', history.redo),
        enabled: history.redo !== null,
        accelerator: 'Shift+CmdOrCtrl+Z',
        click: send('redo'),
        ...rendererKey,
      },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Find', accelerator: 'CmdOrCtrl+F', click: send('find'), ...rendererKey },
    ],
  }
}

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

/**
 * The application menu with the usual shortcuts; app commands are forwarded to the renderer.
 * Returns the function that rebuilds it when the history changes, for the Edit menu's labels.
 */
export function installAppMenu(
  getWindow: () => BrowserWindow | null,
  isPackaged: boolean = app.isPackaged,
): (history: HistoryState) => void {
  const send = (command: MenuCommand) => () =>
    getWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command)
  // The renderer handles these keys itself (so they also work in the browser-based e2e); the menu
  // only shows them, or Linux and Windows would deliver each press twice.
  const rendererKey = { registerAccelerator: false }
  const isMac = process.platform === 'darwin'
  const template = (history: HistoryState): MenuItemConstructorOptions[] => [
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
        { label: 'Import Group Chat…', click: send('import-chat') },
        { type: 'separator' },
        { label: 'Export Workspace…', click: send('export-workspace') },
        { label: 'Import Workspace…', click: send('import-workspace') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    editMenu(send, history),
    viewMenu(isPackaged),
    { role: 'windowMenu' },
  ]
  const install = (history: HistoryState): void =>
    Menu.setApplicationMenu(Menu.buildFromTemplate(template(history)))
  install(EMPTY_HISTORY)
  return install
}
