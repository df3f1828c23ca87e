/**
 * The preload, run against a recording fake of contextBridge and ipcRenderer: it exposes only
 * `api`, forwards the contract's channels and nothing else, and hides Electron's IPC event.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { requestSchemas, type DesktopApi } from '../shared/ipc/contract'
import { MENU_COMMAND_CHANNEL } from '../shared/ipc/menu-commands'
import { NOTICE_CHANNEL } from '../shared/ipc/notice-channel'

type Listener = (...args: unknown[]) => unknown

const recorded = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as { channel: string; request: unknown }[],
  listeners: new Map<string, Listener>(),
}))

vi.mock('electron', () => {
  const contextBridge = {
    exposeInMainWorld: (key: string, value: unknown) => recorded.exposed.set(key, value),
  }
  const ipcRenderer = {
    invoke: (channel: string, request: unknown) => {
      recorded.invoked.push({ channel, request })
      return Promise.resolve({ ok: true, value: channel })
    },
    on: (channel: string, listener: Listener) => recorded.listeners.set(channel, listener),
    off: (channel: string) => recorded.listeners.delete(channel),
  }
  return { contextBridge, ipcRenderer, default: { contextBridge, ipcRenderer } }
})

await import('./index')
const api = recorded.exposed.get('api') as DesktopApi
/** The renderer as a hostile page sees it: no types, any value as a channel. */
const untypedInvoke = api.invoke as (channel: unknown, request: unknown) => Promise<unknown>

beforeEach(() => {
  recorded.invoked = []
})

describe('the preload', () => {
  it('exposes one api object with invoke and the two subscriptions, and nothing else', () => {
    expect([...recorded.exposed.keys()]).toEqual(['api'])
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onMenuCommand', 'onNotice'])
  })

  it.each(Object.keys(requestSchemas))('forwards the contract channel %s', async (channel) => {
    const result = await untypedInvoke(channel, { id: 'x' })
    expect(result).toEqual({ ok: true, value: channel })
    expect(recorded.invoked).toEqual([{ channel, request: { id: 'x' } }])
  })

  it.each([
    ['a channel the contract does not have', 'workspace:delete-everything'],
    ['the menu channel, which runs main to renderer only', MENU_COMMAND_CHANNEL],
    ["one of Electron's internal channels", 'ELECTRON_BROWSER_WINDOW_CLOSE'],
    ['an inherited property name', '__proto__'],
    ['a near miss', 'workspace:load '],
    ['an empty name', ''],
  ])('refuses %s without sending it to main', async (_label, channel) => {
    const result = await untypedInvoke(channel, {})
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: `Unknown channel ${channel}` },
    })
    expect(recorded.invoked).toEqual([])
  })

  it('refuses a channel that is not a string without stringifying it', async () => {
    const toString = vi.fn(() => 'workspace:load')
    for (const channel of [{ toString }, ['workspace:load'], 42, null, undefined]) {
      const result = (await untypedInvoke(channel, {})) as { ok: boolean }
      expect(result.ok).toBe(false)
    }
    expect(toString).not.toHaveBeenCalled()
    expect(recorded.invoked).toEqual([])
  })

  it('hands menu commands to the listener without the IPC event, and unsubscribes', () => {
    const commands: unknown[] = []
    const unsubscribe = api.onMenuCommand((...args) => commands.push(args))
    recorded.listeners.get(MENU_COMMAND_CHANNEL)?.({ sender: 'the raw event' }, 'find')
    expect(commands).toEqual([['find']])
    unsubscribe()
    expect(recorded.listeners.has(MENU_COMMAND_CHANNEL)).toBe(false)
  })

  it('hands main’s notices to the listener without the IPC event, and unsubscribes', () => {
    const notices: unknown[] = []
    const unsubscribe = api.onNotice((...args) => notices.push(args))
    const notice = { id: 'n1', level: 'warning', title: 'A backup was not made', detail: '…' }
    recorded.listeners.get(NOTICE_CHANNEL)?.({ sender: 'the raw event' }, notice)
    expect(notices).toEqual([[notice]])
    unsubscribe()
    expect(recorded.listeners.has(NOTICE_CHANNEL)).toBe(false)
  })
})
