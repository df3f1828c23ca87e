import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

/**
 * The built app runs under a strict CSP (see src/renderer/index.html). Vite's dev server injects
 * styles and an HMR websocket, so development alone relaxes those two directives.
 */
function devCsp(): Plugin {
  return {
    name: 'devrel-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'none'", "connect-src 'self' ws://localhost:*"),
  }
}

/** Where builds go; a second checkout of work in progress can build beside the first. */
const out = process.env['DEVREL_OUT'] ?? 'out'

export default defineConfig({
  main: {
    build: {
      outDir: `${out}/main`,
      rolldownOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // Its own file, which src/main/workspace-file/read-in-worker.ts finds beside the bundle.
          'workspace-file-worker': resolve('src/main/workspace-file/workspace-file-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: `${out}/preload`,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), devCsp()],
    build: {
      outDir: `${out}/renderer`,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
})
