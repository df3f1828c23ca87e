/**
 * Recurring friction (DESIGN.md §1.9 Observe, §1.11): questions that come back in the group across
 * weeks. Plain and explainable: a message is a question when it has a question mark; two
 * questions are alike when their meaning words (words.ts) overlap by token-set Jaccard of at
 * least `SIMILARITY`, i.e. shared words ÷ all words of the two. A group of alike questions asked in
 * two or more different weeks is proposed as a friction, with its messages as links.
 */
import type { ChatMessage } from '../domain/chat-schemas'
import { shortHash } from './message-key'
import { jaccard, meaningWords } from './words'

export const SIMILARITY = 0.4
export const MIN_WEEKS = 2
const WEEK_MS = 7 * 86_400_000

export interface RecurringQuestion {
  /** Stable while its first message stays: for "already on the board" and links. */
  id: string
  /** The first time it was asked, as written. */
  question: string
  /** The words every ask shared with the first, the evidence of likeness. */
  sharedWords: string[]
  weeks: number
  messages: {
    key: string
    chatId: string
    at: string
    author: string
    text: string
    similarity: number
  }[]
}

function isQuestion(text: string): boolean {
  return text.includes('?') && text.length <= 500
}

/** The question sentence of a message: the part up to its first question mark. */
function questionPart(text: string): string {
  const end = text.indexOf('?')
  const before = text.slice(0, end + 1)
  const start = Math.max(
    before.lastIndexOf('.', end - 1),
    before.lastIndexOf('!', end - 1),
    before.lastIndexOf('\n', end - 1),
  )
  return before.slice(start + 1).trim()
}

/** Questions asked again in later weeks, most weeks first. */
export function recurringQuestions(messages: readonly ChatMessage[]): RecurringQuestion[] {
  interface Group {
    words: Set<string>
    first: ChatMessage
    members: { message: ChatMessage; similarity: number }[]
    weeks: Set<number>
  }
  const groups: Group[] = []
  const byWord = new Map<string, Group[]>()
  for (const message of messages) {
    if (message.kind !== 'text' || !isQuestion(message.text)) continue
    const words = meaningWords(questionPart(message.text))
    if (words.size < 2) continue
    const candidates = new Set<Group>()
    for (const word of words) for (const group of byWord.get(word) ?? []) candidates.add(group)
    let best: Group | null = null
    let bestSimilarity = 0
    for (const group of candidates) {
      const similarity = jaccard(words, group.words)
      if (similarity > bestSimilarity) {
        best = group
        bestSimilarity = similarity
      }
    }
    const week = Math.floor(Date.parse(message.at) / WEEK_MS)
    if (best !== null && bestSimilarity >= SIMILARITY) {
      best.members.push({ message, similarity: bestSimilarity })
      best.weeks.add(week)
      continue
    }
    const group: Group = {
      words,
      first: message,
      members: [{ message, similarity: 1 }],
      weeks: new Set([week]),
    }
    groups.push(group)
    for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), group])
  }
  return groups
    .filter((group) => group.weeks.size >= MIN_WEEKS)
    .map((group) => {
      const shared = [...group.words].filter((word) =>
        group.members.every(({ message }) => meaningWords(questionPart(message.text)).has(word)),
      )
      return {
        id: shortHash(`${group.first.chatId}:${group.first.key}`),
        question: questionPart(group.first.text),
        sharedWords: shared,
        weeks: group.weeks.size,
        messages: group.members.map(({ message, similarity }) => ({
          key: message.key,
          chatId: message.chatId,
          at: message.at,
          author: message.author,
          text: message.text,
          similarity,
        })),
      }
    })
    .sort((left, right) => right.weeks - left.weeks || right.messages.length - left.messages.length)
}

/** The friction text a recurring question becomes on the feedback board. */
export function frictionTextOf(question: RecurringQuestion, chatName: string): string {
  const dates = question.messages.map((message) => message.at.slice(0, 10))
  return `Asked again and again in ${chatName}: “${question.question}” (${question.messages.length} times over ${question.weeks} weeks, ${dates[0]} to ${dates.at(-1)})`
}
