/**
 * The slice of Electron that electron-store and main-process modules touch, for Node tests and the
 * e2e bridge (no Electron binary there). userData is a fresh temp dir unless DEVREL_USER_DATA says.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const userData = process.env.DEVREL_USER_DATA ?? mkdtempSync(join(tmpdir(), 'devrel-os-test-'))

export const app = {
  getPath: (_name: string): string => userData,
  getVersion: (): string => '0.0.0-test',
}
export const ipcMain = {
  on: (): void => undefined,
  handle: (): void => undefined,
}
export const shell = { openPath: async (): Promise<string> => '' }

export default { app, ipcMain, shell }
