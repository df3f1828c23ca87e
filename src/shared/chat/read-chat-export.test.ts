import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { chatFixtureFolder, readChatFixture } from '../../../tests/fixtures/chat/read-fixture'
import { readChatExport } from './read-chat-export'
import type { ParsedChat } from './types'

const fixture = readChatFixture

function readOne(name: string, bytes: Uint8Array = fixture(name)): ParsedChat {
  const result = readChatExport(bytes, name)
  if (!result.ok) throw new Error(result.reason)
  const [chat] = result.chats
  if (chat === undefined) throw new Error('no chat')
  return chat
}

function rows(chat: ParsedChat): string[] {
  return chat.messages.map(
    (message) =>
      `${message.at} ${message.author} [${message.kind}] ${message.text.replace(/\n/g, '⏎')}`,
  )
}

describe('WhatsApp', () => {
  it('reads an Android day-first export: multi-line, media, deleted, edited, phone authors', () => {
    const chat = readOne('WhatsApp Chat with Leeds Builders.txt')
    expect(chat.chatName).toBe('Leeds Builders')
    expect(chat.chatKey).toBe('whatsapp:leeds builders')
    expect(chat.timeBasis).toBe('wall')
    expect(chat.dateOrder?.order).toBe('day-first')
    expect(chat.dateOrder?.reason).toContain('20/2/2024 on line 1 can only start with a day')
    // Encryption notice, group created, member added, joined by link, left.
    expect(chat.systemCount).toBe(5)
    expect(chat.messages).toHaveLength(18)
    expect(rows(chat).slice(0, 6)).toEqual([
      '2024-02-20T10:02:00 Tom Becker [text] Hi all! Where do we park near the venue?',
      "2024-02-20T10:05:00 Priya Shah [text] There's a car park on Wellington St, about 5 min walk",
      '2024-02-20T18:40:00 +44 7700 900123 [text] Anyone tried the new Rust embedded HAL?',
      '2024-02-21T08:15:00 Tom Becker [media] ',
      '2024-02-21T08:16:00 Tom Becker [deleted] ',
      '2024-02-22T12:00:00 Sam Okafor [text] Shopping list for the next night:⏎- HDMI adapter⏎- pizza for 40⏎- name badges',
    ])
    expect(chat.messages[2]?.authorPhone).toBe('+447700900123')
    expect(chat.messages[8]?.text).toBe('I could show my LoRa weather station some time')
    expect(chat.problems).toEqual([])
  })

  it('reads an Android month-first export with a 12-hour clock, midnight and noon included', () => {
    const chat = readOne('whatsapp-android-us.txt')
    expect(chat.chatName).toBe('Austin Hack Night')
    expect(chat.dateOrder?.order).toBe('month-first')
    expect(rows(chat)).toEqual([
      '2024-03-01T09:07:00 Dana Reyes [text] Welcome! Next night is March 14',
      '2024-03-02T12:30:00 Luis Ortega [text] Can I bring a friend who is not registered?',
      '2024-03-02T12:45:00 Dana Reyes [text] Sure, just sign them in at the door',
      '2024-03-14T23:58:00 Kim Park [text] That was fun. Multi-line thoughts:⏎the robot arm demo⏎and the pizza',
      '2024-03-15T00:01:00 Luis Ortega [media] ',
      '2024-03-15T08:20:00 Dana Reyes [deleted] ',
    ])
  })

  it('reads iOS bracketed exports: seconds, marks, attachments with captions, notices in the group’s name', () => {
    const chat = readOne('whatsapp-ios-uk.txt')
    expect(chat.chatName).toBe('Leeds Builders')
    expect(chat.systemCount).toBe(2)
    expect(rows(chat)).toEqual([
      '2024-02-20T10:02:44 Tom Becker [text] Hi all! Where do we park near the venue?',
      "2024-02-20T10:05:10 Priya Shah [text] There's a car park on Wellington St, about 5 min walk",
      '2024-02-21T08:15:33 Tom Becker [media] ',
      '2024-02-22T12:00:00 Sam Okafor [text] Shopping list for the next night:⏎- HDMI adapter⏎- pizza for 40',
      '2024-02-22T12:01:02 +44\u00a07700\u00a0900123 [deleted] ',
      '2024-03-05T21:40:00 Priya Shah [media] Thanks everyone for coming tonight!',
      '2024-03-13T18:00:12 Tom Becker [text] Anyone going to the Python meetup tonight?',
    ])
    expect(chat.messages[4]?.authorPhone).toBe('+447700900123')
    const us = readOne('whatsapp-ios-us.txt')
    expect(us.dateOrder?.order).toBe('month-first')
    expect(rows(us).at(-2)).toBe('2024-03-15T00:01:00 Luis Ortega [media] ')
    expect(rows(us)[1]).toBe(
      '2024-03-02T12:30:05 Luis Ortega [text] Can I bring a friend who is not registered?',
    )
  })

  it('gives the same keys to the same messages in an Android and an iOS export of one chat', () => {
    const android = readOne('WhatsApp Chat with Leeds Builders.txt')
    const ios = readOne('whatsapp-ios-uk.txt')
    expect(ios.messages[0]?.key).toBe(android.messages[0]?.key)
    expect(ios.chatKey).toBe(android.chatKey)
  })

  it('decides an ambiguous order from the sequence, and says so', () => {
    const chat = readOne('whatsapp-ambiguous-order.txt')
    expect(chat.dateOrder).toEqual({
      order: 'day-first',
      reason:
        'Every date fits both orders; read day first, because the other order would put 1 message before earlier ones.',
    })
    expect(chat.messages.map((message) => message.at.slice(0, 10))).toEqual([
      '2024-02-01',
      '2024-02-02',
      '2024-03-01',
      '2024-03-02',
    ])
  })

  it('falls back to the clock when nothing else decides, and asks for a check', () => {
    const chat = readOne('whatsapp-german.txt')
    expect(chat.dateOrder?.order).toBe('day-first')
    expect(chat.dateOrder?.reason).toContain('24-hour clock')
    expect(chat.systemCount).toBe(1)
    expect(rows(chat)).toEqual([
      '2024-03-05T21:41:00 Jonas Weber [text] Danke für den Abend!',
      '2024-03-06T08:12:00 Mia Braun [text] Wo finde ich die Folien?',
    ])
  })

  it('reads the zip WhatsApp produces, without inflating its media, named after the zip', () => {
    const zip = zipSync({
      '_chat.txt': fixture('WhatsApp Chat with Leeds Builders.txt'),
      'IMG-20240221-WA0001.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
    })
    const result = readChatExport(zip, 'WhatsApp Chat - Leeds Builders.zip')
    expect(result.ok && result.format).toBe('WhatsApp export (zip)')
    expect(result.ok && result.chats[0]?.chatName).toBe('Leeds Builders')
    expect(result.ok && result.chats[0]?.messages).toHaveLength(18)
  })

  it('lists a date that does not exist as a problem and keeps the rest', () => {
    const chat = readOne(
      'x.txt',
      strToU8('31/02/2024, 10:00 - Ana: no such day\n01/03/2024, 10:00 - Ana: fine\n'),
    )
    expect(rows(chat)).toEqual(['2024-03-01T10:00:00 Ana [text] fine'])
    expect(chat.problems).toEqual([
      "Line 1: 31/2/2024 10:00 is no date and time in this file's order; the message was skipped.",
    ])
  })
})

