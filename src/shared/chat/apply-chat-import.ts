/**
 * Writing a read chat into the workspace's chat file, and taking it back (DESIGN.md §1.11): a later
 * export of the same chat adds only the messages the chat does not hold yet (by their stable
 * keys), messages of people deleted on request stay out, and every import can be undone.
 */
import type { Chat, ChatFile, ChatImport, ChatMessage } from '../domain/chat-schemas'
import { wallClockToInstant } from '../events/event-time'
import { foldText, phoneKey } from '../identity/identity-keys'
import { sha256Hex } from '../util/sha256'
import type { ParsedChat, ParsedChatMessage } from './types'

/** The author across a chat's messages: the platform's id, else the phone, else the folded name. */
export function authorKeyOf(
  message: Pick<ParsedChatMessage, 'authorId' | 'authorPhone' | 'author'>,
): string {
  if (message.authorId !== '') return `id:${message.authorId}`
  const phone = phoneKey(message.authorPhone)
  if (phone !== '') return `phone:${phone}`
  return `name:${foldText(message.author)}`
}

/** The tombstone of one author of one chat: a one-way hash, so the file does not keep who it was. */
export function chatAuthorHash(chatKey: string, authorKey: string): string {
  return sha256Hex(`chat-author:${chatKey}:${authorKey}`)
}

/**
 * Wall-clock times (WhatsApp) as instants in `timeZone`. The zone's offset is looked up once per
 * day, and per hour only on a day whose offset changes (daylight saving): 200,000 messages span a
 * few hundred days, and each lookup costs what a few thousand messages do.
 */
export function wallTimeReader(timeZone: string): (wall: string) => string {
  const offsetAt = (wallHour: string): number =>
    wallClockToInstant(`${wallHour}:00`, timeZone).getTime() - Date.parse(`${wallHour}:00:00Z`)
  const days = new Map<string, number | null>()
  const hours = new Map<string, number>()
  return (wall) => {
    const day = wall.slice(0, 10)
    let offset = days.get(day)
    if (offset === undefined) {
      const morning = offsetAt(`${day}T00`)
      offset = morning === offsetAt(`${day}T23`) ? morning : null
      days.set(day, offset)
    }
    if (offset === null) {
      const hour = wall.slice(0, 13)
      offset = hours.get(hour) ?? offsetAt(hour)
      hours.set(hour, offset)
    }
    return new Date(Date.parse(`${wall.slice(0, 19)}Z`) + offset).toISOString()
  }
}

export interface ChatImportReport {
  importId: string
  chatId: string
  chatName: string
  isChatCreated: boolean
  added: number
  alreadyHeld: number
  skippedDeleted: number
  first: string | null
  last: string | null
}

export interface ChatImportOptions {
  importId: string
  /** Used when the chat is new. */
  newChatId: string
  fileName: string
  format: string
  /** The zone wall-clock times are read in (the workspace's default). */
  timeZone: string
  now: Date
}

/** Adds a read chat's new messages to the file. Pure: returns the new file and what happened. */
export function applyChatImport(
  file: ChatFile,
  parsed: ParsedChat,
  options: ChatImportOptions,
): { file: ChatFile; report: ChatImportReport } {
  const existing = file.chats.find((chat) => chat.chatKey === parsed.chatKey)
  const chat: Chat = existing ?? {
    id: options.newChatId,
    platform: parsed.platform,
    chatKey: parsed.chatKey,
    name: parsed.chatName,
    timeZone: options.timeZone,
    createdAt: options.now.toISOString(),
  }
  const held = new Set<string>()
  for (const message of file.chatMessages) if (message.chatId === chat.id) held.add(message.key)
  const tombstones = new Set(file.chatTombstones)
  const deletedAuthors = new Map<string, boolean>()
  // Authors repeat across thousands of messages: each is keyed once.
  const authorKeys = new Map<string, string>()
  const toInstant = parsed.timeBasis === 'wall' ? wallTimeReader(chat.timeZone) : (at: string) => at
  const added: ChatMessage[] = []
  let alreadyHeld = 0
  let skippedDeleted = 0
  for (const message of parsed.messages) {
    if (held.has(message.key)) {
      alreadyHeld += 1
      continue
    }
    const authorText = `${message.authorId}\u0000${message.authorPhone}\u0000${message.author}`
    let authorKey = authorKeys.get(authorText)
    if (authorKey === undefined) {
      authorKey = authorKeyOf(message)
      authorKeys.set(authorText, authorKey)
    }
    let isDeleted = deletedAuthors.get(authorKey)
    if (isDeleted === undefined) {
      isDeleted = tombstones.size > 0 && tombstones.has(chatAuthorHash(chat.chatKey, authorKey))
      deletedAuthors.set(authorKey, isDeleted)
    }
    if (isDeleted) {
      skippedDeleted += 1
      continue
    }
    held.add(message.key)
    added.push({
      chatId: chat.id,
      key: message.key,
      at: toInstant(message.at),
      author: message.author,
      authorKey,
      authorPhone: message.authorPhone,
      text: message.text,
      kind: message.kind,
      replyToKey: message.replyToKey,
      importId: options.importId,
    })
  }
  const record: ChatImport = {
    id: options.importId,
    chatId: chat.id,
    fileName: options.fileName,
    format: options.format,
    importedAt: options.now.toISOString(),
    added: added.length,
    alreadyHeld,
    skippedDeleted,
    isChatCreated: existing === undefined,
    undoneAt: null,
  }
  // Kept in time order, so every reader of the collection can rely on it.
  const hasOlder =
    added.length > 0 &&
    file.chatMessages.some(
      (message) => message.chatId === chat.id && message.at > (added[0]?.at ?? ''),
    )
  const merged = [...file.chatMessages, ...added]
  if (hasOlder) merged.sort((left, right) => (left.at < right.at ? -1 : left.at > right.at ? 1 : 0))
  return {
    file: {
      ...file,
      chats: existing === undefined ? [...file.chats, chat] : file.chats,
      chatMessages: merged,
      chatImports: [...file.chatImports, record],
    },
    report: {
      importId: record.id,
      chatId: chat.id,
      chatName: chat.name,
      isChatCreated: record.isChatCreated,
      added: added.length,
      alreadyHeld,
      skippedDeleted,
      first: added[0]?.at ?? null,
      last: added.at(-1)?.at ?? null,
    },
  }
}

