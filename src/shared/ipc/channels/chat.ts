/**
 * The community pulse's channels (DESIGN.md §1.11). The export is read and previewed in the
 * renderer; main receives the chosen chat's messages, checks them and writes the chat file. The
 * pulse itself (a night's discussion, weeks, voices, quiet talkers, recurring questions) is
 * computed in main, where the messages are, and only its figures and the quoted messages cross.
 */
import { z } from 'zod'
import type { ChatImportReport } from '../../chat/apply-chat-import'
import type { AuthorSuggestion, ChatAuthor } from '../../chat/chat-authors'
import type { NightPulse } from '../../chat/night-pulse'
import type { RecurringQuestion } from '../../chat/recurring-questions'
import { CHAT_PLATFORMS } from '../../chat/types'
import type { ActiveVoice, PulseWeek, QuietTalker } from '../../chat/weekly-pulse'
import { idSchema } from '../../domain/schemas'
import type { ChatSnapshot } from '../../schema/workspace'

/** A busy group's years, with room; beyond it an export is refused with the reason. */
export const MAX_CHAT_MESSAGES = 1_000_000

const parsedMessageSchema = z.object({
  key: z.string().min(1).max(300),
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3}Z)?$/),
  author: z.string().max(300),
  authorPhone: z.string().max(40),
  authorId: z.string().max(300),
  text: z.string().max(100_000),
  kind: z.enum(['text', 'media', 'deleted']),
  replyToKey: z.string().max(300).nullable(),
})

export const parsedChatSchema = z.object({
  platform: z.enum(CHAT_PLATFORMS),
  chatKey: z.string().min(1).max(500),
  chatName: z.string().max(500),
  timeBasis: z.enum(['wall', 'instant']),
  messages: z.array(parsedMessageSchema).max(MAX_CHAT_MESSAGES),
  systemCount: z.number().int().min(0),
  dateOrder: z
    .object({ order: z.enum(['day-first', 'month-first', 'year-first']), reason: z.string() })
    .nullable(),
  problems: z.array(z.string()),
})

export const chatRequests = {
  'chat:import': z.object({
    fileName: z.string().max(500),
    format: z.string().max(200),
    chat: parsedChatSchema,
  }),
  'chat:undo-import': z.object({ importId: idSchema }),
  'chat:decide-author': z.object({
    chatId: idSchema,
    authorKey: z.string().min(1).max(400),
    personId: idSchema,
    isSamePerson: z.boolean(),
  }),
  'chat:pulse': z.undefined(),
  'chat:observe-night': z.object({
    eventId: idSchema,
    chatId: idSchema,
    note: z.string().trim().max(2000),
  }),
} as const

/** The chat file as the renderer holds it, after a change, with a one-line outcome. */
export interface ChatChange {
  chat: ChatSnapshot
  outcome: string
}

/** Everything the screens show of the chats, computed in main. */
export interface ChatPulse {
  /** Messages per chat id. */
  messageCounts: Record<string, number>
  /** Per event that has started, per chat: the days after it. */
  nights: NightPulse[]
  weeks: PulseWeek[]
  voices: ActiveVoice[]
  quietTalkers: QuietTalker[]
  questions: RecurringQuestion[]
  authors: ChatAuthor[]
  suggestions: AuthorSuggestion[]
}

export interface ChatResponses {
  'chat:import': ChatChange & { report: ChatImportReport }
  'chat:undo-import': ChatChange
  'chat:decide-author': ChatChange
  'chat:pulse': ChatPulse
  'chat:observe-night': ChatChange
}
