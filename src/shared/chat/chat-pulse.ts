/**
 * The whole pulse of a workspace's chats, as the screens show it: each started night in each
 * chat, the weeks, the active voices, quiet talkers, recurring questions, the authors and the
 * people they may be. Pure; main runs it where the messages are.
 */
import type { ChatFile, ChatMessage } from '../domain/chat-schemas'
import type { Demo } from '../domain/demo-schemas'
import type { Event, Person, Registration } from '../domain/schemas'
import { eventStart } from '../events/event-time'
import { phoneOf } from '../identity/identity-keys'
import type { ChatPulse } from '../ipc/channels/chat'
import { chatAuthors, suggestAuthorLinks } from './chat-authors'
import { nightPulse, nightTerms } from './night-pulse'
import { recurringQuestions } from './recurring-questions'
import { activeVoices, quietTalkers, weeklyPulse } from './weekly-pulse'

const VOICES_WEEKS = 12
const AUTHORS_SHOWN = 200

export interface PulseInput {
  chat: ChatFile
  events: readonly Event[]
  demos: readonly Demo[]
  people: readonly Person[]
  registrations: readonly Pick<Registration, 'personId' | 'answers'>[]
  boardPersonIds: ReadonlySet<string>
  timeZone: string
  now: Date
}

/** The pulse of every chat in the workspace. */
export function chatPulse(input: PulseInput): ChatPulse {
  const { chat } = input
  const byChat = new Map<string, ChatMessage[]>()
  for (const message of chat.chatMessages) {
    const list = byChat.get(message.chatId) ?? []
    list.push(message)
    byChat.set(message.chatId, list)
  }
  const messageCounts = Object.fromEntries([...byChat].map(([id, list]) => [id, list.length]))
  const peopleById = new Map(input.people.map((person) => [person.id, person]))
  const nights = []
  const nowMs = input.now.getTime()
  for (const event of input.events) {
    if (eventStart(event).getTime() > nowMs) continue
    const demos = input.demos.filter(
      (demo) =>
        demo.eventId === event.id && (demo.state === 'presented' || demo.state === 'confirmed'),
    )
    for (const entry of chat.chats) {
      const messages = byChat.get(entry.id) ?? []
      if (messages.length === 0) continue
      const lastImportAt =
        chat.chatImports
          .filter((record) => record.chatId === entry.id && record.undoneAt === null)
          .map((record) => record.importedAt)
          .sort()
          .at(-1) ?? null
      const pulse = nightPulse(
        event,
        { id: entry.id, messages, lastImportAt },
        nightTerms(event, demos, peopleById, entry.name),
      )
      if (pulse.coverage !== 'starts-after') nights.push(pulse)
    }
  }
  const phonesByPerson = new Map<string, string[]>()
  for (const registration of input.registrations) {
    const phone = phoneOf(registration.answers)
    if (phone === '') continue
    phonesByPerson.set(registration.personId, [
      ...(phonesByPerson.get(registration.personId) ?? []),
      phone,
    ])
  }
  const authors = chatAuthors(chat.chatMessages, chat.chatAuthorLinks)
  const chatNames = new Map(chat.chats.map((entry) => [entry.id, entry.name]))
  const since = new Date(nowMs - VOICES_WEEKS * 7 * 86_400_000).toISOString()
  const lastAt = chat.chatMessages.at(-1)?.at ?? since
  return {
    messageCounts,
    nights,
    weeks: weeklyPulse(chat.chatMessages, input.timeZone),
    // The last twelve weeks of the export, even when it is older than twelve weeks.
    voices: activeVoices(
      chat.chatMessages,
      chat.chatAuthorLinks,
      lastAt < since
        ? new Date(Date.parse(lastAt) - VOICES_WEEKS * 7 * 86_400_000).toISOString()
        : since,
    ),
    quietTalkers: quietTalkers(
      chat.chatMessages,
      chat.chatAuthorLinks,
      input.demos,
      input.boardPersonIds,
      chatNames,
    ),
    questions: recurringQuestions(chat.chatMessages),
    authors: authors.slice(0, AUTHORS_SHOWN),
    suggestions: suggestAuthorLinks(authors, chat.chatAuthorLinks, input.people, phonesByPerson),
  }
}
