import { describe, expect, it } from 'vitest'
import type { Channel, DesktopApi, IpcResult } from '../../../../shared/ipc/contract'
import type { WorkspaceReplaced } from '../../../../shared/ipc/channels/workspace'
import { emptyWorkspaceFiles, toSnapshot } from '../../../../shared/schema/workspace'
import { makeEvent } from '../../../../shared/testing/factories'
import { createAppStore } from '../../app/create-app-store'

const replaced: WorkspaceReplaced & { fileName: string } = {
  snapshot: { ...toSnapshot(emptyWorkspaceFiles()), events: [makeEvent({ id: 'imported' })] },
  notices: [],
  isFirstRun: false,
  location: '/data/workspace',
  previousBackup: null,
  fileName: 'moved.json',
}

/** A store over a fake main that answers each channel as given and records what was asked. */
function storeWith(answers: Partial<Record<Channel, IpcResult<unknown>>>) {
  const asked: Channel[] = []
  const api: DesktopApi = {
    invoke: async (channel) => {
      asked.push(channel)
      return (answers[channel] ?? { ok: true, value: [] }) as never
    },
    onMenuCommand: () => () => undefined,
    onNotice: () => () => undefined,
  }
  return { store: createAppStore(api), asked }
}

describe('File → Export / Import Workspace… from the menu', () => {
  it('asks in Settings before importing over a workspace in use', async () => {
    const { store, asked } = storeWith({})
    store.setState({ load: { status: 'ready' } })
    await store.getState().runWorkspaceFileCommand('import-workspace')
    expect(store.getState().route).toEqual({ name: 'settings' })
    expect(store.getState().isWorkspaceImportAsked).toBe(true)
    expect(asked).not.toContain('workspace:import-file')
  })

  it('imports at once on the first window, where there is nothing to replace', async () => {
    const { store, asked } = storeWith({
      'workspace:import-file': { ok: true, value: replaced },
    })
    store.setState({ load: { status: 'first-run' } })
    await store.getState().runWorkspaceFileCommand('import-workspace')
    expect(asked).toContain('workspace:import-file')
    expect(store.getState().load).toEqual({ status: 'ready' })
    expect(store.getState().events.map((event) => event.id)).toEqual(['imported'])
    expect(store.getState().toasts.at(-1)?.message).toBe('Workspace imported from moved.json.')
  })

  it('shows main’s reason when an export is refused', async () => {
    const message = 'Something went wrong: EACCES: permission denied'
    const { store } = storeWith({
      'workspace:export-file': { ok: false, error: { code: 'failed', message } },
    })
    store.setState({ load: { status: 'ready' } })
    await store.getState().runWorkspaceFileCommand('export-workspace')
    expect(store.getState().toasts.at(-1)).toMatchObject({ message, tone: 'error' })
  })
})

describe('restoring a backup', () => {
  it('drops the toasts, whose Undo belonged to the workspace that was replaced', async () => {
    const { store } = storeWith({
      'workspace:restore-backup': {
        ok: true,
        value: replaced,
        history: { undo: null, redo: null },
      },
    })
    store.setState({ history: { undo: { id: 3, label: 'Create an event' }, redo: null } })
    store.getState().showToast('Created an event', { undoable: true })
    await store.getState().restoreBackup('2026-11-23T12-00-00-000Z-start')
    expect(store.getState().toasts).toEqual([])
    expect(store.getState().history).toEqual({ undo: null, redo: null })
    expect(store.getState().events.map((event) => event.id)).toEqual(['imported'])
  })
})
