/**
 * Exports are written like the workspace: to a temporary file beside the target, then renamed,
 * so a crash or a full disk never leaves a half-written export under the real name.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs'

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temporary = `${path}.tmp-${process.pid}-${Date.now()}`
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