export type UndoChatImportResult =
  | { ok: true; file: ChatFile; removed: number; isChatRemoved: boolean }
  | { ok: false; reason: string }

/** Takes back one import: its messages go, and the chat with them when the import created it. */
export function undoChatImport(file: ChatFile, importId: string, now: Date): UndoChatImportResult {
  const record = file.chatImports.find((candidate) => candidate.id === importId)
  if (record === undefined) return { ok: false, reason: 'This chat import is no longer recorded.' }
  if (record.undoneAt !== null) return { ok: false, reason: 'This chat import was already undone.' }
  const messages = file.chatMessages.filter((message) => message.importId !== importId)
  const removed = file.chatMessages.length - messages.length
  const isChatRemoved =
    record.isChatCreated && !messages.some((message) => message.chatId === record.chatId)
  return {
    ok: true,
    removed,
    isChatRemoved,
    file: {
      ...file,
      chats: isChatRemoved ? file.chats.filter((chat) => chat.id !== record.chatId) : file.chats,
      chatMessages: messages,
      chatImports: file.chatImports.map((candidate) =>
        candidate.id === importId ? { ...candidate, undoneAt: now.toISOString() } : candidate,
      ),
      chatAuthorLinks: isChatRemoved
        ? file.chatAuthorLinks.filter((link) => link.chatId !== record.chatId)
        : file.chatAuthorLinks,
      chatObservations: isChatRemoved
        ? file.chatObservations.filter((entry) => entry.chatId !== record.chatId)
        : file.chatObservations,
    },
  }
}

/**
 * A person deleted on request leaves the chats too (DESIGN.md §1.3): the messages of every author
 * the organizer linked to them go, and a hash of each such author stays so a re-import skips them.
 */
export function forgetPersonInChats(
  file: ChatFile,
  personId: string,
): { file: ChatFile; removed: number } {
  const links = file.chatAuthorLinks.filter((link) => link.personId === personId)
  if (links.length === 0) return { file, removed: 0 }
  const chatKeys = new Map(file.chats.map((chat) => [chat.id, chat.chatKey]))
  const forgotten = new Set(links.map((link) => `${link.chatId}\u0000${link.authorKey}`))
  const removedKeys = new Set<string>()
  const messages = file.chatMessages.filter((message) => {
    const isForgotten = forgotten.has(`${message.chatId}\u0000${message.authorKey}`)
    if (isForgotten) removedKeys.add(message.key)
    return !isForgotten
  })
  const hashes = links.map((link) =>
    chatAuthorHash(chatKeys.get(link.chatId) ?? '', link.authorKey),
  )
  return {
    removed: file.chatMessages.length - messages.length,
    file: {
      ...file,
      chatMessages: messages,
      chatAuthorLinks: file.chatAuthorLinks.filter((link) => link.personId !== personId),
      chatObservations: file.chatObservations.map((entry) => ({
        ...entry,
        mentionKeys: entry.mentionKeys.filter((key) => !removedKeys.has(key)),
      })),
      chatTombstones: [...new Set([...file.chatTombstones, ...hashes])],
    },
  }
}

/**
 * Keeps the chat authors of people deleted on request out of a chat file that replaces this one
 * (a restore, a workspace import): this workspace's hashes join the incoming ones, and incoming
 * messages of an author one of them names are removed.
 */
export function keepDeletedAuthorsDeleted(
  incoming: ChatFile,
  tombstones: readonly string[],
): ChatFile {
  const known = new Set(incoming.chatTombstones)
  const missing = new Set(tombstones.filter((hash) => !known.has(hash)))
  if (missing.size === 0) return incoming
  const chatKeys = new Map(incoming.chats.map((chat) => [chat.id, chat.chatKey]))
  const isDeleted = new Map<string, boolean>()
  const messages = incoming.chatMessages.filter((message) => {
    const id = `${message.chatId}\u0000${message.authorKey}`
    let deleted = isDeleted.get(id)
    if (deleted === undefined) {
      deleted = missing.has(chatAuthorHash(chatKeys.get(message.chatId) ?? '', message.authorKey))
      isDeleted.set(id, deleted)
    }
    return !deleted
  })
  const deletedAuthors = new Set([...isDeleted].filter(([, deleted]) => deleted).map(([id]) => id))
  return {
    ...incoming,
    chatMessages: messages,
    chatAuthorLinks: incoming.chatAuthorLinks.filter(
      (link) => !deletedAuthors.has(`${link.chatId}\u0000${link.authorKey}`),
    ),
    chatTombstones: [...incoming.chatTombstones, ...missing],
  }
}
