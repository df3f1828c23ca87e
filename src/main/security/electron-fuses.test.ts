/**
 * The Electron fuses of the packaged app, read the way `npm run package` reads them: through
 * electron-builder's own config loader and schema, so a misspelt key or a value of the wrong type
 * fails here instead of being ignored or failing only on a machine that can package.
 * app-builder-lib and builder-util are electron-builder's own packages, pinned to its version.
 */
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const PROJECT_DIR = fileURLToPath(new URL('../../..', import.meta.url))
const config = await getConfig(PROJECT_DIR, 'build/electron-builder.yml', null)

describe('the packaged app’s Electron fuses', () => {
  it('is a configuration electron-builder accepts', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableCookieEncryption', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
  ] as const)('sets %s to %s', (fuse, expected) => {
    expect(config.electronFuses?.[fuse]).toBe(expected)
  })

  it('packs the app into an asar, which the integrity and asar-only fuses need', () => {
    expect(config.asar).not.toBe(false)
  })
})
