/**
 * The slice of Electron that electron-store and main-process modules touch, for Node tests and the
 * e2e bridge (there is no Electron binary there). Plain JavaScript so that a Node module hook can
 * load it without a TypeScript transform. userData is a fresh temp dir.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const userData = mkdtempSync(join(tmpdir(), 'devrel-os-stub-'))

export const app = {
  getPath: () => userData,
  getVersion: () => '0.0.0-test',
}
export const ipcMain = { on: () => undefined, handle: () => undefined }
export const shell = { openPath: async () => '' }

export default { app, ipcMain, shell }
