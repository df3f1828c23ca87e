/**
 * A real small disk for the tests of what happens when it fills or turns read-only: a tmpfs
 * mounted in a scratch folder (needs root, which the CI machine runs as). Test code only.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface SmallDisk {
  path: string
  /** Takes all the room but `keepBytes`; returns a function that gives it back. */
  fill(keepBytes: number): () => void
  /** Remounts it read-only or read-write, keeping what is on it. */
  remount(mode: 'ro' | 'rw'): void
  unmount(): void
}

/** Mounts a tmpfs of `megabytes` under `scratch`; the reason it cannot where the machine refuses. */
export function mountSmallDisk(scratch: string, megabytes: number): SmallDisk | { reason: string } {
  const path = mkdtempSync(join(scratch, 'disk-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', path], {
      stdio: 'pipe',
    })
  } catch (error) {
    return { reason: `cannot mount a tmpfs here (${String(error).split('\n')[0]}); run as root` }
  }
  return {
    path,
    fill(keepBytes) {
      const filler = join(path, `filler-${Math.random()}`)
      const { bavail, bsize } = statfsSync(path)
      writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - keepBytes)))
      return () => rmSync(filler)
    },
    remount: (mode) => execFileSync('mount', ['-o', `remount,${mode}`, path], { stdio: 'pipe' }),
    unmount: () => execFileSync('umount', ['-l', path], { stdio: 'pipe' }),
  }
}
