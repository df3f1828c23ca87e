/**
 * Properties every reader keeps: no input makes it throw, and every message written by our own
 * writer of the format comes back as it was (time, author, text, kind, reply).
 */
import { strToU8, zipSync } from 'fflate'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readDiscordCsv, readDiscordJson, writeDiscordCsv, writeDiscordJson } from './discord'
import { readChatExport } from './read-chat-export'
import { readSlackFiles, writeSlackFiles } from './slack'
import { readTelegramJson, writeTelegramJson } from './telegram'
import type { ParsedChatMessage } from './types'
import { readWhatsAppText, writeWhatsAppText, type WhatsAppLayout } from './whatsapp'

const RUNS = { numRuns: 100 }

describe('no input makes a reader throw', () => {
  it('random bytes, random text, random JSON, random zips', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.string({ unit: 'binary', maxLength: 300 }),
        (bytes, text) => {
          readChatExport(bytes, 'x.txt')
          readChatExport(strToU8(text), 'x.txt')
          readChatExport(strToU8(`[${text}`), 'x.json')
          readChatExport(
            zipSync({ '_chat.txt': strToU8(text), 'channels.json': strToU8(text) }),
            'x.zip',
          )
        },
      ),
      { numRuns: 60 },
    )
    fc.assert(
      fc.property(fc.jsonValue(), fc.anything(), (json, anything) => {
        for (const value of [
          json,
          anything,
          { messages: [json, anything], id: json, type: anything },
        ]) {
          readTelegramJson(value)
          readTelegramJson({ chats: { list: [value] } })
          readDiscordJson({ guild: value, channel: value, messages: [value, anything] })
          readSlackFiles(
            new Map<string, unknown>([
              ['channels.json', [{ name: 'a', id: 'C' }]],
              ['users.json', value],
              ['a/2024-01-01.json', [value, anything]],
            ]),
          )
          readChatExport(strToU8(JSON.stringify(value) ?? 'null'), 'x.json')
        }
      }),
      RUNS,
    )
  })

  it('WhatsApp-like lines with impossible dates, clocks and names', () => {
    const line = fc
      .tuple(
        fc.nat(99),
        fc.nat(99),
        fc.nat(9999),
        fc.nat(30),
        fc.nat(99),
        fc.constantFrom('', ' AM', '\u202fPM', ' p.m.'),
        fc.boolean(),
        fc.string(),
      )
      .map(([a, b, c, h, m, meridiem, isBracketed, rest]) =>
        isBracketed
          ? `[${a}/${b}/${c}, ${h}:${m}${meridiem}] ${rest}`
          : `${a}.${b}.${c}, ${h}:${m}${meridiem} - ${rest}`,
      )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        readWhatsAppText(lines.join('\n'), 'WhatsApp Chat with x.txt')
      }),
      RUNS,
    )
  })
})

// Words that never form a WhatsApp notice, marker or header, so a message reads back as written.
const WORD = fc.constantFrom(
  'pizza',
  'demo',
  'Rust',
  'night',
  'slides?',
  'great!',
  'HDMI',
  'café',
  '🙂',
  'a:b',
  '12/3',
  'see',
  'you',
  '-',
  'Pi',
)
const LINE = fc.array(WORD, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '))
const TEXT = fc.array(LINE, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'))
const AUTHOR = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('Ana', 'Ben', 'Chidi', 'Dörte', 'Émile'),
      fc.constantFrom('Lima', 'Cole', 'O’Neil', 'Østby'),
    )
    .map(([first, last]) => `${first} ${last}`),
  fc.integer({ min: 100, max: 999 }).map((end) => `+44 7700 900${end}`),
)
const KIND = fc.constantFrom<ParsedChatMessage['kind']>('text', 'text', 'media', 'deleted')

/**
 * Messages in time order, the first on 25 January 2024: a file whose dates decide their order (a day
 * above 12), as any chat longer than twelve days has. Ambiguous files are tested on their own.
 */
function messagesArbitrary(withSeconds: boolean) {
  return fc
    .array(fc.tuple(fc.nat(400 * 24 * 60), fc.nat(59), AUTHOR, TEXT, KIND), {
      minLength: 1,
      maxLength: 25,
    })
    .map((drafts) => {
      const minutes = drafts.map(([minute]) => minute).sort((left, right) => left - right)
      const anchor = {
        at: '2024-01-25T09:00:00',
        author: 'Ana Lima',
        text: 'welcome',
        kind: 'text' as const,
      }
      return [
        anchor,
        ...drafts.map(([, second, author, text, kind], index) => {
          const date = new Date(
            Date.UTC(2024, 0, 25) +
              (minutes[index] ?? 0) * 60_000 +
              (withSeconds ? second : 0) * 1000,
          )
          return {
            at: date.toISOString().slice(0, 19),
            author,
            text: kind === 'deleted' ? '' : kind === 'media' && index % 2 === 0 ? '' : text,
            kind,
          }
        }),
      ]
    })
}

const LAYOUT: fc.Arbitrary<WhatsAppLayout> = fc.record({
  isBracketed: fc.boolean(),
  order: fc.constantFrom('day-first', 'month-first', 'year-first'),
  isTwelveHour: fc.boolean(),
  hasSeconds: fc.boolean(),
  isTwoDigitYear: fc.boolean(),
  separator: fc.constantFrom('/', '.', '-'),
})

