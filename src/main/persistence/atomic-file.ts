/**
 * Exports are written like the workspace: to a temporary file beside the target, flushed to disk,
 * then renamed, so a crash, a power cut or a full disk never leaves a half-written file under the
 * real name.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temporary = `${path}.tmp-${process.pid}-${Date.now()}`
  try {
    const descriptor = openSync(temporary, 'w')
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
      // A write may take fewer bytes than asked (a full disk, a signal); go on until all are down.
      for (let offset = 0; offset < bytes.length;) {
        offset += writeSync(descriptor, bytes, offset, bytes.length - offset)
      }
      // Without this, a power cut after the rename can leave the new name pointing at no data.
      fsyncSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
