import { describe, expect, it } from 'vitest'
import type { Platform, RegistrationStatus } from '../domain/schemas'
import { parseText } from './parse'
import { platformProfile } from './platforms/registry'
import {
  detectStatusColumn,
  readCommonWord,
  readStatusWord,
  statusValueTable,
  statusWord,
} from './status-reading'

describe('readCommonWord: yes / maybe / no in the usual phrasings and languages', () => {
  it.each<[string, RegistrationStatus | null]>([
    ['Yes', 'going'],
    ['yes, in person', 'going'],
    ['Yes!', 'going'],
    ['y', 'going'],
    ['Going', 'going'],
    ['Attending', 'going'],
    ["I'll be there", 'going'],
    ['I’ll be there', 'going'],
    ['Ja', 'going'],
    ['Ja, ich komme', 'going'],
    ['Oui, sur place', 'going'],
    ['Sí', 'going'],
    ['Si, presencial', 'going'],
    ['Sim', 'going'],
    ['Zeker', 'going'],
    ['Maybe', 'maybe'],
    ['maybe later', 'maybe'],
    ['Not sure yet', 'maybe'],
    ['Vielleicht', 'maybe'],
    ['Peut-être', 'maybe'],
    ['peut etre', 'maybe'],
    ['Quizás', 'maybe'],
    ['Tal vez', 'maybe'],
    ['Talvez', 'maybe'],
    ['Misschien', 'maybe'],
    ['Não sei', 'maybe'],
    ['Tentative', 'maybe'],
    ['No', 'declined'],
    ['No, online only', 'declined'],
    ['Not going', 'declined'],
    ["Can't make it", 'declined'],
    ['Nein', 'declined'],
    ['Nein, leider nicht', 'declined'],
    ['Non', 'declined'],
    ['Não', 'declined'],
    ['Nee', 'declined'],
    ['nope', 'declined'],
    ['Waitlist', 'waitlist'],
    ['Warteliste', 'waitlist'],
    ['Invited', 'invited'],
    ['Cancelled', 'cancelled'],
    ['Annulé', 'cancelled'],
    // Not answers to "are you coming?": left for the organizer.
    ['Only if the talks are not recorded', null],
    ['TBC', null],
    ['Yesterday', null],
    ['Nobody', null],
    ['', null],
    ['constructor', null],
    ['__proto__', null],
  ])('%j → %s', (answer, expected) => {
    expect(readCommonWord(statusWord(answer))).toBe(expected)
  })
})

/**
 * Every platform's status vocabulary (FORMATS.md) maps to one of the states; a word the platform
 * does not use is read by the common words, else `unknown`, never `going`.
 */
describe.each<[Platform, [string, RegistrationStatus][]]>([
  [
    'luma',
    [
      ['approved', 'going'],
      ['pending_approval', 'waitlist'],
      ['waitlist', 'waitlist'],
      ['invited', 'invited'],
      ['declined', 'declined'],
      ['session_expired', 'unknown'],
    ],
  ],
  [
    'eventbrite',
    [
      ['Attending', 'going'],
      ['Checked In', 'going'],
      ['Not Attending', 'cancelled'],
      ['Deleted', 'cancelled'],
      ['Transferred', 'unknown'],
    ],
  ],
  [
    'meetup',
    [
      ['Yes', 'going'],
      ['Maybe', 'maybe'],
      ['No', 'declined'],
      ['Waitlist', 'waitlist'],
      ['Host', 'unknown'],
    ],
  ],
  [
    'tito',
    [
      ['', 'going'],
      ['2026-05-10 09:00:00 +0100', 'cancelled'],
      ['void', 'cancelled'],
    ],
  ],
  [
    'zoom',
    [
      ['', 'going'],
      ['approved', 'going'],
      ['pending', 'waitlist'],
      ['denied', 'declined'],
      ['blocked', 'unknown'],
    ],
  ],
  [
    'pretix',
    [
      ['Paid', 'going'],
      ['bezahlt', 'going'],
      ['Pending', 'unknown'],
      ['Canceled', 'cancelled'],
      ['storniert', 'cancelled'],
      ['Expired', 'cancelled'],
    ],
  ],
  [
    'humanitix',
    [
      ['Complete', 'going'],
      ['Cancelled', 'cancelled'],
      ['Refunded', 'cancelled'],
      ['Swapped', 'cancelled'],
      ['Awaiting payment', 'unknown'],
    ],
  ],
  [
    'google-forms',
    [
      ['Yes', 'going'],
      ['Maybe', 'maybe'],
      ['No, online only', 'declined'],
      ['', 'unknown'],
      ['Only if the talks are not recorded', 'unknown'],
    ],
  ],
  [
    'generic',
    [
      ['Registered', 'going'],
      ['Yes!', 'going'],
      ['TBC', 'unknown'],
      ['', 'unknown'],
    ],
  ],
])('%s status vocabulary', (platform, cases) => {
  const profile = platformProfile(platform)
  it.each(cases)('%j → %s', (cell, expected) => {
    const word =
      profile.statusFlagWord !== undefined && cell.trim() !== ''
        ? profile.statusFlagWord
        : statusWord(cell)
    expect(readStatusWord(profile, word).reading).toBe(expected)
  })
})

