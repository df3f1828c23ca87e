import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The Electron executable installed in node_modules, or null. Read from electron's own path.txt
 * rather than `require('electron')`, which would try to download the binary.
 */
export function electronBinary(): string | null {
  const packageDir = join(process.cwd(), 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(executable) ? executable : null
}

export const NO_ELECTRON_REASON =
  'No Electron binary in node_modules/electron/dist: it is downloaded on first `npm start` on a machine with internet access.'
