/**
 * After a night (DESIGN.md §1.11): what the group said in the days after an event, against its
 * usual level, and which messages were about the night. "No discussion is worse than seeing
 * negative feedback": a night nobody mentions is flagged.
 *
 * - Window: from the event's start to `AFTER_DAYS` days after its end.
 * - Usual level: the `USUAL_DAYS` days before the event's start (or from the chat's first message
 *   when it is younger): messages per day, distinct voices per day, replies per day.
 * - About the night: a message in the window that names the event's title words, a demo's title
 *   words, a presenter (full or first name) or the night itself ("tonight", "last night", …).
 * - No discussion: the export covers the window and no message in it is about the night.
 */
import type { ChatMessage } from '../domain/chat-schemas'
import type { Demo } from '../domain/demo-schemas'
import type { Event, Person } from '../domain/schemas'
import { eventEnd, eventStart } from '../events/event-time'
import { foldedWords, isStopword } from './words'

export const AFTER_DAYS = 3
export const USUAL_DAYS = 28
const DAY_MS = 86_400_000

/** Words of a title too common to say a message is about this night. */
const GENERIC_TITLE_WORDS = new Set([
  'night',
  'nights',
  'meetup',
  'demo',
  'demos',
  'builders',
  'builder',
  'event',
  'talk',
  'talks',
  'edition',
  'session',
  'community',
  'group',
  'live',
  'new',
])
const NIGHT_PHRASES = [
  'tonight',
  'last night',
  'yesterday',
  'the night',
  'the event',
  'the meetup',
  'the demos',
  'demo night',
  'great night',
  'this evening',
]

export interface NightTerm {
  /** Folded words, matched as a phrase. */
  words: string[]
  /** What it stands for, shown as the evidence: `title “Rust on a Pi”`, `speaker Marta Nowak`. */
  label: string
}

export interface NightMention {
  key: string
  at: string
  author: string
  text: string
  /** The terms it matched. */
  matched: string[]
}

export interface Level {
  messagesPerDay: number
  voicesPerDay: number
  repliesPerDay: number
}

export type Coverage = 'covered' | 'ends-during' | 'ends-before' | 'starts-after'

export interface NightPulse {
  eventId: string
  chatId: string
  coverage: Coverage
  windowFrom: string
  windowTo: string
  /** Messages in the window, distinct voices in it, replies in it. */
  messages: number
  voices: number
  replies: number
  after: Level
  /** Null when the chat has fewer than three days before the night. */
  usual: Level | null
  usualDays: number
  /** After ÷ usual messages per day; null without a usual level. */
  ratio: number | null
  mentions: NightMention[]
  isSilent: boolean
  /** One sentence for the event page and the retro. */
  summary: string
}

function titleTerms(
  title: string,
  label: (text: string) => string,
  ignored: ReadonlySet<string>,
): NightTerm[] {
  const words = foldedWords(title).filter(
    (word) =>
      word.length >= 3 &&
      !isStopword(word) &&
      !GENERIC_TITLE_WORDS.has(word) &&
      !ignored.has(word) &&
      !/^\d+$/.test(word),
  )
  return words.map((word) => ({ words: [word], label: label(title) }))
}

/** What a message has to name to be about this night. */
export function nightTerms(
  event: Pick<Event, 'title'>,
  demos: readonly Pick<Demo, 'title' | 'personId'>[],
  people: ReadonlyMap<string, Pick<Person, 'name'>>,
  chatName = '',
): NightTerm[] {
  const terms: NightTerm[] = []
  // The group's own name is in every night's title ("Leeds Builders #12 — Rust on a Pi") and in
  // everyday talk: only the rest of the title says a message is about this night.
  const groupWords = new Set(foldedWords(chatName))
  const isGeneric = (word: string): boolean =>
    groupWords.has(word) || GENERIC_TITLE_WORDS.has(word) || /^\d+$/.test(word)
  const ownTitle = event.title
    .split(/\s+[—–-]\s+/)
    .filter((part) => !foldedWords(part).every(isGeneric))
    .join(' — ')
  terms.push(...titleTerms(ownTitle, (title) => `title “${title.trim()}”`, groupWords))
  for (const demo of demos) {
    // A demo title counts as a whole phrase and by its rarer words.
    const phrase = foldedWords(demo.title)
    if (phrase.length > 1) terms.push({ words: phrase, label: `demo “${demo.title}”` })
    terms.push(
      ...titleTerms(demo.title, (title) => `demo “${title}”`, groupWords).filter(
        (term) => (term.words[0]?.length ?? 0) >= 4,
      ),
    )
    const name = people.get(demo.personId)?.name ?? ''
    const nameWords = foldedWords(name)
    if (nameWords.length > 1) terms.push({ words: nameWords, label: `speaker ${name}` })
    const first = nameWords[0]
    if (first !== undefined && first.length >= 3)
      terms.push({ words: [first], label: `speaker ${name}` })
  }
  for (const phrase of NIGHT_PHRASES)
    terms.push({ words: phrase.split(' '), label: `the night (“${phrase}”)` })
  return terms
}

function matchTerms(words: readonly string[], terms: readonly NightTerm[]): string[] {
  const labels: string[] = []
  for (const term of terms) {
    const [first] = term.words
    if (first === undefined) continue
    for (let index = words.indexOf(first); index !== -1; index = words.indexOf(first, index + 1)) {
      if (term.words.every((word, offset) => words[index + offset] === word)) {
        if (!labels.includes(term.label)) labels.push(term.label)
        break
      }
    }
  }
  return labels
}

