import { describe, expect, it } from 'vitest'
import type { HistoryMoved, HistoryState } from '../../../shared/ipc/channels/history'
import type { Channel, DesktopApi, IpcResult } from '../../../shared/ipc/contract'
import { DEFAULT_BOARD } from '../../../shared/domain/board-schemas'
import { makeEvent } from '../../../shared/testing/factories'
import { createAppStore } from './create-app-store'

const moveStep = { id: 7, label: 'Move Ada Lovelace to Quiet killers' }

/** A store over a fake main answering each channel in turn with the given results. */
function storeWith(answers: Partial<Record<Channel, IpcResult<unknown>[]>>) {
  const asked: [Channel, unknown][] = []
  const api: DesktopApi = {
    invoke: async (channel, request) => {
      asked.push([channel, request])
      return (answers[channel]?.shift() ?? { ok: true, value: null }) as never
    },
    onMenuCommand: () => () => undefined,
    onNotice: () => () => undefined,
  }
  return { store: createAppStore(api), asked }
}

const undone = (history: HistoryState): IpcResult<HistoryMoved> => ({
  ok: true,
  value: { label: moveStep.label },
  history,
  changes: { board: { board: DEFAULT_BOARD } },
})

describe('undo and redo through main', () => {
  it('takes what main wrote back into the store and says what was undone, offering Redo', async () => {
    const { store, asked } = storeWith({
      'history:undo': [undone({ undo: null, redo: moveStep })],
    })
    store.setState({
      board: { ...DEFAULT_BOARD, columns: [] },
      history: { undo: moveStep, redo: null },
    })
    await store.getState().undo()
    expect(asked).toEqual([['history:undo', { stepId: null }]])
    expect(store.getState().board).toEqual(DEFAULT_BOARD)
    expect(store.getState().toasts.at(-1)).toMatchObject({
      message: `Undone: ${moveStep.label}`,
      action: { kind: 'redo', step: moveStep },
    })
  })

  it("a toast's Undo asks main for its own step only", async () => {
    const { store, asked } = storeWith({
      'history:undo': [undone({ undo: null, redo: moveStep })],
    })
    store.setState({ history: { undo: moveStep, redo: null } })
    await store.getState().undo(moveStep.id)
    expect(asked).toEqual([['history:undo', { stepId: moveStep.id }]])
  })

  it("leaves an event's page whose event an undo removed", async () => {
    const { store } = storeWith({
      'history:undo': [
        {
          ok: true,
          value: { label: 'Create Spring night' },
          history: { undo: null, redo: { id: 2, label: 'Create Spring night' } },
          changes: { events: { events: [], demos: [] } },
        },
      ],
    })
    store.setState({
      events: [makeEvent({ id: 'e1' })],
      route: { name: 'event', eventId: 'e1' },
    })
    await store.getState().undo()
    expect(store.getState().route).toEqual({ name: 'events' })
  })

  it("says why when main refuses, and keeps main's word on what is left", async () => {
    const { store } = storeWith({
      'history:undo': [
        {
          ok: false,
          error: { code: 'refused', message: 'There is nothing to undo.' },
          history: { undo: null, redo: null },
        },
      ],
    })
    store.setState({ history: { undo: moveStep, redo: null } })
    await store.getState().undo()
    expect(store.getState().history).toEqual({ undo: null, redo: null })
    expect(store.getState().toasts.at(-1)).toMatchObject({
      message: 'Could not undo: There is nothing to undo.',
      tone: 'error',
    })
  })
})

describe('toasts', () => {
  it('an undoable toast names the step main recorded for it', async () => {
    const { store } = storeWith({
      'pipeline:move-card': [
        {
          ok: true,
          value: { outcome: 'Parked in “Quiet killers”' },
          history: { undo: moveStep, redo: null },
          changes: { board: { board: DEFAULT_BOARD } },
        },
      ],
    })
    await store.getState().moveCard('c1', 'quiet-killers', 0)
    expect(store.getState().toasts.at(-1)).toMatchObject({
      message: 'Parked in “Quiet killers”',
      action: { kind: 'undo', step: moveStep },
    })
  })

  it('keeps the shown ones and a few waiting, dropping the oldest never shown', () => {
    const { store } = storeWith({})
    for (let index = 1; index <= 7; index++) store.getState().showToast(`Message ${index}`)
    expect(store.getState().toasts.map((toast) => toast.message)).toEqual([
      'Message 1',
      'Message 2',
      'Message 6',
      'Message 7',
    ])
  })
})
