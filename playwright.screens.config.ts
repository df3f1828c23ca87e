import base from './playwright.config'
import { defineConfig } from '@playwright/test'

/** `npm run screenshots`: PNGs of every main screen in light and dark, for a human to look at. */
export default defineConfig({
  ...base,
  testDir: 'tests/screens',
  reporter: [['list']],
  outputDir: 'test-results/screens',
})
