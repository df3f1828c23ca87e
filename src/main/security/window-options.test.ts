import { describe, expect, it } from 'vitest'
import { mainWindowOptions } from './window-options'

describe('mainWindowOptions', () => {
  it('follows the Electron security checklist', () => {
    const { webPreferences } = mainWindowOptions('/app/out/preload/index.cjs')
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })
})
