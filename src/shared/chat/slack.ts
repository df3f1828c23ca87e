/**
 * A Slack workspace export: a zip with `channels.json` (and `groups.json` for private channels),
 * `users.json`, and one folder per channel holding a JSON array of messages per day
 * (`general/2024-03-05.json`). A message is `{ type: 'message', user, text, ts }`; `subtype` marks
 * joins, leaves, topic changes (notices) and `tombstone` (deleted); `thread_ts` names the thread a
 * reply belongs to. Each channel is one chat to choose.
 */
import {
  arrayField,
  instantFromUnixSeconds,
  isRecord,
  recordField,
  stringField,
  type JsonRecord,
} from './json-fields'
import type { ParsedChat, ParsedChatMessage } from './types'

const NOTICE_SUBTYPES = new Set([
  'channel_join',
  'channel_leave',
  'channel_topic',
  'channel_purpose',
  'channel_name',
  'channel_archive',
  'channel_unarchive',
  'group_join',
  'group_leave',
  'group_topic',
  'group_purpose',
  'group_name',
  'pinned_item',
  'unpinned_item',
  'bot_add',
  'bot_remove',
])

interface SlackUser {
  name: string
  phone: string
}

function usersById(users: unknown): Map<string, SlackUser> {
  const byId = new Map<string, SlackUser>()
  for (const user of Array.isArray(users) ? users : []) {
    if (!isRecord(user)) continue
    const profile = recordField(user, 'profile')
    byId.set(stringField(user, 'id'), {
      name:
        stringField(profile, 'display_name') ||
        stringField(profile, 'real_name') ||
        stringField(user, 'real_name') ||
        stringField(user, 'name'),
      phone: stringField(profile, 'phone').replace(/[^\d+]/g, ''),
    })
  }
  return byId
}

/** `<@U123>` as `@Alice`, `<https://x|label>` as `label`, the escapes Slack writes undone. */
function plainSlackText(text: string, users: ReadonlyMap<string, SlackUser>): string {
  return text
    .replace(
      /<@([A-Z0-9]+)(?:\|([^>]*))?>/g,
      (_all, id: string, label?: string) => `@${users.get(id)?.name ?? label ?? id}`,
    )
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<(https?:[^|>]+)\|([^>]*)>/g, '$2')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** The chats of a Slack export from its files (path → parsed JSON, or undefined when unreadable). */
export function readSlackFiles(files: ReadonlyMap<string, unknown>): ParsedChat[] {
  const users = usersById(files.get('users.json'))
  const channels: JsonRecord[] = [
    ...(Array.isArray(files.get('channels.json')) ? (files.get('channels.json') as unknown[]) : []),
    ...(Array.isArray(files.get('groups.json')) ? (files.get('groups.json') as unknown[]) : []),
  ].filter(isRecord)
  const chats: ParsedChat[] = []
  for (const channel of channels) {
    const name = stringField(channel, 'name')
    const id = stringField(channel, 'id') || name
    const days = [...files.keys()]
      .filter((path) => path.startsWith(`${name}/`) && path.endsWith('.json'))
      .sort()
    const messages: ParsedChatMessage[] = []
    let systemCount = 0
    let unreadable = 0
    for (const day of days) {
      const records = files.get(day)
      if (!Array.isArray(records)) {
        unreadable += 1
        continue
      }
      for (const record of records) {
        if (!isRecord(record) || stringField(record, 'type') !== 'message') {
          unreadable += 1
          continue
        }
        const subtype = stringField(record, 'subtype')
        if (NOTICE_SUBTYPES.has(subtype)) {
          systemCount += 1
          continue
        }
        const ts = stringField(record, 'ts')
        const at = instantFromUnixSeconds(ts)
        if (at === null) {
          unreadable += 1
          continue
        }
        const userId = stringField(record, 'user')
        const user = users.get(userId)
        const profile = recordField(record, 'user_profile')
        const threadTs = stringField(record, 'thread_ts')
        const isDeleted = subtype === 'tombstone' || subtype === 'message_deleted'
        messages.push({
          key: `slack:${id}:${ts}`,
          at,
          author:
            user?.name ||
            stringField(profile, 'display_name') ||
            stringField(profile, 'real_name') ||
            stringField(record, 'username') ||
            userId ||
            'Unknown',
          authorPhone: user?.phone ?? '',
          authorId: userId,
          text: isDeleted ? '' : plainSlackText(stringField(record, 'text'), users),
          kind: isDeleted ? 'deleted' : arrayField(record, 'files').length > 0 ? 'media' : 'text',
          replyToKey: threadTs !== '' && threadTs !== ts ? `slack:${id}:${threadTs}` : null,
        })
      }
    }
    chats.push({
      platform: 'slack',
      chatKey: `slack:${id}`,
      chatName: `#${name}`,
      timeBasis: 'instant',
      messages,
      systemCount,
      dateOrder: null,
      problems:
        unreadable === 0
          ? []
          : [
              `${unreadable} record${unreadable === 1 ? '' : 's'} in #${name} could not be read and ${unreadable === 1 ? 'was' : 'were'} skipped.`,
            ],
    })
  }
  chats.sort((left, right) => right.messages.length - left.messages.length)
  return chats
}

type Writable = Pick<
  ParsedChatMessage,
  'key' | 'at' | 'author' | 'authorId' | 'text' | 'kind' | 'replyToKey'
>

/** One channel as a Slack export's files (path → JSON text), for tests and the benchmark. */
export function writeSlackFiles(
  channel: { id: string; name: string },
  messages: readonly Writable[],
): Map<string, string> {
  const files = new Map<string, string>()
  const users = new Map<string, string>()
  const byDay = new Map<string, unknown[]>()
  for (const message of messages) {
    users.set(message.authorId, message.author)
    const ts = message.key.split(':').at(-1) ?? ''
    const day = message.at.slice(0, 10)
    const list = byDay.get(day) ?? []
    list.push({
      type: 'message',
      ...(message.kind === 'deleted' ? { subtype: 'tombstone' } : {}),
      user: message.authorId,
      text: message.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
      ts,
      ...(message.replyToKey === null ? {} : { thread_ts: message.replyToKey.split(':').at(-1) }),
      ...(message.kind === 'media' ? { files: [{ id: 'F1', name: 'photo.png' }] } : {}),
    })
    byDay.set(day, list)
  }
  files.set(
    'channels.json',
    JSON.stringify([{ id: channel.id, name: channel.name, created: 0, members: [] }]),
  )
  files.set(
    'users.json',
    JSON.stringify(
      [...users].map(([id, name]) => ({
        id,
        name: id.toLowerCase(),
        real_name: name,
        profile: { real_name: name, display_name: name },
      })),
    ),
  )
  for (const [day, list] of byDay) files.set(`${channel.name}/${day}.json`, JSON.stringify(list))
  return files
}
