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
  windowOpenHandler: null as
    | ((details: { url: string }) => {
        action: string
        overrideBrowserWindowOptions?: Record<string, unknown>
      })
    | null,
  displays: [{ id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }] as {
    id: number
    bounds: { x: number; y: number; width: number; height: number }
  }[],
  webContentsListeners: new Map<string, Listener>(),
  permissionRequestHandler: null as Listener | null,
  permissionCheckHandler: null as Listener | null,
  ipcHandlers: new Map<string, Listener>(),
  openedExternally: [] as string[],
  loadedUrl: '',
  windowOptions: null as unknown,
  applicationMenu: null as unknown,
  isPackaged: true,
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
    getBounds() {
      return { x: 0, y: 0, width: 1280, height: 800 }
    }
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
  const screen = {
    getAllDisplays: () => recorded.displays,
    getDisplayMatching: () => recorded.displays[0],
  }
  const app = {
    get isPackaged() {
      return recorded.isPackaged
    },
  }
  const Menu = {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => {
      recorded.applicationMenu = menu
    },
  }
  return {
    app,
    BrowserWindow,
    Menu,
    nativeTheme,
    screen,
    session,
    shell,
    ipcMain,
    default: { app, BrowserWindow, Menu, nativeTheme, screen, session, shell },
  }
})

const { createMainWindow, denyAllPermissions, rendererLocation } = await import('../app-window')
const { installAppMenu } = await import('../app-menu')
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
  recorded.applicationMenu = null
  recorded.isPackaged = true
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

  it('opens the presenter display of its own renderer only, as secure as the app, on a second screen', () => {
    createMainWindow(LOCATION)
    const open = recorded.windowOpenHandler
    const display = `${LOCATION.rendererFileUrl}#/display`
    for (const url of [
      `${LOCATION.rendererFileUrl}#/events`,
      `${LOCATION.rendererFileUrl}?x#/display`,
      'file:///tmp/evil.html#/display',
      'https://lu.ma/#/display',
    ]) {
      expect(open?.({ url }), url).toEqual({ action: 'deny' })
    }
    const alone = open?.({ url: display })
    expect(alone?.action).toBe('allow')
    const options = alone?.overrideBrowserWindowOptions ?? {}
    const main = recorded.windowOptions as { webPreferences: Record<string, unknown> }
    const { preload: _preload, spellcheck: _spell, ...secure } = main.webPreferences
    expect(options['webPreferences']).toMatchObject(secure)
    // The display talks to no one but the stage: no preload, so no api to main.
    expect(options['webPreferences']).not.toHaveProperty('preload')
    expect(options['fullscreen']).toBeUndefined()

    recorded.displays = [
      { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } },
      { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } },
    ]
    const projected = open?.({ url: display })?.overrideBrowserWindowOptions ?? {}
    expect(projected).toMatchObject({ x: 1440, y: 0, width: 1920, height: 1080, fullscreen: true })
    recorded.displays = recorded.displays.slice(0, 1)

    // The display window is fenced in: it opens nothing and navigates nowhere.
    const created = recorded.webContentsListeners.get('did-create-window')
    const fences = new Map<string, Listener>()
    const displayHandlers: ((details: { url: string }) => unknown)[] = []
    created?.({
      webContents: {
        setWindowOpenHandler: (handler: (details: { url: string }) => unknown) =>
          displayHandlers.push(handler),
        on: (name: string, listener: Listener) => fences.set(name, listener),
      },
    })
    expect(displayHandlers.map((handler) => handler({ url: display }))).toEqual([
      { action: 'deny' },
    ])
    expect(isPrevented(fences.get('will-navigate'), LOCATION.rendererFileUrl)).toBe(true)
    expect(isPrevented(fences.get('will-attach-webview'))).toBe(true)
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

describe('the renderer’s origin', () => {
  const DEV_SERVER = 'http://localhost:5173'

  it('ignores ELECTRON_RENDERER_URL in an installed app: loads and trusts only the built files', () => {
    const location = rendererLocation({
      isPackaged: true,
      env: { ELECTRON_RENDERER_URL: 'https://evil.example.com/' },
    })
    expect(location.devServerUrl).toBeUndefined()
    createMainWindow(location)
    expect(recorded.loadedUrl).toBe(location.rendererFileUrl)
    expect(isTrustedSenderUrl('https://evil.example.com/', location)).toBe(false)
    expect(isTrustedSenderUrl(location.rendererFileUrl, location)).toBe(true)
  })

  it('asks Electron whether it is installed when not told (as startup calls it)', () => {
    const saved = process.env['ELECTRON_RENDERER_URL']
    process.env['ELECTRON_RENDERER_URL'] = DEV_SERVER
    try {
      recorded.isPackaged = true
      expect(rendererLocation().devServerUrl).toBeUndefined()
      recorded.isPackaged = false
      expect(rendererLocation().devServerUrl).toBe(DEV_SERVER)
    } finally {
      if (saved === undefined) delete process.env['ELECTRON_RENDERER_URL']
      else process.env['ELECTRON_RENDERER_URL'] = saved
    }
  })

  it('loads and trusts the dev server in development, and only its origin', () => {
    const location = rendererLocation({
      isPackaged: false,
      env: { ELECTRON_RENDERER_URL: DEV_SERVER },
    })
    createMainWindow(location)
    expect(recorded.loadedUrl).toBe(DEV_SERVER)
    expect(isTrustedSenderUrl(`${DEV_SERVER}/#/events`, location)).toBe(true)
    expect(isTrustedSenderUrl('http://localhost:5174/', location)).toBe(false)
  })

  it('treats an empty ELECTRON_RENDERER_URL as none', () => {
    const location = rendererLocation({ isPackaged: false, env: { ELECTRON_RENDERER_URL: '' } })
    expect(location.devServerUrl).toBeUndefined()
  })
})

describe('the application menu', () => {
  type Item = { label?: string; role?: string; submenu?: Item[] }
  /** Every role in the installed menu, however deeply nested. */
  function installedRoles(): string[] {
    const walk = (items: Item[]): string[] =>
      items.flatMap((item) => [...(item.role ? [item.role] : []), ...walk(item.submenu ?? [])])
    return walk(recorded.applicationMenu as Item[])
  }
  const DEVELOPER_ROLES = ['reload', 'forceReload', 'toggleDevTools']

  it('has no reload and no developer tools in an installed app', () => {
    installAppMenu(() => null, true)
    const roles = installedRoles()
    for (const role of DEVELOPER_ROLES) expect(roles).not.toContain(role)
    // The rest of the View menu stays.
    expect(roles).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'togglefullscreen']))
    expect(roles).not.toContain('viewMenu')
  })

  it('keeps them in development', () => {
    installAppMenu(() => null, false)
    expect(installedRoles()).toEqual(expect.arrayContaining(DEVELOPER_ROLES))
  })

  it('asks Electron whether it is installed when not told (as startup calls it)', () => {
    recorded.isPackaged = true
    installAppMenu(() => null)
    for (const role of DEVELOPER_ROLES) expect(installedRoles()).not.toContain(role)
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
