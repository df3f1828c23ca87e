/**
 * Saves that main refused because the disk is full. Main changed nothing for them (not on disk,
 * not in memory), so each can be sent again as it was. The caller's promise stays pending while
 * its save is held: the screen keeps showing it as not saved yet, and once the person frees some
 * space the save goes through on the next try and the caller carries on as if it had gone through
 * the first time. Held saves are retried in the order they were made, every few seconds and on
 * "Try again"; "Discard" gives up on them, and each caller gets the disk-full error.
 */
import type { Channel, DesktopApi, IpcError, IpcResult } from '../../../shared/ipc/contract'

/** How often held saves are sent again on their own. */
export const RETRY_EVERY_MS = 5000

export interface HeldSavesState {
  /** How many saves wait for space; 0 when none. */
  count: number
  /** Main's words for why (the disk is full…); empty when none wait. */
  message: string
}

interface HeldSave {
  channel: Channel
  request: unknown
  settle: (result: IpcResult<unknown>) => void
}

export interface HeldSaves {
  /** `api.invoke`, holding a save refused for a full disk until it goes through or is discarded. */
  invoke: (channel: Channel, request: unknown) => Promise<IpcResult<unknown>>
  /** Sends the held saves again now, oldest first, until one is refused again. */
  retryNow: () => Promise<void>
  /** Gives up on every held save: each caller gets the disk-full error. */
  discardAll: () => void
  subscribe: (listener: (state: HeldSavesState) => void) => () => void
}

const isDiskFull = (result: IpcResult<unknown>): result is { ok: false; error: IpcError } =>
  !result.ok && result.error.code === 'disk-full'

/** Wraps `api.invoke`; `timers` are injected so tests drive the retries. */
export function createHeldSaves(
  api: Pick<DesktopApi, 'invoke'>,
  timers: {
    setInterval: (run: () => void, ms: number) => unknown
    clearInterval: (handle: unknown) => void
  } = {
    setInterval: (run, ms) => globalThis.setInterval(run, ms),
    clearInterval: (handle) => globalThis.clearInterval(handle as number),
  },
): HeldSaves {
  const held: HeldSave[] = []
  const listeners = new Set<(state: HeldSavesState) => void>()
  let message = ''
  let timer: unknown = null
  let retrying: Promise<void> | null = null

  const send = (channel: Channel, request: unknown) =>
    (api.invoke as (c: Channel, r: unknown) => Promise<IpcResult<unknown>>)(channel, request)
  const publish = (): void => {
    if (held.length === 0) message = ''
    const state = { count: held.length, message }
    for (const listener of listeners) listener(state)
    if (held.length > 0 && timer === null) {
      timer = timers.setInterval(() => void retryNow(), RETRY_EVERY_MS)
    } else if (held.length === 0 && timer !== null) {
      timers.clearInterval(timer)
      timer = null
    }
  }

  const retryOnce = async (): Promise<void> => {
    while (held.length > 0) {
      const next = held[0] as HeldSave
      const result = await send(next.channel, next.request)
      if (isDiskFull(result)) {
        message = result.error.message
        break
      }
      held.shift()
      next.settle(result)
    }
    publish()
  }
  const retryNow = (): Promise<void> => {
    // One pass at a time, so a timer tick during a click's pass never sends a save twice.
    retrying ??= retryOnce().finally(() => (retrying = null))
    return retrying
  }

  return {
    async invoke(channel, request) {
      const result = await send(channel, request)
      if (!isDiskFull(result)) return result
      message = result.error.message
      return new Promise<IpcResult<unknown>>((settle) => {
        held.push({ channel, request, settle })
        publish()
      })
    },
    retryNow,
    discardAll() {
      const given = held.splice(0)
      const error: IpcError = { code: 'disk-full', message }
      publish()
      for (const save of given) save.settle({ ok: false, error })
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
