/**
 * What importing a chat export would bring in, as `devrel-os inspect` prints it: per chat, its
 * messages, time span, voices, how dates were read and what was set aside. Pure.
 */
import type { ChatReadResult, ParsedChat } from './types'

export interface ChatSummary {
  chatName: string
  chatKey: string
  platform: string
  messages: number
  media: number
  deleted: number
  notices: number
  replies: number
  first: string | null
  last: string | null
  timeBasis: ParsedChat['timeBasis']
  /** Authors by messages, most first. */
  voices: { author: string; messages: number; phone: string }[]
  dateOrder: ParsedChat['dateOrder']
  problems: string[]
}

/** One chat's figures. */
export function summariseChat(chat: ParsedChat): ChatSummary {
  const byAuthor = new Map<string, { messages: number; phone: string }>()
  let media = 0
  let deleted = 0
  let replies = 0
  for (const message of chat.messages) {
    if (message.kind === 'media') media += 1
    if (message.kind === 'deleted') deleted += 1
    if (message.replyToKey !== null) replies += 1
    const entry = byAuthor.get(message.author) ?? { messages: 0, phone: message.authorPhone }
    entry.messages += 1
    byAuthor.set(message.author, entry)
  }
  return {
    chatName: chat.chatName,
    chatKey: chat.chatKey,
    platform: chat.platform,
    messages: chat.messages.length,
    media,
    deleted,
    notices: chat.systemCount,
    replies,
    first: chat.messages[0]?.at ?? null,
    last: chat.messages.at(-1)?.at ?? null,
    timeBasis: chat.timeBasis,
    voices: [...byAuthor]
      .map(([author, entry]) => ({ author, ...entry }))
      .sort(
        (left, right) => right.messages - left.messages || left.author.localeCompare(right.author),
      ),
    dateOrder: chat.dateOrder,
    problems: chat.problems,
  }
}

function when(at: string | null): string {
  return at === null ? '—' : at.replace('T', ' ').slice(0, 16) + (at.endsWith('Z') ? ' UTC' : '')
}

/** The `inspect` report of a readable export, as text. */
export function formatChatInspectReport(
  result: Extract<ChatReadResult, { ok: true }>,
  fileName: string,
): string {
  const lines = [`${fileName}: ${result.format}`]
  if (result.chats.length > 1) {
    lines.push(`${result.chats.length} chats; the app asks which one to import.`)
  }
  for (const chat of result.chats) {
    const summary = summariseChat(chat)
    const topVoices = summary.voices
      .slice(0, 5)
      .map((voice) => `${voice.author} ${voice.messages}`)
      .join(', ')
    lines.push(
      '',
      `Chat        ${summary.chatName}`,
      `Messages    ${summary.messages} (${summary.media} media, ${summary.deleted} deleted, ${summary.replies} replies); ${summary.notices} notices set aside`,
      `From – to   ${when(summary.first)} – ${when(summary.last)}${summary.timeBasis === 'wall' ? " (the phone's clock, read in the workspace's time zone on import)" : ''}`,
      `Voices      ${summary.voices.length}${topVoices === '' ? '' : ` (${topVoices}${summary.voices.length > 5 ? ', …' : ''})`}`,
    )
    if (summary.dateOrder !== null) lines.push(`Dates       ${summary.dateOrder.reason}`)
    lines.push(`Problems    ${summary.problems.length === 0 ? 'none' : summary.problems.join(' ')}`)
  }
  return lines.join('\n')
}