function levelOf(
  messages: readonly ChatMessage[],
  fromMs: number,
  toMs: number,
): Level & { days: number; voices: number; replies: number } {
  const days = Math.max(1, Math.round((toMs - fromMs) / DAY_MS))
  const voicesByDay = new Map<number, Set<string>>()
  let replies = 0
  const voices = new Set<string>()
  for (const message of messages) {
    const day = Math.floor((Date.parse(message.at) - fromMs) / DAY_MS)
    const set = voicesByDay.get(day) ?? new Set<string>()
    set.add(message.authorKey)
    voicesByDay.set(day, set)
    voices.add(message.authorKey)
    if (message.replyToKey !== null) replies += 1
  }
  let voiceDays = 0
  for (const set of voicesByDay.values()) voiceDays += set.size
  return {
    days,
    voices: voices.size,
    replies,
    messagesPerDay: messages.length / days,
    voicesPerDay: voiceDays / days,
    repliesPerDay: replies / days,
  }
}

function round1(value: number): string {
  return (Math.round(value * 10) / 10).toLocaleString('en')
}

/** Index of the first message at or after `at` in messages sorted by time. */
function lowerBound(messages: readonly ChatMessage[], at: string): number {
  let low = 0
  let high = messages.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((messages[middle]?.at ?? '') < at) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The pulse after one night in one chat. `messages` are that chat's, sorted by time;
 * `lastImportAt` is when the newest export of it was imported (an export made after the window
 * that ends before it still shows the silence).
 */
export function nightPulse(
  event: Pick<Event, 'id' | 'title' | 'start' | 'end' | 'timeZone'>,
  chat: { id: string; messages: readonly ChatMessage[]; lastImportAt: string | null },
  terms: readonly NightTerm[],
): NightPulse {
  const startMs = eventStart(event).getTime()
  const toMs = eventEnd(event).getTime() + AFTER_DAYS * DAY_MS
  const windowFrom = new Date(startMs).toISOString()
  const windowTo = new Date(toMs).toISOString()
  const { messages } = chat
  const firstAt = messages[0]?.at ?? null
  const lastAt = messages.at(-1)?.at ?? null
  const inWindow = messages.slice(lowerBound(messages, windowFrom), lowerBound(messages, windowTo))
  let coverage: Coverage = 'covered'
  if (firstAt === null || firstAt > windowTo) coverage = 'starts-after'
  else if (lastAt !== null && lastAt < windowTo) {
    const isExportedAfter = chat.lastImportAt !== null && chat.lastImportAt >= windowTo
    // An export taken after the window, whose chat was alive in the week before the night,
    // shows a silence rather than an export that stopped early.
    if (isExportedAfter && lastAt >= new Date(startMs - 7 * DAY_MS).toISOString())
      coverage = 'covered'
    else coverage = lastAt >= windowFrom ? 'ends-during' : 'ends-before'
  }
  const usualFromMs = Math.max(
    startMs - USUAL_DAYS * DAY_MS,
    firstAt === null ? startMs : Date.parse(firstAt),
  )
  const usualMessages = messages.slice(
    lowerBound(messages, new Date(usualFromMs).toISOString()),
    lowerBound(messages, windowFrom),
  )
  const usualDays = Math.round((startMs - usualFromMs) / DAY_MS)
  const usual = usualDays >= 3 ? levelOf(usualMessages, usualFromMs, startMs) : null
  const after = levelOf(inWindow, startMs, toMs)
  const mentions: NightMention[] = []
  for (const message of inWindow) {
    if (message.text === '') continue
    const matched = matchTerms(foldedWords(message.text), terms)
    if (matched.length > 0)
      mentions.push({
        key: message.key,
        at: message.at,
        author: message.author,
        text: message.text,
        matched,
      })
  }
  const ratio =
    usual === null || usual.messagesPerDay === 0
      ? null
      : after.messagesPerDay / usual.messagesPerDay
  const isSilent = coverage === 'covered' && mentions.length === 0
  const days = Math.round((toMs - startMs) / DAY_MS)
  const usualText = usual === null ? '' : ` (usually ${round1(usual.messagesPerDay)} a day)`
  let summary: string
  if (coverage === 'starts-after') summary = 'The chat’s export starts after this night.'
  else if (coverage === 'ends-before')
    summary =
      'The chat’s export ends before this night: import a newer export to see the days after.'
  else if (isSilent) {
    summary =
      inWindow.length === 0
        ? `No discussion: nobody wrote in the ${days} days from the night${usualText}.`
        : `No discussion: none of the ${inWindow.length} message${inWindow.length === 1 ? '' : 's'} in the ${days} days from the night mention it, its demos or its speakers.`
  } else {
    summary =
      `${mentions.length} message${mentions.length === 1 ? '' : 's'} about the night from ${new Set(mentions.map((mention) => mention.author)).size} voice${new Set(mentions.map((mention) => mention.author)).size === 1 ? '' : 's'}; ` +
      `${round1(after.messagesPerDay)} messages a day in the ${days} days from it${usualText}.` +
      (coverage === 'ends-during' ? ' The export ends during these days.' : '')
  }
  return {
    eventId: event.id,
    chatId: chat.id,
    coverage,
    windowFrom,
    windowTo,
    messages: inWindow.length,
    voices: after.voices,
    replies: after.replies,
    after: {
      messagesPerDay: after.messagesPerDay,
      voicesPerDay: after.voicesPerDay,
      repliesPerDay: after.repliesPerDay,
    },
    usual:
      usual === null
        ? null
        : {
            messagesPerDay: usual.messagesPerDay,
            voicesPerDay: usual.voicesPerDay,
            repliesPerDay: usual.repliesPerDay,
          },
    usualDays,
    ratio,
    mentions,
    isSilent,
    summary,
  }
}
