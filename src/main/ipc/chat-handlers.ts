/**
 * The community pulse: importing a chat export's messages, undoing it, answering who an author
 * is, recording a night observed in the group, and the pulse the screens show. Each writes only
 * the chat file; the rules are in src/shared/chat.
 */
import {
  applyChatImport,
  forgetPersonInChats,
  undoChatImport,
} from '../../shared/chat/apply-chat-import'
import { decideAuthorLink } from '../../shared/chat/chat-authors'
import { chatPulse } from '../../shared/chat/chat-pulse'
import { nightPulse, nightTerms } from '../../shared/chat/night-pulse'
import type { ChatFile } from '../../shared/domain/chat-schemas'
import type { ChatChange, ChatResponses } from '../../shared/ipc/channels/chat'
import { chatSnapshotOf } from '../../shared/schema/workspace'
import { NotFoundError, RefusedError } from './errors'
import type { Handlers, HandlerDeps } from './handler-types'
import { countOf } from '../../shared/util/format-number'

export function chatHandlers(
  deps: HandlerDeps,
  base: Pick<Handlers, 'attendees:delete-person'>,
): Pick<Handlers, keyof ChatResponses | 'attendees:delete-person'> {
  const { repository } = deps
  const save = (chat: ChatFile, outcome: string): ChatChange => {
    repository.write('chat', chat)
    return { chat: chatSnapshotOf(chat), outcome }
  }
  return {
    'chat:import': ({ fileName, format, chat: parsed }) => {
      const { settings } = repository.read('settings')
      const { file, report } = applyChatImport(repository.read('chat'), parsed, {
        importId: deps.newId(),
        newChatId: deps.newId(),
        fileName,
        format,
        timeZone: settings.defaultTimeZone,
        now: deps.now(),
      })
      const parts = [`${countOf(report.added, 'new message')} from ${report.chatName}`]
      if (report.alreadyHeld > 0)
        parts.push(`${countOf(report.alreadyHeld, 'message')} already held`)
      if (report.skippedDeleted > 0) {
        parts.push(
          `${countOf(report.skippedDeleted, 'message')} of people deleted on request left out`,
        )
      }
      return { ...save(file, parts.join('; ')), report }
    },
    'chat:undo-import': ({ importId }) => {
      const result = undoChatImport(repository.read('chat'), importId, deps.now())
      if (!result.ok) throw new RefusedError(result.reason)
      return save(
        result.file,
        `${countOf(result.removed, 'message')} taken back${result.isChatRemoved ? ' and the chat removed' : ''}`,
      )
    },
    'chat:decide-author': (decision) => {
      const chat = repository.read('chat')
      if (!chat.chats.some((entry) => entry.id === decision.chatId)) {
        throw new NotFoundError('This chat is no longer imported.')
      }
      if (!repository.read('people').people.some((person) => person.id === decision.personId)) {
        throw new NotFoundError('This person no longer exists.')
      }
      const links = decideAuthorLink(chat.chatAuthorLinks, decision, deps.now())
      return save(
        { ...chat, chatAuthorLinks: links },
        decision.isSamePerson ? 'Linked' : 'Kept apart',
      )
    },
    'chat:pulse': () => {
      const events = repository.read('events')
      const board = repository.read('board').board
      return chatPulse({
        chat: repository.read('chat'),
        events: events.events,
        demos: events.demos,
        people: repository.read('people').people,
        registrations: repository.read('registrations').registrations,
        boardPersonIds: new Set(board.cards.map((card) => card.personId)),
        timeZone: repository.read('settings').settings.defaultTimeZone,
        now: deps.now(),
      })
    },
    'chat:observe-night': ({ eventId, chatId, note }) => {
      const chat = repository.read('chat')
      const { events, demos } = repository.read('events')
      const event = events.find((candidate) => candidate.id === eventId)
      const entry = chat.chats.find((candidate) => candidate.id === chatId)
      if (event === undefined) throw new NotFoundError('This event no longer exists.')
      if (entry === undefined) throw new NotFoundError('This chat is no longer imported.')
      const people = new Map(repository.read('people').people.map((person) => [person.id, person]))
      const messages = chat.chatMessages.filter((message) => message.chatId === chatId)
      const pulse = nightPulse(
        event,
        { id: chatId, messages, lastImportAt: deps.now().toISOString() },
        nightTerms(
          event,
          demos.filter((demo) => demo.eventId === eventId),
          people,
          entry.name,
        ),
      )
      if (pulse.coverage === 'ends-before' || pulse.coverage === 'starts-after') {
        throw new RefusedError('The chat’s export does not cover the days after this night.')
      }
      const observation = {
        id: deps.newId(),
        eventId,
        chatId,
        observedAt: deps.now().toISOString(),
        messagesRead: pulse.messages,
        mentionKeys: pulse.mentions.map((mention) => mention.key).slice(0, 500),
        note,
      }
      return save(
        {
          ...chat,
          chatObservations: [
            ...chat.chatObservations.filter(
              (item) => item.eventId !== eventId || item.chatId !== chatId,
            ),
            observation,
          ],
        },
        `Observed the group: ${countOf(pulse.messages, 'message')} after the night read, ${pulse.mentions.length} about it`,
      )
    },
    // A person deleted on request leaves the chats too, and a re-import does not bring them back.
    'attendees:delete-person': async (request) => {
      const result = await base['attendees:delete-person'](request)
      const forgotten = forgetPersonInChats(repository.read('chat'), request.personId)
      if (forgotten.removed > 0 || forgotten.file !== repository.read('chat')) {
        repository.write('chat', forgotten.file)
      }
      return result
    },
  }
}