describe('Telegram', () => {
  it('reads one chat: text as string or entities, service messages, replies, media, deleted accounts', () => {
    const chat = readOne('telegram-chat-result.json')
    expect(chat).toMatchObject({
      platform: 'telegram',
      chatKey: 'telegram:1876543210',
      chatName: 'Leeds Builders',
      timeBasis: 'instant',
      systemCount: 3,
    })
    expect(rows(chat)).toEqual([
      '2024-02-20T10:02:44.000Z Tom Becker [text] Hi all! Where do we park near the venue?',
      '2024-02-20T10:05:10.000Z Priya Shah [text] Car park on Wellington St, see https://example.org/parking',
      '2024-02-21T08:15:33.000Z Tom Becker [media] ',
      '2024-03-05T21:52:00.000Z Lena Fischer [text] The Rust on a Pi demo was brilliant, Marta you nailed it',
      '2024-03-06T08:30:00.000Z Marta Nowak [text] Thanks! Slides:⏎https://example.org/rust-pi',
      '2024-03-06T13:05:00.000Z Deleted account [text] any parking near the venue next time?',
    ])
    expect(chat.messages[1]?.replyToKey).toBe(chat.messages[0]?.key)
    expect(chat.messages[1]?.authorId).toBe('user5001')
  })

  it('offers every chat of a whole-account export, groups first', () => {
    const result = readChatExport(fixture('telegram-account-result.json'), 'result.json')
    expect(result.ok && result.format).toBe('Telegram Desktop export (whole account)')
    expect(result.ok && result.chats.map((chat) => chat.chatName)).toEqual([
      'Leeds Builders',
      'Organisers',
      'Tom Becker',
    ])
    expect(result.ok && result.chats[0]?.messages[1]?.text).toBe('Agreed, Rust on a Pi rocked')
  })
})

