import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readChatExport } from '../../shared/chat/read-chat-export'
import type { ChatChange, ChatPulse } from '../../shared/ipc/channels/chat'
import { makeDemo, makeEvent, makePerson, sequentialIds } from '../../shared/testing/factories'
import { readChatFixture } from '../../../tests/fixtures/chat/read-fixture'
import { bootWorkspace } from '../boot-workspace'
import { dispatch } from './dispatch'
import type { Handlers } from './handler-types'

const NOW = new Date('2024-03-14T10:00:00.000Z')

function boot(directory = mkdtempSync(join(tmpdir(), 'devrel-chat-'))) {
  const booted = bootWorkspace({ directory, now: () => NOW, newId: sequentialIds('id') })
  if (booted.repository.read('events').events.length === 0) {
    booted.repository.write('settings', {
      settings: {
        ...booted.repository.read('settings').settings,
        defaultTimeZone: 'Europe/London',
      },
    })
    booted.repository.write('events', {
      events: [
        makeEvent({
          id: 'night11',
          title: 'Leeds Builders #11 — Hardware hack',
          start: '2024-02-24T18:00',
          end: '2024-02-24T21:00',
          timeZone: 'Europe/London',
        }),
        makeEvent({
          id: 'night12',
          title: 'Leeds Builders #12 — Rust on a Pi',
          start: '2024-03-05T18:30',
          end: '2024-03-05T21:30',
          timeZone: 'Europe/London',
        }),
      ],
      demos: [
        makeDemo('demo1', 'presented', {
          eventId: 'night12',
          personId: 'marta',
          title: 'Rust on a Pi',
        }),
      ],
    })
    const people = booted.repository.read('people')
    booted.repository.write('people', {
      ...people,
      people: [
        makePerson('marta', { name: 'Marta Nowak' }),
        makePerson('tom', { name: 'Tom Becker' }),
      ],
    })
  }
  return { ...booted, directory }
}

async function call<T = ChatChange>(
  handlers: Handlers,
  channel: string,
  payload: unknown,
): Promise<T> {
  const result = await dispatch(handlers, channel, payload)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

function request(name: string) {
  const result = readChatExport(readChatFixture(name), name)
  if (!result.ok || result.chats[0] === undefined) throw new Error('fixture unreadable')
  return { fileName: name, format: result.format, chat: result.chats[0] }
}

describe('chat handlers', () => {
  it('imports a WhatsApp export, keeps it across a restart, and re-importing adds nothing', async () => {
    const { handlers, directory } = boot()
    const first = await call<ChatChange & { report: { added: number } }>(
      handlers,
      'chat:import',
      request('WhatsApp Chat with Leeds Builders.txt'),
    )
    expect(first.outcome).toBe('18 new messages from Leeds Builders')
    expect(first.chat.chats.map((chat) => chat.name)).toEqual(['Leeds Builders'])
    const reopened = boot(directory)
    expect(reopened.repository.read('chat').chatMessages).toHaveLength(18)
    const again = await call(
      reopened.handlers,
      'chat:import',
      request('WhatsApp Chat with Leeds Builders.txt'),
    )
    expect(again.outcome).toBe('0 new messages from Leeds Builders; 18 messages already held')
  })

  it('shows a night’s discussion and flags the silent one', async () => {
    const { handlers } = boot()
    await call(handlers, 'chat:import', request('WhatsApp Chat with Leeds Builders.txt'))
    const pulse = await call<ChatPulse>(handlers, 'chat:pulse', undefined)
    const byEvent = new Map(pulse.nights.map((night) => [night.eventId, night]))
    expect(byEvent.get('night12')?.isSilent).toBe(false)
    expect(byEvent.get('night12')?.mentions).toHaveLength(7)
    expect(byEvent.get('night11')?.isSilent).toBe(true)
    expect(pulse.questions.map((question) => question.weeks)).toEqual([3])
    expect(pulse.suggestions.map((entry) => [entry.authorName, entry.personId])).toEqual([
      ['Tom Becker', 'tom'],
      ['Marta Nowak', 'marta'],
    ])
  })

  it('records a night observed, with its evidence, and undoes an import', async () => {
    const { handlers } = boot()
    const imported = await call<ChatChange & { report: { importId: string; chatId: string } }>(
      handlers,
      'chat:import',
      request('WhatsApp Chat with Leeds Builders.txt'),
    )
    const observed = await call(handlers, 'chat:observe-night', {
      eventId: 'night12',
      chatId: imported.report.chatId,
      note: '',
    })
    expect(observed.outcome).toBe('Observed the group: 8 messages after the night read, 7 about it')
    expect(observed.chat.chatObservations[0]).toMatchObject({ eventId: 'night12', messagesRead: 8 })
    expect(observed.chat.chatObservations[0]?.mentionKeys).toHaveLength(7)
    const undone = await call(handlers, 'chat:undo-import', { importId: imported.report.importId })
    expect(undone.chat.chats).toEqual([])
    expect(undone.outcome).toBe('18 messages taken back and the chat removed')
  })

  it('removes a deleted person from the chats, and a re-import does not bring them back', async () => {
    const { handlers, repository } = boot()
    const imported = await call<ChatChange & { report: { chatId: string } }>(
      handlers,
      'chat:import',
      request('WhatsApp Chat with Leeds Builders.txt'),
    )
    await call(handlers, 'chat:decide-author', {
      chatId: imported.report.chatId,
      authorKey: 'name:tom becker',
      personId: 'tom',
      isSamePerson: true,
    })
    await call(handlers, 'attendees:delete-person', { personId: 'tom' })
    expect(
      repository.read('chat').chatMessages.some((message) => message.author === 'Tom Becker'),
    ).toBe(false)
    const again = await call(
      handlers,
      'chat:import',
      request('WhatsApp Chat with Leeds Builders.txt'),
    )
    expect(again.outcome).toBe(
      '0 new messages from Leeds Builders; 13 messages already held; 5 messages of people deleted on request left out',
    )
  })

  it('undoes an import from the history, handing the window the chat file without its messages', async () => {
    const { handlers, repository, changes } = boot()
    await call(handlers, 'chat:import', request('WhatsApp Chat with Leeds Builders.txt'))
    const moved = await dispatch(handlers, 'history:undo', { stepId: null }, undefined, changes)
    expect(moved.ok && moved.value).toEqual({ label: 'Import the chat Leeds Builders' })
    expect(moved.ok && moved.changes?.chat?.chats).toEqual([])
    expect(repository.read('chat').chatMessages).toEqual([])
    const redone = await dispatch(handlers, 'history:redo', { stepId: null }, undefined, changes)
    expect(redone.ok && redone.changes?.chat?.chats).toHaveLength(1)
    // The messages stay in main: 18 on disk, none sent to the window.
    expect(redone.ok && redone.changes?.chat?.chatMessages).toEqual([])
    expect(repository.read('chat').chatMessages).toHaveLength(18)
  })

  it('refuses a malformed request without writing', async () => {
    const { handlers, repository } = boot()
    const result = await dispatch(handlers, 'chat:import', {
      fileName: 'x',
      format: 'x',
      chat: { platform: 'irc' },
    })
    expect(result.ok).toBe(false)
    expect(repository.read('chat').chats).toEqual([])
  })
})
