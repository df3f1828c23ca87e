import { describe, expect, it } from 'vitest'
import { readChatFixture } from '../../../tests/fixtures/chat/read-fixture'
import { EMPTY_CHAT_FILE, type ChatFile } from '../domain/chat-schemas'
import { emptyWorkspaceFiles } from '../schema/workspace'
import { keepDeletedPeopleDeleted } from '../schema/workspace-file'
import { makeDemo, makeEvent, makePerson } from '../testing/factories'
import {
  applyChatImport,
  forgetPersonInChats,
  undoChatImport,
  wallTimeReader,
} from './apply-chat-import'
import { chatAuthors, decideAuthorLink, suggestAuthorLinks } from './chat-authors'
import { nightPulse, nightTerms } from './night-pulse'
import { readChatExport } from './read-chat-export'
import { frictionTextOf, recurringQuestions } from './recurring-questions'
import type { ParsedChat } from './types'
import { activeVoices, quietTalkers, weeklyPulse } from './weekly-pulse'

const NOW = new Date('2024-03-14T10:00:00Z')

function parsed(name: string): ParsedChat {
  const result = readChatExport(readChatFixture(name), name)
  if (!result.ok || result.chats[0] === undefined) throw new Error('unreadable fixture')
  return result.chats[0]
}

function imported(
  file: ChatFile = EMPTY_CHAT_FILE,
  name = 'WhatsApp Chat with Leeds Builders.txt',
  importId = 'import1',
) {
  return applyChatImport(file, parsed(name), {
    importId,
    newChatId: 'chat1',
    fileName: name,
    format: 'WhatsApp export (.txt)',
    timeZone: 'Europe/London',
    now: NOW,
  })
}

const rustNight = makeEvent({
  id: 'night12',
  title: 'Leeds Builders #12 — Rust on a Pi',
  start: '2024-03-05T18:30',
  end: '2024-03-05T21:30',
  timeZone: 'Europe/London',
})
const hardwareNight = makeEvent({
  id: 'night11',
  title: 'Leeds Builders #11 — Hardware hack',
  start: '2024-02-24T18:00',
  end: '2024-02-24T21:00',
  timeZone: 'Europe/London',
})
const marta = makePerson('marta', { name: 'Marta Nowak' })
const rustDemo = makeDemo('demo1', 'presented', {
  eventId: 'night12',
  personId: 'marta',
  title: 'Rust on a Pi',
})

describe('importing a chat', () => {
  it('stores every message once, with instants read in the workspace zone', () => {
    const { file, report } = imported()
    expect(report).toMatchObject({
      chatName: 'Leeds Builders',
      isChatCreated: true,
      added: 18,
      alreadyHeld: 0,
      skippedDeleted: 0,
    })
    // 20 Feb 10:02 in London (GMT) and 5 Mar 21:40 (still GMT).
    expect(file.chatMessages[0]?.at).toBe('2024-02-20T10:02:00.000Z')
    expect(file.chatMessages[0]?.authorKey).toBe('name:tom becker')
    expect(file.chatMessages[2]?.authorKey).toBe('phone:700900123')
  })

  it('adds only the new messages of a later export of the same chat, and undoes exactly that', () => {
    const first = imported(EMPTY_CHAT_FILE, 'whatsapp-ios-uk.txt', 'import1')
    const second = imported(first.file, 'WhatsApp Chat with Leeds Builders.txt', 'import2')
    // The same chat exported from an Android phone: keys are the minute, author, kind and text, so
    // the 4 messages both files hold alike are kept once; a caption or a longer list is new.
    expect(second.report.isChatCreated).toBe(false)
    expect(second.report).toMatchObject({ added: 14, alreadyHeld: 4 })
    const again = imported(second.file, 'WhatsApp Chat with Leeds Builders.txt', 'import3')
    expect(again.report).toMatchObject({ added: 0, alreadyHeld: 18 })
    const undone = undoChatImport(second.file, 'import2', NOW)
    expect(undone.ok && undone.file.chatMessages).toEqual(first.file.chatMessages)
    expect(undone.ok && undone.isChatRemoved).toBe(false)
    const all = undoChatImport(first.file, 'import1', NOW)
    expect(all.ok && all.file.chats).toEqual([])
  })

  it('removes a person deleted on request from the chat, and a re-import does not bring them back', () => {
    const { file } = imported()
    const links = decideAuthorLink(
      file.chatAuthorLinks,
      { chatId: 'chat1', authorKey: 'name:tom becker', personId: 'tom', isSamePerson: true },
      NOW,
    )
    const forgotten = forgetPersonInChats({ ...file, chatAuthorLinks: links }, 'tom')
    expect(forgotten.removed).toBe(5)
    expect(forgotten.file.chatMessages.some((message) => message.author === 'Tom Becker')).toBe(
      false,
    )
    expect(JSON.stringify(forgotten.file)).not.toContain('Tom Becker')
    const again = imported(forgotten.file, 'WhatsApp Chat with Leeds Builders.txt', 'import2')
    expect(again.report).toMatchObject({ added: 0, skippedDeleted: 5, alreadyHeld: 13 })
  })
})

