import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // Main-process modules import `electron`; in Node tests it is a small stub whose
    // app.getPath('userData') is a temp dir. The regex keeps `electron-store` itself untouched.
    alias: [
      {
        find: /^electron$/,
        replacement: fileURLToPath(new URL('./tests/stubs/electron.mjs', import.meta.url)),
      },
    ],
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Inlined so that its `import electron from 'electron'` goes through the alias above instead of
    // Node loading the real package (which would try to download the Electron binary).
    server: { deps: { inline: ['electron-store'] } },
    testTimeout: 20_000,
  },
})
