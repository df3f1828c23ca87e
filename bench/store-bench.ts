/**
 * The on-disk size of a large import (issue 17, a lean store): bytes per registration after a
 * 200k-row import, beside the floor of the same rows as CSV and as bare JSON; the time to save and
 * reopen; the peak RSS of each. Each step runs in a process of its own (store-bench-child.ts), so
 * its peak RSS is its own.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BENCH_ROWS } from './import-bench'
import type { BenchFigure, BenchSuite } from './index'

function runStep(step: 'import' | 'open' | 'save', directory: string): BenchFigure[] {
  // The same Node flags (tsx's loader) as this process, so the child runs TypeScript too.
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, join(import.meta.dirname, 'store-bench-child.ts'), step, directory],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  )
  if (child.status !== 0) throw new Error(`the store bench's ${step} failed:\n${child.stderr}`)
  const lines = child.stdout.trim().split('\n')
  return JSON.parse(lines[lines.length - 1] ?? '[]') as BenchFigure[]
}

export const storeBench: BenchSuite = {
  name: 'store',
  description: `${BENCH_ROWS.toLocaleString('en-US')}-row Eventbrite import saved through the repository, reopened, saved again`,
  run(): BenchFigure[] {
    const directory = mkdtempSync(join(tmpdir(), 'devrel-os-store-'))
    try {
      return [
        ...runStep('import', directory),
        ...runStep('open', directory),
        ...runStep('save', directory),
      ]
    } finally {
      rmSync(directory, { recursive: true, force: true })
    }
  },
}