describe('phone clocks', () => {
  it.each([
    ['2024-07-01T12:00:00', '2024-07-01T11:00:00.000Z'],
    ['2024-01-15T12:00:30', '2024-01-15T12:00:30.000Z'],
    // The day clocks go forward: 00:30 is still GMT, 03:00 is BST.
    ['2024-03-31T00:30:00', '2024-03-31T00:30:00.000Z'],
    ['2024-03-31T03:00:00', '2024-03-31T02:00:00.000Z'],
  ])('reads %s in London as %s', (wall, instant) => {
    expect(wallTimeReader('Europe/London')(wall)).toBe(instant)
  })
})

describe('authors and people', () => {
  it('suggests people by phone and by name, never links them, and remembers a no', () => {
    const { file } = imported()
    const authors = chatAuthors(file.chatMessages, file.chatAuthorLinks)
    const people = [
      makePerson('tom', { name: 'Tom B.' }),
      makePerson('lena', { name: 'Lena Fischer' }),
      makePerson('raj', { name: 'Raj Patel' }),
      marta,
    ]
    const phones = new Map([['raj', ['07700 900123']]])
    const suggestions = suggestAuthorLinks(authors, file.chatAuthorLinks, people, phones)
    expect(
      suggestions.map((entry) => [entry.authorName, entry.personName, entry.evidence]),
    ).toEqual([
      ['Tom Becker', 'Tom B.', 'name fits (Tom Becker · Tom B.)'],
      ['+44 7700 900123', 'Raj Patel', 'same phone number (+447700900123)'],
      ['Lena Fischer', 'Lena Fischer', 'same name'],
      ['Marta Nowak', 'Marta Nowak', 'same name'],
    ])
    const links = decideAuthorLink(
      file.chatAuthorLinks,
      { chatId: 'chat1', authorKey: 'name:tom becker', personId: 'tom', isSamePerson: false },
      NOW,
    )
    expect(
      suggestAuthorLinks(authors, links, people, phones).map((entry) => entry.authorName),
    ).not.toContain('Tom Becker')
  })
})

describe('after a night', () => {
  const { file } = imported()
  const chat = { id: 'chat1', messages: file.chatMessages, lastImportAt: NOW.toISOString() }

  it('counts the discussion against the usual level and lists the messages about the night', () => {
    const terms = nightTerms(rustNight, [rustDemo], new Map([['marta', marta]]), 'Leeds Builders')
    const pulse = nightPulse(rustNight, chat, terms)
    expect(pulse.coverage).toBe('covered')
    expect(pulse.isSilent).toBe(false)
    expect(pulse.messages).toBe(8)
    expect(pulse.voices).toBe(6)
    expect(pulse.mentions.map((mention) => [mention.author, mention.matched])).toEqual([
      ['Priya Shah', ['the night (“tonight”)']],
      ['Lena Fischer', ['title “Rust on a Pi”', 'demo “Rust on a Pi”', 'speaker Marta Nowak']],
      ['Tom Becker', ['title “Rust on a Pi”', 'demo “Rust on a Pi”', 'the night (“great night”)']],
      ['Marta Nowak', ['title “Rust on a Pi”', 'demo “Rust on a Pi”']],
      ['Sam Okafor', ['speaker Marta Nowak', 'the night (“the night”)']],
      ['+44 7700 900123', ['the night (“demo night”)']],
      ['Priya Shah', ['the night (“the night”)']],
    ])
    expect(pulse.usual?.messagesPerDay).toBeCloseTo(9 / 14)
    expect(pulse.summary).toBe(
      '7 messages about the night from 6 voices; 2.7 messages a day in the 3 days from it (usually 0.6 a day).',
    )
  })

  it('flags a night nobody mentioned', () => {
    const pulse = nightPulse(
      hardwareNight,
      chat,
      nightTerms(hardwareNight, [], new Map(), 'Leeds Builders'),
    )
    expect(pulse.isSilent).toBe(true)
    expect(pulse.messages).toBe(2)
    expect(pulse.summary).toBe(
      'No discussion: none of the 2 messages in the 3 days from the night mention it, its demos or its speakers.',
    )
  })

  it('does not call a night silent when the export ends before it', () => {
    const later = makeEvent({
      id: 'night13',
      title: 'Leeds Builders #13',
      start: '2024-04-02T18:30',
      end: '2024-04-02T21:30',
      timeZone: 'Europe/London',
    })
    const pulse = nightPulse(
      later,
      { ...chat, lastImportAt: '2024-03-14T10:00:00.000Z' },
      nightTerms(later, [], new Map()),
    )
    expect(pulse.coverage).toBe('ends-before')
    expect(pulse.isSilent).toBe(false)
  })
})

