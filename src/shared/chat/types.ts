/**
 * A group chat's export as the readers give it: one chat (or, for a whole-account Telegram export
 * and a Slack workspace, several to choose from), its messages in order, and what was set aside.
 * Pure data; the import turns it into stored chat messages (DESIGN.md §1.11).
 */

export const CHAT_PLATFORMS = ['whatsapp', 'telegram', 'discord', 'slack'] as const
export type ChatPlatform = (typeof CHAT_PLATFORMS)[number]

export const CHAT_PLATFORM_LABELS: Record<ChatPlatform, string> = {
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  discord: 'Discord',
  slack: 'Slack',
}

/** `media`: a photo, voice note or file (text is its caption, if any); `deleted`: "This message was deleted". */
export type ChatMessageKind = 'text' | 'media' | 'deleted'

export interface ParsedChatMessage {
  /**
   * Stable across later exports of the same chat, so a re-import adds only new messages: the
   * platform's message id where it has one, else a hash of time, author and text (WhatsApp).
   */
  key: string
  /**
   * When it was sent: an ISO instant (`…Z`) where the export says it, or the phone's wall clock
   * without a zone (`2024-03-05T19:02:00`) for WhatsApp, read in the chat's time zone on import.
   */
  at: string
  author: string
  /** `+447700900123` when the export names the author by phone number (WhatsApp), else ''. */
  authorPhone: string
  /** The platform's own id of the author where the export has one (Telegram, Discord, Slack). */
  authorId: string
  text: string
  kind: ChatMessageKind
  /** The key of the message this one answers, where the export says it. */
  replyToKey: string | null
}

/** How a WhatsApp file's `1/2/24` was read, and why (the file decides, not the locale). */
export interface DateOrderDecision {
  order: 'day-first' | 'month-first' | 'year-first'
  /** One sentence for the preview and `inspect`. */
  reason: string
}

export interface ParsedChat {
  platform: ChatPlatform
  /** Identifies the chat across exports: `telegram:1234`, `whatsapp:name:devs of leeds`. */
  chatKey: string
  chatName: string
  /** `wall`: times are the phone's clock without a zone (WhatsApp); `instant`: exact (the others). */
  timeBasis: 'wall' | 'instant'
  messages: ParsedChatMessage[]
  /** Joins, leaves, subject changes, encryption notices, calls: counted, not stored. */
  systemCount: number
  dateOrder: DateOrderDecision | null
  /** Lines or records that could not be read, each with a reason; they never stop the rest. */
  problems: string[]
}

export type ChatReadResult =
  { ok: true; format: string; chats: ParsedChat[] } | { ok: false; reason: string }