describe('Discord and Slack', () => {
  it('reads DiscordChatExporter JSON: nicknames, replies, attachments, notices set aside', () => {
    const chat = readOne('Leeds Builders - Text - general [1122334455].json')
    expect(chat.chatName).toBe('Leeds Builders / #general')
    expect(chat.systemCount).toBe(2)
    expect(rows(chat)).toEqual([
      '2024-02-20T10:02:44.120Z Tom Becker [text] Where do we park near the venue?',
      '2024-02-20T10:05:10.000Z priya [text] Wellington St car park',
      '2024-03-05T21:52:00.000Z Lena Fischer [media] ',
    ])
    expect(chat.messages[1]?.replyToKey).toBe('discord:5002')
  })

  it('reads DiscordChatExporter CSV, quoted multi-line content and the older date layout', () => {
    const chat = readOne('Leeds Builders - Text - general [1122334455].csv')
    expect(chat.chatKey).toBe('discord:1122334455')
    expect(rows(chat)).toEqual([
      '2024-02-20T10:02:44.120Z tomb [text] Where do we park near the venue?',
      '2024-02-20T10:05:10.000Z priya [text] Wellington St car park, "the big one"',
      '2024-03-05T21:52:00.000Z lena.f [media] Great night,⏎see you next month',
    ])
    const legacy = readOne('discord-legacy-dates.csv')
    expect(legacy.timeBasis).toBe('wall')
    expect(rows(legacy)).toEqual([
      '2024-03-05T21:52:00 tomb#1234 [text] Great night',
      '2024-03-06T08:30:00 priya#0001 [text] Slides are up',
    ])
  })

  it('reads a Slack workspace zip: a chat per channel, mentions and links as they read, threads, files, deleted', () => {
    const zip = zipSync(chatFixtureFolder('slack-export'))
    const result = readChatExport(zip, 'Leeds Builders Slack export Feb 20 2024 - Mar 14 2024.zip')
    if (!result.ok) throw new Error(result.reason)
    expect(result.format).toBe('Slack workspace export (zip)')
    expect(result.chats.map((chat) => chat.chatName)).toEqual(['#general', '#help'])
    const [general] = result.chats
    expect(general?.systemCount).toBe(1)
    expect(general && rows(general)).toEqual([
      '2024-03-05T21:50:00.000Z Priya [text] Thanks for coming tonight & see the photos',
      '2024-03-05T21:52:00.000Z Tom Becker [text] @Priya great night!',
      '2024-03-06T08:30:00.000Z Tom Becker [media] ',
      '2024-03-06T08:31:40.000Z USLACKBOT [deleted] ',
    ])
    expect(general?.messages[1]?.replyToKey).toBe('slack:C01GENERAL:1709675400.000200')
    expect(general?.messages[0]?.authorPhone).toBe('+447700900001')
  })
})

describe('the committed zip fixtures', () => {
  it.each([
    ['WhatsApp Chat - Leeds Builders.zip', 'WhatsApp export (zip)', ['Leeds Builders'], [7]],
    [
      'Leeds Builders Slack export Feb 20 2024 - Mar 14 2024.zip',
      'Slack workspace export (zip)',
      ['#general', '#help'],
      [4, 1],
    ],
  ])('%s', (name, format, chats, counts) => {
    const result = readChatExport(fixture(name), name)
    if (!result.ok) throw new Error(result.reason)
    expect(result.format).toBe(format)
    expect(result.chats.map((chat) => chat.chatName)).toEqual(chats)
    expect(result.chats.map((chat) => chat.messages.length)).toEqual(counts)
  })
})

describe('what is not a chat', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'is empty'],
    ['an attendee CSV', strToU8('Name,Email\nAna,ana@example.org\n'), 'is not a chat export'],
    ['JSON of something else', strToU8('{"rows": []}'), 'is not a chat export'],
    ['cut-off JSON', strToU8('{"name": "x", "messages": [{"id": 1'), 'cannot be read'],
    ['a zip of photos', zipSync({ 'a.jpg': new Uint8Array([1, 2]) }), 'is a zip without a chat'],
    ['a broken zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'cannot be opened'],
  ])('refuses %s with one line', (_label, bytes, reason) => {
    const result = readChatExport(bytes, 'file')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain(reason)
  })
})
