/**
 * DiscordChatExporter's exports of one channel. JSON: `{ guild, channel, messages: [{ id, type,
 * timestamp, content, author: { id, name, nickname }, attachments, reference: { messageId } }] }`,
 * where `type` other than `Default` and `Reply` is a notice (joins, pins, thread starts). CSV:
 * `AuthorID,Author,Date,Content,Attachments,Reactions`, without message ids, so its keys come from
 * the content; the default file name `Guild - channel [1234].csv` names the channel.
 */
import { parse as parseDate } from 'date-fns'
import Papa from 'papaparse'
import { arrayField, instantFromIso, isRecord, recordField, stringField } from './json-fields'
import { ContentKeys } from './message-key'
import type { ParsedChat, ParsedChatMessage } from './types'

const MESSAGE_TYPES = new Set(['Default', 'Reply', ''])
export const DISCORD_CSV_HEADER = [
  'AuthorID',
  'Author',
  'Date',
  'Content',
  'Attachments',
  'Reactions',
]

export function isDiscordJson(json: unknown): boolean {
  return (
    isRecord(json) &&
    isRecord(json['guild']) &&
    isRecord(json['channel']) &&
    Array.isArray(json['messages'])
  )
}

function chatNameOf(guild: string, channel: string): string {
  return (
    [guild, channel === '' ? '' : `#${channel}`].filter((part) => part !== '').join(' / ') ||
    'Discord channel'
  )
}

export function readDiscordJson(json: unknown): ParsedChat {
  const root = isRecord(json) ? json : {}
  const guild = recordField(root, 'guild')
  const channel = recordField(root, 'channel')
  const channelId = stringField(channel, 'id') || 'unknown'
  const messages: ParsedChatMessage[] = []
  let systemCount = 0
  let unreadable = 0
  for (const record of arrayField(root, 'messages')) {
    if (!isRecord(record)) {
      unreadable += 1
      continue
    }
    if (!MESSAGE_TYPES.has(stringField(record, 'type'))) {
      systemCount += 1
      continue
    }
    const id = stringField(record, 'id')
    const at = instantFromIso(stringField(record, 'timestamp'))
    if (id === '' || at === null) {
      unreadable += 1
      continue
    }
    const author = recordField(record, 'author')
    const text = stringField(record, 'content')
    const hasMedia =
      arrayField(record, 'attachments').length > 0 || arrayField(record, 'stickers').length > 0
    const replyTo = stringField(recordField(record, 'reference'), 'messageId')
    messages.push({
      key: `discord:${id}`,
      at,
      author: stringField(author, 'nickname') || stringField(author, 'name') || 'Unknown',
      authorPhone: '',
      authorId: stringField(author, 'id'),
      text,
      kind: hasMedia ? 'media' : 'text',
      replyToKey: replyTo === '' ? null : `discord:${replyTo}`,
    })
  }
  return {
    platform: 'discord',
    chatKey: `discord:${channelId}`,
    chatName: chatNameOf(stringField(guild, 'name'), stringField(channel, 'name')),
    timeBasis: 'instant',
    messages,
    systemCount,
    dateOrder: null,
    problems:
      unreadable === 0
        ? []
        : [
            `${unreadable} message${unreadable === 1 ? '' : 's'} without an id or a readable time ${unreadable === 1 ? 'was' : 'were'} skipped.`,
          ],
  }
}

/** Whether a CSV's first line is DiscordChatExporter's header. */
export function isDiscordCsv(text: string): boolean {
  const firstLine = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? ''
  return /^"?AuthorID"?,"?Author"?,"?Date"?,"?Content"?/.test(firstLine)
}

/** `2024-03-05T19:02:11.123+00:00`, or the older `05-Mar-24 07:02 PM` (the exporter's clock). */
function readCsvDate(text: string): { at: string; isWall: boolean } | null {
  const instant = instantFromIso(text.trim())
  if (instant !== null) return { at: instant, isWall: false }
  for (const pattern of ['dd-MMM-yy hh:mm a', 'dd-MMM-yy HH:mm', 'M/d/yyyy h:mm a']) {
    const parsed = parseDate(text.trim(), pattern, new Date(2000, 0, 1))
    if (Number.isFinite(parsed.getTime())) {
      const pad = (value: number): string => String(value).padStart(2, '0')
      return {
        at: `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}T${pad(parsed.getHours())}:${pad(parsed.getMinutes())}:00`,
        isWall: true,
      }
    }
  }
  return null
}

