/**
 * Telegram Desktop's machine-readable export (`result.json`, "Export chat history" → JSON, or
 * Settings → Advanced → Export Telegram data for the whole account). One chat is
 * `{ name, type, id, messages }`; a whole account holds its chats under `chats.list` (and
 * `left_chats.list`), one of which the organizer chooses. A message's `text` is a string or an
 * array of strings and entities (`{ type: 'bold', text }`); `type: 'service'` marks joins, pins
 * and the like; `reply_to_message_id` names the message answered.
 */
import {
  arrayField,
  instantFromUnixSeconds,
  isRecord,
  stringField,
  wallTime,
  type JsonRecord,
} from './json-fields'
import type { ChatMessageKind, ParsedChat, ParsedChatMessage } from './types'

/** Whether parsed JSON is a Telegram export (one chat or a whole account). */
export function isTelegramExport(json: unknown): boolean {
  if (!isRecord(json)) return false
  if (isRecord(json['chats']) && Array.isArray(json['chats']['list'])) return true
  return Array.isArray(json['messages']) && 'id' in json && 'type' in json && !('guild' in json)
}

/** A text field as plain text: entity arrays joined, links and mentions as they read. */
export function telegramText(value: unknown): string {
  if (typeof value === 'string') return value
  if (!Array.isArray(value)) return ''
  return value
    .map((part) =>
      typeof part === 'string' ? part : isRecord(part) ? stringField(part, 'text') : '',
    )
    .join('')
}

function readChat(chat: JsonRecord, index: number): ParsedChat {
  const chatId = stringField(chat, 'id') || `chat-${index}`
  const chatName =
    stringField(chat, 'name') ||
    (chat['type'] === 'saved_messages' ? 'Saved messages' : `Telegram chat ${chatId}`)
  const records = arrayField(chat, 'messages')
  const problems: string[] = []
  const hasUnixTimes = records.every(
    (record) =>
      !isRecord(record) ||
      record['type'] !== 'message' ||
      stringField(record, 'date_unixtime') !== '',
  )
  const messages: ParsedChatMessage[] = []
  let systemCount = 0
  let unreadable = 0
  for (const record of records) {
    if (!isRecord(record)) {
      unreadable += 1
      continue
    }
    const type = stringField(record, 'type')
    if (type === 'service') {
      systemCount += 1
      continue
    }
    if (type !== 'message') {
      unreadable += 1
      continue
    }
    const id = stringField(record, 'id')
    const at = hasUnixTimes
      ? instantFromUnixSeconds(stringField(record, 'date_unixtime'))
      : wallTime(stringField(record, 'date'))
    if (id === '' || at === null) {
      unreadable += 1
      continue
    }
    const text = telegramText(record['text'])
    const hasMedia =
      stringField(record, 'media_type') !== '' ||
      stringField(record, 'photo') !== '' ||
      stringField(record, 'file') !== '' ||
      isRecord(record['poll']) ||
      isRecord(record['location_information'])
    const kind: ChatMessageKind = hasMedia ? 'media' : 'text'
    const replyTo = stringField(record, 'reply_to_message_id')
    messages.push({
      key: `tg:${chatId}:${id}`,
      at,
      author: stringField(record, 'from') || 'Deleted account',
      authorPhone: '',
      authorId: stringField(record, 'from_id'),
      text,
      kind,
      replyToKey: replyTo === '' ? null : `tg:${chatId}:${replyTo}`,
    })
  }
  if (unreadable > 0) {
    problems.push(
      `${unreadable} record${unreadable === 1 ? '' : 's'} without an id, a date or a known type ${unreadable === 1 ? 'was' : 'were'} skipped.`,
    )
  }
  return {
    platform: 'telegram',
    chatKey: `telegram:${chatId}`,
    chatName,
    timeBasis: hasUnixTimes ? 'instant' : 'wall',
    messages,
    systemCount,
    dateOrder: null,
    problems,
  }
}

/** Every chat in the export: one for a chat's export, the account's group chats first otherwise. */
export function readTelegramJson(json: unknown): ParsedChat[] {
  if (!isRecord(json)) return []
  if (!isRecord(json['chats'])) return [readChat(json, 0)]
  const listed = [
    ...arrayField(json['chats'], 'list'),
    ...(isRecord(json['left_chats']) ? arrayField(json['left_chats'], 'list') : []),
  ].filter(isRecord)
  const chats = listed.map((chat, index) => readChat(chat, index))
  // Groups are what an organizer looks for; private chats go last, busiest first within each.
  const isGroup = (chat: JsonRecord): boolean => /group|channel/.test(stringField(chat, 'type'))
  const order = chats.map((chat, index) => ({ chat, isGroup: isGroup(listed[index] ?? {}) }))
  order.sort(
    (left, right) =>
      Number(right.isGroup) - Number(left.isGroup) ||
      right.chat.messages.length - left.chat.messages.length,
  )
  return order.map((entry) => entry.chat)
}

/** Writes one chat as Telegram Desktop would (round trips in tests, the benchmark's file). */
export function writeTelegramJson(
  chat: { id: string; name: string },
  messages: readonly Pick<
    ParsedChatMessage,
    'key' | 'at' | 'author' | 'authorId' | 'text' | 'kind' | 'replyToKey'
  >[],
  options: { asEntities: boolean } = { asEntities: false },
): string {
  const idOf = (key: string): number => Number(key.split(':').at(-1))
  return JSON.stringify(
    {
      name: chat.name,
      type: 'private_supergroup',
      id: Number(chat.id),
      messages: messages.map((message) => ({
        id: idOf(message.key),
        type: 'message',
        date: message.at.slice(0, 19),
        date_unixtime: String(Math.floor(Date.parse(message.at) / 1000)),
        from: message.author,
        from_id: message.authorId,
        ...(message.replyToKey === null ? {} : { reply_to_message_id: idOf(message.replyToKey) }),
        ...(message.kind === 'media'
          ? { photo: 'photos/photo_1.jpg', width: 800, height: 600 }
          : {}),
        text:
          options.asEntities && message.text !== ''
            ? [{ type: 'plain', text: message.text }]
            : message.text,
        text_entities: message.text === '' ? [] : [{ type: 'plain', text: message.text }],
      })),
    },
    null,
    1,
  )
}
