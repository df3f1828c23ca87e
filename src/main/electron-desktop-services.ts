/** The desktop services on Electron: native dialogs, and printToPDF of the app's window. */
import { dialog, type BrowserWindow } from 'electron'
import type { DesktopServices } from './desktop-services'

export function electronDesktopServices(window: () => BrowserWindow | null): DesktopServices {
  return {
    chooseFolder: async (title) => {
      const owner = window()
      const options = { title, properties: ['openDirectory', 'createDirectory'] as const }
      const result = owner
        ? await dialog.showOpenDialog(owner, { ...options, properties: [...options.properties] })
        : await dialog.showOpenDialog({ ...options, properties: [...options.properties] })
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    chooseSaveFile: async (title, defaultName) => {
      const owner = window()
      const options = { title, defaultPath: defaultName }
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options)
      return result.canceled ? null : (result.filePath ?? null)
    },
    chooseOpenFile: async (title, kind) => {
      const owner = window()
      const options = { title, properties: ['openFile' as const], filters: [kind] }
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    printToPdf: async () => {
      const owner = window()
      if (owner === null) throw new Error('The app window is closed.')
      const pdf = await owner.webContents.printToPDF({ printBackground: false, pageSize: 'A4' })
      return new Uint8Array(pdf)
    },
  }
}