describe('round trips through our own writers', () => {
  it('WhatsApp: every layout, every message back as written', () => {
    fc.assert(
      fc.property(LAYOUT, messagesArbitrary(true), (layout, messages) => {
        const chat = readWhatsAppText(
          writeWhatsAppText(messages, layout),
          'WhatsApp Chat with Round Trip.txt',
        )
        const precision = layout.hasSeconds ? 19 : 16
        expect(chat.problems).toEqual([])
        expect(
          chat.messages.map((message) => [
            message.at.slice(0, precision),
            message.author,
            message.text,
            message.kind,
          ]),
        ).toEqual(
          messages.map((message) => [
            message.at.slice(0, precision),
            message.author,
            message.text,
            message.kind,
          ]),
        )
        expect(new Set(chat.messages.map((message) => message.key)).size).toBe(messages.length)
      }),
      RUNS,
    )
  })

  const exact = fc
    .array(
      fc.tuple(
        fc.nat(400 * 24 * 3600),
        fc
          .string({ minLength: 1, maxLength: 12 })
          .filter((name) => name.trim() !== '' && !/#0$/.test(name)),
        fc.string({ maxLength: 60 }),
        KIND,
        fc.boolean(),
      ),
      { minLength: 1, maxLength: 20 },
    )
    .map((drafts) =>
      drafts
        .map(([second]) => second)
        .sort((left, right) => left - right)
        .map((second, index) => {
          const [, author = 'x', text = '', kind = 'text', isReply = false] = drafts[index] ?? []
          return {
            id: index + 1,
            at: new Date(Date.UTC(2024, 0, 1) + second * 1000).toISOString(),
            author,
            authorId: `user${author.length}${index % 3}`,
            text: kind === 'deleted' ? '' : text,
            kind: kind === 'deleted' ? ('text' as const) : kind,
            replyTo: isReply && index > 0 ? index : null,
          }
        }),
    )

  it('Telegram: text as string or entities, replies, media', () => {
    fc.assert(
      fc.property(exact, fc.boolean(), (drafts, asEntities) => {
        const messages = drafts.map((draft) => ({
          ...draft,
          key: `tg:42:${draft.id}`,
          replyToKey: draft.replyTo === null ? null : `tg:42:${draft.replyTo}`,
        }))
        const [chat] = readTelegramJson(
          JSON.parse(writeTelegramJson({ id: '42', name: 'Round trip' }, messages, { asEntities })),
        )
        expect(
          chat?.messages.map((message) => [
            message.key,
            message.at,
            message.author,
            message.authorId,
            message.text,
            message.kind,
            message.replyToKey,
          ]),
        ).toEqual(
          messages.map((message) => [
            message.key,
            message.at.replace(/\.\d{3}Z$/, '.000Z'),
            message.author,
            message.authorId,
            message.text,
            message.kind,
            message.replyToKey,
          ]),
        )
      }),
      RUNS,
    )
  })

  it('Discord: JSON with replies and attachments, CSV with any text', () => {
    fc.assert(
      fc.property(exact, (drafts) => {
        const messages = drafts.map((draft) => ({
          ...draft,
          key: `discord:${1000 + draft.id}`,
          replyToKey: draft.replyTo === null ? null : `discord:${1000 + draft.replyTo}`,
        }))
        const json = readDiscordJson(
          JSON.parse(writeDiscordJson({ guild: 'G', id: '7', name: 'general' }, messages)),
        )
        const csv = readDiscordCsv(writeDiscordCsv(messages), 'G - general [7].csv')
        const expected = messages.map((message) => [
          message.at,
          message.author,
          message.authorId,
          message.text,
          message.kind,
        ])
        expect(
          json.messages.map((message) => [
            message.at,
            message.author,
            message.authorId,
            message.text,
            message.kind,
          ]),
        ).toEqual(expected)
        expect(json.messages.map((message) => message.replyToKey)).toEqual(
          messages.map((message) => message.replyToKey),
        )
        expect(
          csv.messages.map((message) => [
            message.at,
            message.author,
            message.authorId,
            message.text,
            message.kind,
          ]),
        ).toEqual(expected)
      }),
      RUNS,
    )
  })

  it('Slack: escapes, threads, files and deleted messages', () => {
    fc.assert(
      fc.property(exact, (drafts) => {
        const messages = drafts.map((draft, index) => ({
          ...draft,
          authorId: `U${draft.author.length}X${index % 3}`,
          kind: index % 5 === 4 ? ('deleted' as const) : draft.kind,
          text: index % 5 === 4 ? '' : draft.text,
          key: `slack:C1:${Date.parse(draft.at) / 1000}.000100`,
          replyToKey:
            draft.replyTo === null
              ? null
              : `slack:C1:${Date.parse(drafts[draft.replyTo - 1]?.at ?? '') / 1000}.000100`,
        }))
        // One author name per id, as users.json holds it.
        const names = new Map(messages.map((message) => [message.authorId, message.author]))
        const files = new Map(
          [...writeSlackFiles({ id: 'C1', name: 'general' }, messages)].map(([path, text]) => [
            path,
            JSON.parse(text) as unknown,
          ]),
        )
        const [chat] = readSlackFiles(files)
        expect(
          chat?.messages.map((message) => [
            message.key,
            message.author,
            message.text,
            message.kind,
            message.replyToKey,
          ]),
        ).toEqual(
          messages.map((message) => [
            message.key,
            names.get(message.authorId),
            message.text,
            message.kind,
            message.replyToKey === message.key ? null : message.replyToKey,
          ]),
        )
      }),
      RUNS,
    )
  })
})
