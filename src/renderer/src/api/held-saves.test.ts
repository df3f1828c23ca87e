import { describe, expect, it } from 'vitest'
import type { IpcResult } from '../../../shared/ipc/contract'
import { createHeldSaves, type HeldSavesState } from './held-saves'

const MESSAGE =
  'The disk is full: your last change was not saved. Free some space and it will be saved again.'
const DISK_FULL: IpcResult<unknown> = { ok: false, error: { code: 'disk-full', message: MESSAGE } }

/** A main that refuses every save while `isFull`, and records what reached it. */
function fakeMain() {
  const main = { isFull: true, received: [] as string[], saved: [] as string[] }
  const invoke = async (channel: string, request: unknown): Promise<IpcResult<unknown>> => {
    const name = (request as { name: string }).name
    main.received.push(name)
    if (main.isFull) return DISK_FULL
    main.saved.push(name)
    return { ok: true, value: `saved ${name}` }
  }
  return { main, api: { invoke } as never }
}

function manualTimers() {
  const ticks: (() => void)[] = []
  return {
    ticks,
    timers: {
      setInterval: (run: () => void) => ticks.push(run),
      clearInterval: () => ticks.splice(0),
    },
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('saves refused for a full disk', () => {
  it('wait, in order, and go through once there is space, as if they had the first time', async () => {
    const { main, api } = fakeMain()
    const { ticks, timers } = manualTimers()
    const saves = createHeldSaves(api, timers)
    const states: HeldSavesState[] = []
    saves.subscribe((state) => states.push(state))

    const results: unknown[] = []
    void saves.invoke('events:update', { name: 'rename' }).then((r) => results.push(r))
    void saves.invoke('pipeline:move-card', { name: 'move' }).then((r) => results.push(r))
    await flush()
    expect(states.at(-1)).toEqual({ count: 2, message: MESSAGE })
    expect(results).toEqual([])

    // Still full at the timer's try: nothing settles, and only the oldest was sent again.
    main.received.length = 0
    ticks[0]?.()
    await flush()
    expect(main.received).toEqual(['rename'])
    expect(results).toEqual([])

    main.isFull = false
    await saves.retryNow()
    expect(main.saved).toEqual(['rename', 'move'])
    expect(results).toEqual([
      { ok: true, value: 'saved rename' },
      { ok: true, value: 'saved move' },
    ])
    expect(states.at(-1)).toEqual({ count: 0, message: '' })
    expect(ticks).toEqual([])
  })

  it('discarding gives every waiting caller the disk-full error, and nothing is sent again', async () => {
    const { main, api } = fakeMain()
    const { ticks, timers } = manualTimers()
    const saves = createHeldSaves(api, timers)
    const result = saves.invoke('events:update', { name: 'rename' })
    await flush()
    saves.discardAll()
    expect(await result).toEqual(DISK_FULL)
    main.isFull = false
    main.received.length = 0
    await saves.retryNow()
    expect(main.received).toEqual([])
    expect(ticks).toEqual([])
  })

  it('passes every other answer through at once', async () => {
    const { main, api } = fakeMain()
    main.isFull = false
    const saves = createHeldSaves(api, manualTimers().timers)
    expect(await saves.invoke('events:update', { name: 'x' })).toEqual({
      ok: true,
      value: 'saved x',
    })
  })
})
