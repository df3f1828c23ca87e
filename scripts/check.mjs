/**
 * `npm run check`: every gate in one command, in the order a failure is cheapest to read —
 * format, typecheck, lint, build (+ the built main and preload must load), unit tests, renderer
 * e2e in Chromium, and the real-Electron tests (which skip with a reason where no binary exists).
 * Ends with one line `N passed, N failed, N skipped` summed over Vitest and Playwright, and exits
 * non-zero on any failure.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const reports = '.reports'
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const steps = [
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']],
  ['typecheck (renderer)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['build', 'npx', ['electron-vite', 'build']],
  ['built main loads', 'node', ['--check', 'out/main/index.js']],
  ['built preload loads', 'node', ['--check', 'out/preload/index.cjs']],
  [
    'unit tests',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports}/unit.json`,
    ],
  ],
  ['e2e (Chromium)', 'npx', ['playwright', 'test', '-c', 'playwright.config.ts']],
  ['electron', 'npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts']],
]

const failedSteps = []
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  if (result.status !== 0) {
    failedSteps.push(name)
    console.log(`✖ ${name} failed`)
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 }
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)

const unit = read(`${reports}/unit.json`)
if (unit) {
  counts.passed += unit.numPassedTests
  counts.failed += unit.numFailedTests
  counts.skipped += unit.numPendingTests + unit.numTodoTests
}
for (const file of [`${reports}/e2e.json`, `${reports}/electron.json`]) {
  const report = read(file)
  if (!report) continue
  counts.passed += report.stats.expected + report.stats.flaky
  counts.failed += report.stats.unexpected
  counts.skipped += report.stats.skipped
}
// A gate that fails outside a test runner (lint, build…) still fails the run and the count.
const nonTestFailures = failedSteps.filter(
  (name) => !['unit tests', 'e2e (Chromium)', 'electron'].includes(name),
)
counts.failed += nonTestFailures.length

if (failedSteps.length > 0) console.log(`\nFailed: ${failedSteps.join(', ')}`)
console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
process.exit(failedSteps.length > 0 ? 1 : 0)
