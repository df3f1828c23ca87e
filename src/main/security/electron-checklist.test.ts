/**
 * Electron's security checklist, asserted on the real main-process code with a recording fake of
 * the few Electron objects it touches: the window's options, the renderer's CSP, navigation and
 * window.open, permission requests, external links, and IPC from untrusted senders.
 */
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../shared/ipc/contract'
import type { Handlers } from '../ipc/handler-types'

type Listener = (...args: unknown[]) => unknown

/** What the code under test registered on the fakes, per test. */
const recorded = vi.hoisted(() => ({
  windowOpenHandler: null as ((details: { url: string }) => { action: string }) | null,
  webContentsListeners: new Map<string, Listener>(),
  permissionRequestHandler: null as Listener | null,
  permissionCheckHandler: null as Listener | null,
  ipcHandlers: new Map<string, Listener>(),
  openedExternally: [] as string[],
  loadedUrl: '',
  windowOptions: null as unknown,
}))

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      setWindowOpenHandler: (handler: typeof recorded.windowOpenHandler) => {
        recorded.windowOpenHandler = handler
      },
      on: (name: string, listener: Listener) => recorded.webContentsListeners.set(name, listener),
      getURL: () => recorded.loadedUrl,
    }
    constructor(options: unknown) {
      recorded.windowOptions = options
    }
    once() {}
    loadURL(url: string) {
      recorded.loadedUrl = url
      return Promise.resolve()
    }
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: Listener) => {
        recorded.permissionRequestHandler = handler
      },
      setPermissionCheckHandler: (handler: Listener) => {
        recorded.permissionCheckHandler = handler
      },
    },
  }
  const shell = {
    openExternal: (url: string) => {
      recorded.openedExternally.push(url)
      return Promise.resolve()
    },
  }
  const ipcMain = {
    handle: (channel: string, listener: Listener) => recorded.ipcHandlers.set(channel, listener),
  }
  const nativeTheme = { shouldUseDarkColors: false }
  return {
    BrowserWindow,
    nativeTheme,
    session,
    shell,
    ipcMain,
    default: { BrowserWindow, nativeTheme, session, shell },
  }
})

const { createMainWindow, denyAllPermissions } = await import('../app-window')
const { registerIpc } = await import('../ipc/register-ipc')
const { isTrustedSenderUrl } = await import('./trusted-origins')

const LOCATION = {
  devServerUrl: undefined,
  rendererFileUrl: 'file:///opt/DevRel%20OS/resources/app/out/renderer/index.html',
}

beforeEach(() => {
  recorded.windowOpenHandler = null
  recorded.webContentsListeners.clear()
  recorded.permissionRequestHandler = null
  recorded.permissionCheckHandler = null
  recorded.ipcHandlers.clear()
  recorded.openedExternally = []
  recorded.loadedUrl = ''
})

/** Calls a will-navigate style listener and reports whether it prevented the default. */
function isPrevented(listener: Listener | undefined, ...args: unknown[]): boolean {
  let prevented = false
  listener?.({ preventDefault: () => (prevented = true) }, ...args)
  return prevented
}

describe('the main window', () => {
  it('isolates a sandboxed renderer without Node and keeps web security on', () => {
    createMainWindow(LOCATION)
    const options = recorded.windowOptions as { webPreferences: Record<string, unknown> }
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
    expect(recorded.loadedUrl).toBe(LOCATION.rendererFileUrl)
  })

  it('denies every new window and hands only allow-listed https links to the browser', () => {
    createMainWindow(LOCATION)
    const open = recorded.windowOpenHandler
    expect(open).not.toBeNull()
    const urls = [
      'https://lu.ma/devrel-night',
      'https://evil.example.com/phish',
      'http://lu.ma/devrel-night',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://user:pass@github.com/',
    ]
    for (const url of urls) expect(open?.({ url })).toEqual({ action: 'deny' })
    expect(recorded.openedExternally).toEqual(['https://lu.ma/devrel-night'])
  })

  it('never navigates away from the app and never attaches a webview', () => {
    createMainWindow(LOCATION)
    const navigate = recorded.webContentsListeners.get('will-navigate')
    expect(isPrevented(navigate, 'https://evil.example.com/')).toBe(true)
    expect(isPrevented(navigate, 'file:///etc/passwd')).toBe(true)
    expect(isPrevented(navigate, LOCATION.rendererFileUrl)).toBe(false)
    expect(isPrevented(recorded.webContentsListeners.get('will-attach-webview'))).toBe(true)
  })

  it('denies permission requests by default', () => {
    denyAllPermissions()
    const answers = new Map<string, unknown>()
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      recorded.permissionRequestHandler?.(null, permission, (allowed: boolean) =>
        answers.set(permission, allowed),
      )
      expect(recorded.permissionCheckHandler?.(null, permission)).toBe(false)
    }
    expect([...answers.values()]).toEqual([false, false, false, false])
  })
})

describe('the renderer CSP', () => {
  const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8')
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
  const directives = new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values]),
  )

  it('is present and allows nothing by default', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('connect-src')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
  })

  it('runs only the app’s own scripts and styles: no inline code, no eval, no remote hosts', () => {
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('style-src')).toEqual(["'self'"])
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })
})

describe('IPC', () => {
  const calls: string[] = []
  const handlers = new Proxy({} as Handlers, {
    get: (_target, channel: string) => () => {
      calls.push(channel)
      return {}
    },
  })
  const trustedFrame = { url: LOCATION.rendererFileUrl }
  const isTrusted = (frame: { url: string } | null) => isTrustedSenderUrl(frame?.url, LOCATION)

  it('refuses every channel from an untrusted sender before the handler runs', async () => {
    calls.length = 0
    registerIpc(handlers, isTrusted as never)
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort())
    const strangers = [
      null,
      { url: 'https://evil.example.com/' },
      { url: 'file:///tmp/other/index.html' },
      { url: 'about:blank' },
    ]
    for (const channel of CHANNELS) {
      for (const senderFrame of strangers) {
        const result = await recorded.ipcHandlers.get(channel)?.({ senderFrame }, {})
        expect(result).toEqual({
          ok: false,
          error: { code: 'refused', message: 'Request from an untrusted page' },
        })
      }
    }
    expect(calls).toEqual([])
  })

  it('passes a trusted sender’s request on to validation', async () => {
    calls.length = 0
    registerIpc(handlers, isTrusted as never)
    const listener = recorded.ipcHandlers.get('workspace:load')
    const result = (await listener?.({ senderFrame: trustedFrame }, undefined)) as { ok: boolean }
    expect(result.ok).toBe(true)
    expect(calls).toEqual(['workspace:load'])
  })
})
