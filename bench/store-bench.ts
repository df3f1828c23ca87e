/**
 * The on-disk size of a large import (issue 17, a lean store): bytes per registration after a
 * 200k-row import, beside the floor of the same rows as CSV and as bare JSON, with the time to save
 * and reopen and the peak RSS. Run in a child process (store-bench-child.ts) so the RSS is its own.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { BENCH_ROWS } from './import-bench'
import type { BenchFigure, BenchSuite } from './index'

export const storeBench: BenchSuite = {
  name: 'store',
  description: `${BENCH_ROWS.toLocaleString('en-US')}-row Eventbrite import saved through the repository and reopened`,
  run(): BenchFigure[] {
    // The same Node flags (tsx's loader) as this process, so the child runs TypeScript too.
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, join(import.meta.dirname, 'store-bench-child.ts')],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    )
    if (child.status !== 0) throw new Error(`the store bench failed:\n${child.stderr}`)
    const lines = child.stdout.trim().split('\n')
    return JSON.parse(lines[lines.length - 1] ?? '[]') as BenchFigure[]
  },
}