describe('week by week, quiet talkers, recurring questions', () => {
  const { file } = imported()

  it('counts messages, voices and replies per week, quiet weeks included', () => {
    expect(weeklyPulse(file.chatMessages, 'Europe/London')).toEqual([
      { week: '2024-02-19', messages: 6, voices: 4, replies: 0 },
      { week: '2024-02-26', messages: 3, voices: 3, replies: 0 },
      { week: '2024-03-04', messages: 8, voices: 6, replies: 0 },
      { week: '2024-03-11', messages: 1, voices: 1, replies: 0 },
    ])
    expect(
      activeVoices(file.chatMessages, [], '2024-01-01')
        .slice(0, 2)
        .map((voice) => [voice.name, voice.messages]),
    ).toEqual([
      ['Tom Becker', 5],
      ['Priya Shah', 4],
    ])
  })

  it('offers people who talk but never demoed, with their messages as the reason', () => {
    const links = decideAuthorLink(
      decideAuthorLink(
        [],
        { chatId: 'chat1', authorKey: 'phone:700900123', personId: 'raj', isSamePerson: true },
        NOW,
      ),
      { chatId: 'chat1', authorKey: 'name:marta nowak', personId: 'marta', isSamePerson: true },
      NOW,
    )
    const talkers = quietTalkers(
      file.chatMessages,
      links,
      [rustDemo],
      new Set(),
      new Map([['chat1', 'Leeds Builders']]),
    )
    expect(talkers.map((talker) => [talker.personId, talker.reason])).toEqual([
      ['raj', '3 messages in Leeds Builders; never demoed.'],
    ])
    expect(talkers[0]?.samples[0]?.text).toBe(
      'Same, the demo night was great. Pi cluster next time?',
    )
  })

  it('finds the parking question asked in three different weeks, with the words they share', () => {
    const [question, ...others] = recurringQuestions(file.chatMessages)
    expect(others).toEqual([])
    expect(question?.weeks).toBe(3)
    expect(question?.sharedWords).toEqual(['park', 'near', 'venue'])
    expect(question?.messages.map((message) => message.text)).toEqual([
      'Hi all! Where do we park near the venue?',
      'Is there parking near the venue?',
      'any parking near the venue next time? I circled for 20 min',
    ])
    expect(question && frictionTextOf(question, 'Leeds Builders')).toBe(
      'Asked again and again in Leeds Builders: “Where do we park near the venue?” (3 times over 3 weeks, 2024-02-20 to 2024-03-06)',
    )
  })
})

describe('a workspace replaced by an older copy (a restore, an import)', () => {
  it('keeps a person deleted here out of its chats', () => {
    const { file } = imported()
    const links = decideAuthorLink(
      file.chatAuthorLinks,
      { chatId: 'chat1', authorKey: 'name:tom becker', personId: 'tom', isSamePerson: true },
      NOW,
    )
    const before = { ...file, chatAuthorLinks: links }
    // Here, Tom was deleted on request after the copy was taken.
    const here = forgetPersonInChats(before, 'tom').file
    const incoming = { ...emptyWorkspaceFiles(), chat: before }
    const { files } = keepDeletedPeopleDeleted(incoming, [], NOW, here.chatTombstones)
    expect(files.chat.chatMessages.some((message) => message.author === 'Tom Becker')).toBe(false)
    expect(files.chat.chatMessages).toHaveLength(13)
    expect(files.chat.chatAuthorLinks).toEqual([])
    expect(files.chat.chatTombstones).toEqual(here.chatTombstones)
  })
})