describe('readStatusWord: the organizer’s reading comes first', () => {
  it('reads a remembered value as the organizer said, and says so', () => {
    const profile = platformProfile('google-forms')
    expect(
      readStatusWord(profile, 'only if the talks are not recorded', {
        'only if the talks are not recorded': 'maybe',
      }),
    ).toEqual({ reading: 'maybe', source: 'yours' })
    expect(readStatusWord(profile, 'yes')).toEqual({ reading: 'going', source: 'common' })
    expect(readStatusWord(platformProfile('luma'), 'invited')).toEqual({
      reading: 'invited',
      source: 'platform',
    })
    expect(readStatusWord(profile, 'tbc')).toEqual({ reading: 'unknown', source: 'unread' })
  })
})

describe('statusValueTable: each distinct value, its rows and its reading', () => {
  it('groups spellings of one word, most rows first, and counts the unknown rows', () => {
    const table = statusValueTable(
      'Will you attend in person?',
      [
        { value: 'Yes', rows: 9 },
        { value: 'yes ', rows: 1 },
        { value: 'Maybe', rows: 4 },
        { value: 'No, online only', rows: 3 },
        { value: 'Only if the talks are not recorded', rows: 1 },
      ],
      'google-forms',
    )
    expect(table.values.map((entry) => [entry.value, entry.rows, entry.reading])).toEqual([
      ['Yes', 10, 'going'],
      ['Maybe', 4, 'maybe'],
      ['No, online only', 3, 'declined'],
      ['Only if the talks are not recorded', 1, 'unknown'],
    ])
    expect(table.unknownRows).toBe(1)
  })

  it('shows a flag column (Tito’s void times) as one value', () => {
    const table = statusValueTable(
      'Void Status',
      [
        { value: '', rows: 3 },
        { value: '2026-05-10 09:00:00 +0100', rows: 1 },
        { value: '2026-05-15 12:00:00 +0100', rows: 1 },
      ],
      'tito',
    )
    expect(table.values.map((entry) => [entry.value, entry.rows, entry.reading])).toEqual([
      ['', 3, 'going'],
      ['voided', 2, 'cancelled'],
    ])
  })
})

function records(text: string) {
  const parsed = parseText(text, 'utf-8')
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.table
}

describe('detectStatusColumn: the RSVP question found by its answers', () => {
  it.each<[string, string, string | null]>([
    [
      'an English question with yes / maybe / no-like answers',
      'Timestamp,Name,Will you attend in person?\n1,A,Yes\n2,B,Maybe\n3,C,"No, online only"\n4,D,Yes\n',
      'Will you attend in person?',
    ],
    [
      'a German question',
      'Zeitstempel,Name,Kommst du vor Ort?\n1,A,Ja\n2,B,Vielleicht\n3,C,Nein\n',
      'Kommst du vor Ort?',
    ],
    [
      'a Portuguese question',
      'Timestamp,Nome,Você vai comparecer?\n1,A,Sim\n2,B,Talvez\n3,C,Não\n',
      'Você vai comparecer?',
    ],
    [
      'a French question with accents',
      'Horodateur,Nom,Serez-vous présent(e) ?\n1,A,Oui\n2,B,Peut-être\n3,C,Non\n',
      'Serez-vous présent(e) ?',
    ],
    [
      'answers that read as RSVP under a header that does not say so, with a maybe',
      'Timestamp,Name,Your answer\n1,A,Going\n2,B,Not going\n3,C,Maybe\n4,D,Going\n',
      'Your answer',
    ],
    [
      'a plain yes/no question is not an RSVP',
      'Timestamp,Name,Do you need a parking spot?\n1,A,Yes\n2,B,No\n3,C,No\n',
      null,
    ],
    [
      'the RSVP question wins over a yes/no question beside it',
      'Timestamp,Name,Need parking?,Will you join us?\n1,A,No,Yes\n2,B,Yes,Maybe\n3,C,No,No\n',
      'Will you join us?',
    ],
    [
      'free text is no answer list',
      'Timestamp,Name,Will you attend?\n1,A,I think so but my train is late\n2,B,Probably not sure\n3,C,We will see\n',
      null,
    ],
  ])('%s', (_case, text, expected) => {
    const table = records(text)
    const used = new Set(['Name', 'Nome', 'Nom'])
    expect(detectStatusColumn(table.header, table.records, used)).toBe(expected)
  })
})