export function readDiscordCsv(text: string, fileName: string): ParsedChat {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true })
  const rows = parsed.data.slice(1)
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.csv$/i, '')
  const channelId = /\[(\d+)\]\s*$/.exec(base)?.[1]
  const chatName =
    base.replace(/\s*\[\d+\]\s*$/, '').replace(/\s+-\s+/g, ' / ') || 'Discord channel'
  const keys = new ContentKeys(`dccsv:${channelId ?? ''}:`)
  const drafts: (ParsedChatMessage & { isWall: boolean })[] = []
  let unreadable = 0
  for (const row of rows) {
    const [authorId = '', author = '', date = '', content = '', attachments = ''] = row
    const when = readCsvDate(date)
    if (when === null || row.length < 4) {
      unreadable += 1
      continue
    }
    const kind = attachments.trim() !== '' ? 'media' : 'text'
    drafts.push({
      key: keys.next([when.at, authorId, content]),
      at: when.at,
      isWall: when.isWall,
      author: author.replace(/#0$/, '') || 'Unknown',
      authorPhone: '',
      authorId,
      text: content,
      kind,
      replyToKey: null,
    })
  }
  const isWall = drafts.some((draft) => draft.isWall)
  return {
    platform: 'discord',
    chatKey:
      channelId === undefined ? `discord:name:${chatName.toLowerCase()}` : `discord:${channelId}`,
    chatName,
    timeBasis: isWall ? 'wall' : 'instant',
    messages: drafts.map(({ isWall: _isWall, ...message }) => message),
    systemCount: 0,
    dateOrder: null,
    problems:
      unreadable === 0
        ? []
        : [
            `${unreadable} row${unreadable === 1 ? '' : 's'} without a readable date ${unreadable === 1 ? 'was' : 'were'} skipped.`,
          ],
  }
}

type Writable = Pick<
  ParsedChatMessage,
  'key' | 'at' | 'author' | 'authorId' | 'text' | 'kind' | 'replyToKey'
>

export function writeDiscordJson(
  channel: { guild: string; id: string; name: string },
  messages: readonly Writable[],
): string {
  return JSON.stringify({
    guild: { id: '1', name: channel.guild, iconUrl: '' },
    channel: {
      id: channel.id,
      type: 'GuildTextChat',
      categoryId: '2',
      category: 'Text',
      name: channel.name,
      topic: null,
    },
    dateRange: { after: null, before: null },
    messages: messages.map((message) => ({
      id: message.key.replace(/^discord:/, ''),
      type: message.replyToKey === null ? 'Default' : 'Reply',
      timestamp: message.at.replace('Z', '+00:00'),
      timestampEdited: null,
      isPinned: false,
      content: message.text,
      author: {
        id: message.authorId,
        name: message.author,
        discriminator: '0000',
        nickname: message.author,
        isBot: false,
      },
      attachments:
        message.kind === 'media'
          ? [{ id: '9', url: 'attachments/1.png', fileName: '1.png', fileSizeBytes: 10 }]
          : [],
      embeds: [],
      stickers: [],
      reactions: [],
      mentions: [],
      ...(message.replyToKey === null
        ? {}
        : {
            reference: {
              messageId: message.replyToKey.replace(/^discord:/, ''),
              channelId: channel.id,
              guildId: '1',
            },
          }),
    })),
    messageCount: messages.length,
  })
}

export function writeDiscordCsv(messages: readonly Writable[]): string {
  return Papa.unparse(
    {
      fields: DISCORD_CSV_HEADER,
      data: messages.map((message) => [
        message.authorId,
        message.author,
        message.at.replace('Z', '+00:00'),
        message.text,
        message.kind === 'media' ? 'attachments/1.png' : '',
        '',
      ]),
    },
    { quotes: true, newline: '\n' },
  )
}
