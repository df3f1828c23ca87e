/**
 * Builds a main-process script into one Node bundle for a test to run as a child process (the
 * crash and disk-full tests): `electron` is the tests' stub, everything else is the real code.
 * One bundle, so each child starts in a fraction of tsx's time. Test code only.
 */
import { join } from 'node:path'
import { build } from 'vite'

/** Bundles `entry` (a path beside this file) into `outDir`; returns the script to run with node. */
export async function buildTestChild(entry: string, outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: {
      alias: [
        {
          find: /^electron$/,
          replacement: join(import.meta.dirname, '../../../tests/stubs/electron.mjs'),
        },
      ],
    },
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: join(import.meta.dirname, entry),
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rolldownOptions: { output: { format: 'esm', entryFileNames: 'child.mjs' } },
    },
  })
  return join(outDir, 'child.mjs')
}
