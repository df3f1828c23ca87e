/**
 * The community pulse's records (DESIGN.md §1.11): the group chats read from their exports, their
 * messages, the imports that brought them (undo data), the organizer's answers about who an author
 * is, and the observations of a night recorded for the follow-up minimum. They live in a workspace
 * file of their own, so 200,000 messages are never rewritten by an edit elsewhere.
 */
import { z } from 'zod'
import { CHAT_PLATFORMS } from '../chat/types'
import { idSchema, instantSchema, timeZoneSchema } from './schemas'

export const chatSchema = z.object({
  id: idSchema,
  platform: z.enum(CHAT_PLATFORMS),
  /** Identifies the chat across exports (`telegram:1234`): a later export adds to this chat. */
  chatKey: z.string().min(1).max(500),
  name: z.string().max(500),
  /** The zone a phone's wall-clock times (WhatsApp) were read in. */
  timeZone: timeZoneSchema,
  createdAt: instantSchema,
})

// Plain strings, not ISO checks: a chat can hold hundreds of thousands of messages, and the
// importer is what writes `at` (always `toISOString()`).
export const chatMessageSchema = z.object({
  chatId: idSchema,
  /** Unique within the chat, stable across exports (see ParsedChatMessage.key). */
  key: z.string().min(1),
  at: z.string(),
  author: z.string(),
  /** The author across messages: the platform's id, else the phone, else the folded name. */
  authorKey: z.string(),
  authorPhone: z.string(),
  text: z.string(),
  kind: z.enum(['text', 'media', 'deleted']),
  replyToKey: z.string().nullable(),
  importId: idSchema,
})

export const chatImportSchema = z.object({
  id: idSchema,
  chatId: idSchema,
  fileName: z.string().max(500),
  format: z.string().max(200),
  importedAt: instantSchema,
  added: z.number().int().min(0),
  /** Messages the chat already held (an earlier export of it). */
  alreadyHeld: z.number().int().min(0),
  /** Messages of people deleted on request, not brought back. */
  skippedDeleted: z.number().int().min(0),
  /** Undoing removes the chat too when this import created it. */
  isChatCreated: z.boolean(),
  undoneAt: instantSchema.nullable(),
})

/**
 * The organizer's answer about an author: this is that person (`personId`), or this is not
 * (`dismissedPersonIds`). Suggestions are never applied without it.
 */
export const chatAuthorLinkSchema = z.object({
  chatId: idSchema,
  authorKey: z.string().min(1),
  personId: idSchema.nullable(),
  dismissedPersonIds: z.array(idSchema),
  decidedAt: instantSchema,
})

/** "Observed the group: 34 messages about the night read", kept with the messages it counted. */
export const chatObservationSchema = z.object({
  id: idSchema,
  eventId: idSchema,
  chatId: idSchema,
  observedAt: instantSchema,
  messagesRead: z.number().int().min(0),
  mentionKeys: z.array(z.string()).max(500),
  note: z.string().max(2000),
})

export const chatFileSchema = z.object({
  chats: z.array(chatSchema),
  chatMessages: z.array(chatMessageSchema),
  chatImports: z.array(chatImportSchema),
  chatAuthorLinks: z.array(chatAuthorLinkSchema),
  chatObservations: z.array(chatObservationSchema),
  /**
   * One-way hashes of the authors of people deleted on request (`chatKey` + author key), so a
   * re-import of the export skips their messages.
   */
  chatTombstones: z.array(z.string()),
})

export type Chat = z.infer<typeof chatSchema>
export type ChatMessage = z.infer<typeof chatMessageSchema>
export type ChatImport = z.infer<typeof chatImportSchema>
export type ChatAuthorLink = z.infer<typeof chatAuthorLinkSchema>
export type ChatObservation = z.infer<typeof chatObservationSchema>
export type ChatFile = z.infer<typeof chatFileSchema>

export const EMPTY_CHAT_FILE: ChatFile = {
  chats: [],
  chatMessages: [],
  chatImports: [],
  chatAuthorLinks: [],
  chatObservations: [],
  chatTombstones: [],
}
