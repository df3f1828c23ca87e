import { describe, expect, it } from 'vitest'
import type { DesktopApi, IpcResult } from '../../../shared/ipc/contract'
import type { WorkspaceFiles } from '../../../shared/schema/workspace'
import { makePerson } from '../../../shared/testing/factories'
import { createAppStore } from '../app/create-app-store'
import { ApiError, createCall } from './client'

const peopleFile: WorkspaceFiles['people'] = {
  people: [makePerson('p1', { name: 'Ada Lovelace', notes: 'Met at the door' })],
  tombstones: [],
  mergeSuggestions: [],
  merges: [],
}

const apiAnswering = (result: IpcResult<unknown>): DesktopApi => ({
  invoke: async () => result as never,
  onMenuCommand: () => () => undefined,
  onNotice: () => () => undefined,
})

describe('the one call wrapper applies what main changed', () => {
  it('hands on the changed files before the caller carries on', async () => {
    const heard: string[] = []
    const call = createCall(
      apiAnswering({ ok: true, value: null, changes: { people: peopleFile } }),
      () => heard.push('history'),
      (files) => heard.push(`changes: ${Object.keys(files).join(', ')}`),
    )
    await call('attendees:set-notes', { personId: 'p1', notes: 'Met at the door' })
    heard.push('caller')
    expect(heard).toEqual(['changes: people', 'caller'])
  })

  it('hears nothing to apply from a refusal or a reply that changed nothing', async () => {
    const applied: unknown[] = []
    const refusing = createCall(
      apiAnswering({ ok: false, error: { code: 'refused', message: 'No.' } }),
      undefined,
      (files) => applied.push(files),
    )
    await expect(refusing('attendees:set-notes', { personId: 'p1', notes: '' })).rejects.toThrow(
      ApiError,
    )
    const quiet = createCall(apiAnswering({ ok: true, value: [], changes: {} }), undefined, (f) =>
      applied.push(f),
    )
    await quiet('workspace:list-backups', undefined)
    expect(applied).toEqual([])
  })

  it("puts the files in the app's store before the slice's action resolves", async () => {
    const store = createAppStore(
      apiAnswering({ ok: true, value: null, changes: { people: peopleFile } }),
    )
    store.setState({ people: [makePerson('p1', { name: 'Ada Lovelace' })], registrations: [] })
    const registrations = store.getState().registrations
    await store.getState().setPersonNotes('p1', 'Met at the door')
    expect(store.getState().people[0]?.notes).toBe('Met at the door')
    // Only what main changed: the registrations are the very array the store had.
    expect(store.getState().registrations).toBe(registrations)
  })
})
