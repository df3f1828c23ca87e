/**
 * Week by week (DESIGN.md §1.11): messages, distinct voices and replies per week (weeks start on
 * Monday, in the workspace's time zone), the most active voices, and people who talk in the group
 * but have never demoed — offered to the pipeline board with their messages as the reason.
 */
import { addDays, formatISO, startOfISOWeek } from 'date-fns'
import type { ChatAuthorLink, ChatMessage } from '../domain/chat-schemas'
import type { Demo } from '../domain/demo-schemas'
import { instantToWallClock } from '../events/event-time'

export interface PulseWeek {
  /** Monday of the week, `YYYY-MM-DD`. */
  week: string
  messages: number
  voices: number
  replies: number
}

/** The Monday (`YYYY-MM-DD`) of the week an instant falls in, in `timeZone`. */
export function weekReader(timeZone: string): (at: string) => string {
  const byHour = new Map<string, string>()
  return (at) => {
    const hour = at.slice(0, 13)
    let week = byHour.get(hour)
    if (week === undefined) {
      const wall = instantToWallClock(new Date(`${hour}:00:00Z`), timeZone).slice(0, 10)
      week = formatISO(startOfISOWeek(new Date(`${wall}T12:00:00`)), { representation: 'date' })
      byHour.set(hour, week)
    }
    return week
  }
}

/** Every week from the first message to the last, quiet weeks included as zeros. */
export function weeklyPulse(messages: readonly ChatMessage[], timeZone: string): PulseWeek[] {
  if (messages.length === 0) return []
  const weekOf = weekReader(timeZone)
  const byWeek = new Map<string, { messages: number; voices: Set<string>; replies: number }>()
  for (const message of messages) {
    const week = weekOf(message.at)
    const entry = byWeek.get(week) ?? { messages: 0, voices: new Set<string>(), replies: 0 }
    entry.messages += 1
    entry.voices.add(`${message.chatId}\u0000${message.authorKey}`)
    if (message.replyToKey !== null) entry.replies += 1
    byWeek.set(week, entry)
  }
  const weeks = [...byWeek.keys()].sort()
  const first = weeks[0] ?? ''
  const last = weeks.at(-1) ?? ''
  const result: PulseWeek[] = []
  for (
    let day = new Date(`${first}T12:00:00`);
    formatISO(day, { representation: 'date' }) <= last;
    day = addDays(day, 7)
  ) {
    const week = formatISO(day, { representation: 'date' })
    const entry = byWeek.get(week)
    result.push({
      week,
      messages: entry?.messages ?? 0,
      voices: entry?.voices.size ?? 0,
      replies: entry?.replies ?? 0,
    })
  }
  return result
}

export interface ActiveVoice {
  chatId: string
  authorKey: string
  name: string
  messages: number
  personId: string | null
}

/** The authors with the most messages since `sinceAt`, linked person included. */
export function activeVoices(
  messages: readonly ChatMessage[],
  links: readonly ChatAuthorLink[],
  sinceAt: string,
  limit = 10,
): ActiveVoice[] {
  const byAuthor = new Map<string, ActiveVoice>()
  for (const message of messages) {
    if (message.at < sinceAt) continue
    const id = `${message.chatId}\u0000${message.authorKey}`
    const voice = byAuthor.get(id) ?? {
      chatId: message.chatId,
      authorKey: message.authorKey,
      name: message.author,
      messages: 0,
      personId: null,
    }
    voice.messages += 1
    voice.name = message.author
    byAuthor.set(id, voice)
  }
  for (const link of links) {
    const voice = byAuthor.get(`${link.chatId}\u0000${link.authorKey}`)
    if (voice !== undefined) voice.personId = link.personId
  }
  return [...byAuthor.values()]
    .sort((left, right) => right.messages - left.messages || left.name.localeCompare(right.name))
    .slice(0, limit)
}

export interface QuietTalker {
  personId: string
  /** Messages across the chats they are linked in. */
  messages: number
  /** A few of their latest messages with text: the reason shown on the board. */
  samples: { key: string; chatId: string; at: string; text: string }[]
  reason: string
}

/** Minimum messages before someone counts as talking in the group. */
export const QUIET_TALKER_MIN_MESSAGES = 3

/**
 * People the organizer linked to chat authors who write in the group but have never presented a
 * demo and are not on the pipeline board yet: candidates, busiest first.
 */
export function quietTalkers(
  messages: readonly ChatMessage[],
  links: readonly ChatAuthorLink[],
  demos: readonly Pick<Demo, 'personId' | 'state'>[],
  boardPersonIds: ReadonlySet<string>,
  chatNames: ReadonlyMap<string, string>,
): QuietTalker[] {
  const presented = new Set(
    demos.filter((demo) => demo.state === 'presented').map((demo) => demo.personId),
  )
  const personOf = new Map<string, string>()
  for (const link of links)
    if (link.personId !== null) personOf.set(`${link.chatId}\u0000${link.authorKey}`, link.personId)
  const byPerson = new Map<string, { messages: ChatMessage[] }>()
  for (const message of messages) {
    const personId = personOf.get(`${message.chatId}\u0000${message.authorKey}`)
    if (personId === undefined || presented.has(personId) || boardPersonIds.has(personId)) continue
    const entry = byPerson.get(personId) ?? { messages: [] }
    entry.messages.push(message)
    byPerson.set(personId, entry)
  }
  const talkers: QuietTalker[] = []
  for (const [personId, entry] of byPerson) {
    if (entry.messages.length < QUIET_TALKER_MIN_MESSAGES) continue
    const samples = entry.messages
      .filter((message) => message.kind === 'text' && message.text.trim() !== '')
      .slice(-3)
      .reverse()
      .map((message) => ({
        key: message.key,
        chatId: message.chatId,
        at: message.at,
        text: message.text,
      }))
    const chats = [
      ...new Set(entry.messages.map((message) => chatNames.get(message.chatId) ?? 'the group')),
    ]
    talkers.push({
      personId,
      messages: entry.messages.length,
      samples,
      reason: `${entry.messages.length} messages in ${chats.join(', ')}; never demoed.`,
    })
  }
  return talkers.sort((left, right) => right.messages - left.messages)
}
