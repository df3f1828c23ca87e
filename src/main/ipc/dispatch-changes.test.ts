import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Channel, IpcResult, RequestOf } from '../../shared/ipc/contract'
import { readChatFixture } from '../../../tests/fixtures/chat/read-fixture'
import { readChatExport } from '../../shared/chat/read-chat-export'
import { WORKSPACE_FILE_NAMES } from '../../shared/schema/workspace'
import { sequentialIds } from '../../shared/testing/factories'
import { bootWorkspace, type BootOptions } from '../boot-workspace'
import { NO_DESKTOP } from '../desktop-services'
import { dispatch } from './dispatch'

/** Main over a fresh folder with the sample chapter, sending as register-ipc does. */
function freshMain(options: Partial<BootOptions> = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'devrel-changes-'))
  const booted = bootWorkspace({ directory, newId: sequentialIds('c'), ...options })
  const send = <C extends Channel>(
    channel: C,
    request: RequestOf<C>,
  ): Promise<IpcResult<unknown>> =>
    dispatch(booted.handlers, channel, request, booted.history, booted.changes)
  return { ...booted, send }
}

async function sampleMain(options: Partial<BootOptions> = {}) {
  const main = freshMain(options)
  await main.send('workspace:start', { startWith: 'sample' })
  return main
}

const changedNames = (result: IpcResult<unknown>): string[] =>
  result.ok ? Object.keys(result.changes ?? {}).sort() : ['(refused)']

describe('every successful result carries the files its request wrote, and only them', () => {
  it('a note edit carries people.json as saved, never the registrations', async () => {
    const main = await sampleMain()
    const person = main.repository.read('people').people[0]!
    const result = await main.send('attendees:set-notes', {
      personId: person.id,
      notes: 'Met at the door',
    })
    expect(changedNames(result)).toEqual(['people'])
    expect(result.ok && result.changes?.people).toEqual(main.repository.read('people'))
    expect(result.ok && result.value).toBeNull()
  })

  it('deleting a person carries the files their card, follow-ups and rows were taken from', async () => {
    const main = await sampleMain()
    const person = main.repository.read('people').people[0]!
    const result = await main.send('attendees:delete-person', { personId: person.id })
    expect(result.ok && result.value).toEqual({ registrationsRemoved: expect.any(Number) })
    expect(changedNames(result)).toEqual(
      expect.arrayContaining(['board', 'journal', 'people', 'registrations']),
    )
    expect(changedNames(result)).not.toContain('events')
  })

  it("a group chat's messages stay in main", async () => {
    const main = await sampleMain()
    const name = 'WhatsApp Chat with Leeds Builders.txt'
    const read = readChatExport(readChatFixture(name), name)
    if (!read.ok || read.chats[0] === undefined) throw new Error('fixture unreadable')
    const result = await main.send('chat:import', {
      fileName: name,
      format: read.format,
      chat: read.chats[0],
    })
    expect(changedNames(result)).toEqual(['chat'])
    expect(result.ok && result.changes?.chat?.chats).toHaveLength(1)
    expect(result.ok && result.changes?.chat?.chatMessages).toEqual([])
    expect(main.repository.read('chat').chatMessages.length).toBeGreaterThan(0)
  })

  it('a request that writes nothing carries no files', async () => {
    const main = await sampleMain()
    expect(changedNames(await main.send('workspace:list-backups', undefined))).toEqual([])
  })

  it('a refused request carries none', async () => {
    const main = await sampleMain()
    const result = await main.send('attendees:set-notes', { personId: 'nobody', notes: 'x' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect('changes' in result).toBe(false)
  })

  it('replacing the workspace carries every file', async () => {
    const result = await freshMain().send('workspace:start', { startWith: 'sample' })
    expect(changedNames(result)).toEqual([...WORKSPACE_FILE_NAMES].sort())
  })

  it('undo and redo carry the files they wrote back', async () => {
    const main = await sampleMain()
    const person = main.repository.read('people').people[0]!
    await main.send('attendees:set-notes', { personId: person.id, notes: 'Later' })
    const undone = await main.send('history:undo', { stepId: null })
    expect(changedNames(undone)).toEqual(['people'])
    expect(undone.ok && undone.changes?.people).toBe(main.repository.read('people'))
  })

  it('a change made while an export waits on its dialog travels with its own reply', async () => {
    let answer: (path: string | null) => void = () => undefined
    const main = await sampleMain({
      desktop: {
        ...NO_DESKTOP,
        chooseSaveFile: () => new Promise<string | null>((resolve) => (answer = resolve)),
      },
    })
    const exporting = main.send('workspace:export-file', undefined)
    const card = main.repository.read('board').board.cards[0]!
    const moved = await main.send('pipeline:move-card', {
      cardId: card.id,
      toColumnId: 'quiet-killers',
      toIndex: 0,
    })
    answer(null)
    expect(changedNames(moved)).toEqual(['board'])
    expect(changedNames(await exporting)).toEqual([])
  })
})
