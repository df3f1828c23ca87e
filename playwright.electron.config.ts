import { defineConfig } from '@playwright/test'

/** Real-Electron tests: launch the built app. They skip, saying why, where no Electron binary exists. */
export default defineConfig({
  testDir: 'tests/electron',
  workers: 1,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '.reports/electron.json' }]],
  outputDir: 'test-results/electron',
})
