import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../tests/fixtures/csv/read-fixture'
import { PLATFORMS } from '../domain/schemas'
import type { Platform } from '../domain/schemas'
import { guessColumnMapping } from './column-mapping'
import { detectPlatform } from './detect-platform'
import { INFO_REQUESTED_REASON, mapRows, NO_IDENTITY_REASON } from './map-rows'
import { parseTable, parseText } from './parse'
import type { ColumnMapping, ImportedRow, MappedRows, ParsedTable, RowError } from './types'
import { IMPORT_FIELDS } from './types'

/** line, name, e-mail, status, attendance, row key, person id: what the import preview lists. */
type RowView = [number, string, string, string, string, string, string]

function view(row: ImportedRow): RowView {
  return [
    row.line,
    row.name,
    row.email,
    row.status,
    row.attendance,
    row.sourceKey,
    row.platformPersonId,
  ]
}

function importFixture(name: string): MappedRows {
  const result = parseTable(readFixture(name))
  if (!result.ok) throw new Error(`${name}: ${result.reason}`)
  const { platform } = detectPlatform(result.table.header)
  return mapRows(result.table, guessColumnMapping(result.table.header, platform), platform)
}

function importText(text: string, platform?: Platform): MappedRows {
  const result = parseText(text, 'utf-8')
  if (!result.ok) throw new Error(result.reason)
  const chosen = platform ?? detectPlatform(result.table.header).platform
  return mapRows(result.table, guessColumnMapping(result.table.header, chosen), chosen)
}

interface Expected {
  rows: RowView[]
  rowErrors: RowError[]
  duplicatesCollapsed: number
  hasAttendanceData: boolean
}

describe('mapRows: given this export → these registrations', () => {
  it.each<[string, Expected]>([
    [
      'luma-old.csv',
      {
        rows: [
          [2, 'Ada Lovelace', 'ada@example.com', 'going', 'checked-in', 'gst-a1B2c3', ''],
          [3, 'Grace Hopper', 'grace@example.com', 'going', 'no-show', 'gst-d4E5f6', ''],
          // No `name`: first_name + last_name.
          [
            5,
            'Katherine Johnson',
            'katherine@example.com',
            'going',
            'checked-in',
            'gst-g7H8i9',
            '',
          ],
          [6, 'Linus T', 'linus@example.com', 'waitlist', 'unknown', 'gst-j1K2l3', ''],
          // Waitlisted but checked in: let in at the door.
          [7, 'Margaret H', 'margaret@example.com', 'going', 'checked-in', 'gst-m4N5o6', ''],
          [8, 'Invited Ivy', 'ivy@example.com', 'invited', 'unknown', 'gst-p7Q8r9', ''],
          [9, 'Declined Dan', 'dan@example.com', 'declined', 'unknown', 'gst-s1T2u3', ''],
        ],
        rowErrors: [],
        duplicatesCollapsed: 0,
        hasAttendanceData: true,
      },
    ],
    [
      'luma-2026.csv',
      {
        rows: [
          [2, 'Ravi Patel', 'ravi@example.com', 'going', 'unknown', 'gst-2026Aa', ''],
          [3, 'Sofia Rossi', 'sofia@example.com', 'going', 'unknown', 'gst-2026Bb', ''],
          [4, 'Noah Cohen', 'noah@example.com', 'waitlist', 'unknown', 'gst-2026Cc', ''],
        ],
        rowErrors: [],
        duplicatesCollapsed: 1,
        hasAttendanceData: false,
      },
    ],
    [
      'eventbrite-us.csv',
      {
        rows: [
          [
            2,
            'Jane Doe',
            'jane.doe@example.com',
            'going',
            'checked-in',
            '10234567891-1550000001',
            '',
          ],
          [
            3,
            'John Smith',
            'john.smith@example.com',
            'going',
            'no-show',
            '10234567892-1550000002',
            '',
          ],
          [
            5,
            'Priya Raman',
            'priya@example.org',
            'cancelled',
            'unknown',
            '10234567893-1550000004',
            '',
          ],
          [
            6,
            'Luis García',
            'luis@example.net',
            'going',
            'checked-in',
            '10234567894-1550000005',
            '',
          ],
        ],
        rowErrors: [{ line: 4, reason: INFO_REQUESTED_REASON }],
        duplicatesCollapsed: 0,
        hasAttendanceData: true,
      },
    ],
    [
      'eventbrite-uk.csv',
      {
        rows: [
          [
            2,
            'Olivia Brown',
            'olivia.brown@example.co.uk',
            'going',
            'unknown',
            '7701112223-2990000001',
            '',
          ],
          [
            3,
            "Harry O'Neill",
            'harry@example.co.uk',
            'going',
            'unknown',
            '7701112224-2990000002',
            '',
          ],
        ],
        rowErrors: [],
        duplicatesCollapsed: 0,
        hasAttendanceData: false,
      },
    ],
    [
      'meetup-rsvps.csv',
      {
        rows: [
          [2, 'Tom B.', '', 'going', 'unknown', '12345678', '12345678'],
          [3, 'Anna K.', '', 'going', 'unknown', '23456789', '23456789'],
          [4, 'Samir', '', 'declined', 'unknown', '34567890', '34567890'],
          // Two different members share the abbreviated name; their ids keep them apart.
          [5, 'Tom B.', '', 'waitlist', 'unknown', '45678901', '45678901'],
        ],
        rowErrors: [],
        duplicatesCollapsed: 0,
        hasAttendanceData: false,
      },
    ],
    [
      'tito-tickets.csv',
      {
        rows: [
          [2, 'Mei Lin', 'mei@example.com', 'going', 'checked-in', 'QRST-1', ''],
          [3, 'Kofi Mensah', 'kofi@example.com', 'going', 'no-show', 'UVWX-1', ''],
          [4, 'Rita Voided', 'rita@example.com', 'cancelled', 'unknown', 'YZAB-1', ''],
          // Unassigned: the buyer holds the ticket.
          [5, 'Buyer Person', 'buyer@example.com', 'going', 'no-show', 'CDEF-2', ''],
        ],
        rowErrors: [],
        duplicatesCollapsed: 0,
        hasAttendanceData: true,
      },
    ],
    [
      'zoom-webinar-report.csv',
      {
        rows: [
          [13, 'Jane Doe', 'jane@example.com', 'going', 'checked-in', '', ''],
          [14, 'Bob Absent', 'bob@example.com', 'going', 'no-show', '', ''],
          [16, 'Carol Ng', 'carol@example.com', 'going', 'checked-in', '', ''],
        ],
        rowErrors: [],
        duplicatesCollapsed: 1,
        hasAttendanceData: true,
      },
    ],
    [
      'pretix-semicolon.csv',
      {
        rows: [
          [2, 'Eva Example', 'eva@example.org', 'going', 'checked-in', 'ABC12', ''],
          // Same order, second ticket, the order's e-mail: a row key of its own.
          [3, 'Fritz Example', 'eva@example.org', 'going', 'no-show', 'ABC12-2', ''],
          // Box office: no e-mail, still a person.
          [4, 'Walk-in Wanda', '', 'going', 'checked-in', 'BOX01', ''],
          [5, '+Plus Person', 'plus@example.org', 'going', 'no-show', 'DEF34', ''],
        ],
        rowErrors: [],
        duplicatesCollapsed: 0,
        hasAttendanceData: true,
      },
    ],
    [
      'pretix-german.csv',
      {
        rows: [
          [2, 'Jürgen Weiß', 'juergen@example.de', 'going', 'checked-in', 'KX9P2', ''],
          [3, 'Anke Vogel', 'anke@example.de', 'going', 'no-show', 'LM3Q7', ''],
        ],
        rowErrors: [],
        duplicatesCollapsed: 0,
        hasAttendanceData: true,
      },
    ],
    [
      'google-forms-responses.csv',
      {
        rows: [
          [3, 'Lee Chen', 'lee@example.com', 'going', 'unknown', '', ''],
          [5, 'Sam Park', 'sam@example.com', 'going', 'unknown', '', ''],
        ],
        rowErrors: [],
        duplicatesCollapsed: 1,
        hasAttendanceData: false,
      },
    ],
    [
      'sessionize-sessions.csv',
      {
        rows: [
          [2, 'Alice Author', 'alice@example.com', 'going', 'unknown', '3f1c-aa01', ''],
          [3, 'Bob Builder', 'bob@example.com', 'going', 'unknown', '7b2d-bb02', ''],
        ],
        rowErrors: [],
        duplicatesCollapsed: 1,
        hasAttendanceData: false,
      },
    ],
    [
      'windows-1252-semicolon.csv',
      {
        rows: [
          [2, 'José Müller', 'jose@example.de', 'going', 'unknown', '', ''],
          [3, 'Zoë Ångström', 'zoe@example.se', 'going', 'unknown', '', ''],
          [4, 'Renée O’Brien', 'renee@example.ie', 'going', 'unknown', '', ''],
        ],
        rowErrors: [],
        duplicatesCollapsed: 0,
        hasAttendanceData: false,
      },
    ],
    [
      'utf16le-tab.csv',
      {
        rows: [
          [2, 'Jane Doe', 'jane@example.com', 'going', 'unknown', '', ''],
          [3, '田中 花子', 'hanako@example.jp', 'going', 'unknown', '', ''],
        ],
        rowErrors: [],
        duplicatesCollapsed: 0,
        hasAttendanceData: false,
      },
    ],
    [
      'unicode-names.csv',
      {
        rows: [
          [2, '山田 太郎', 'taro@example.jp', 'going', 'unknown', '', ''],
          [3, 'مريم العلي', 'maryam@example.com', 'going', 'unknown', '', ''],
          [4, 'Zoë 🚀 Kim', 'zoe@example.com', 'going', 'unknown', '', ''],
          [5, 'Josu\u00e9 Mart\u00edn', 'josue@example.com', 'going', 'unknown', '', ''],
          [6, '👩\u200D💻 Dev', 'dev@example.com', 'going', 'unknown', '', ''],
        ],
        rowErrors: [],
        duplicatesCollapsed: 0,
        hasAttendanceData: false,
      },
    ],
    [
      'no-email.csv',
      {
        rows: [
          [2, 'Door Sale Dora', '', 'going', 'unknown', '', ''],
          [3, 'Phone Invite Pete', '', 'going', 'unknown', '', ''],
          [5, 'Bad Email Bea', '', 'going', 'unknown', '', ''],
        ],
        rowErrors: [{ line: 4, reason: NO_IDENTITY_REASON }],
        duplicatesCollapsed: 0,
        hasAttendanceData: false,
      },
    ],
    [
      'pasted-twice.csv',
      {
        rows: [
          [2, 'Jane Doe', 'jane@example.com', 'going', 'unknown', '', ''],
          [3, 'John Smith', 'john@example.com', 'going', 'unknown', '', ''],
          [6, 'John Smith', 'john@example.com', 'cancelled', 'unknown', '', ''],
        ],
        rowErrors: [],
        duplicatesCollapsed: 1,
        hasAttendanceData: false,
      },
    ],
    [
      'ragged-rows.csv',
      {
        rows: [
          [2, 'Jane Doe', 'jane@example.com', 'going', 'unknown', '', ''],
          [5, 'Mia Wong', 'mia@example.com', 'going', 'unknown', '', ''],
        ],
        rowErrors: [],
        duplicatesCollapsed: 0,
        hasAttendanceData: false,
      },
    ],
    [
      'unclosed-quote.csv',
      {
        rows: [
          [2, 'Jane Doe', 'jane@example.com', 'going', 'unknown', '', ''],
          [4, 'Mia Wong', 'mia@example.com', 'going', 'unknown', '', ''],
          [5, 'Omar Haddad', 'omar@example.com', 'going', 'unknown', '', ''],
        ],
        rowErrors: [],
        duplicatesCollapsed: 0,
        hasAttendanceData: false,
      },
    ],
    [
      'blank-rows.csv',
      {
        rows: [
          [3, 'Jane Doe', 'jane@example.com', 'going', 'unknown', '', ''],
          [7, 'John Smith', 'john@example.com', 'going', 'unknown', '', ''],
        ],
        rowErrors: [],
        duplicatesCollapsed: 0,
        hasAttendanceData: false,
      },
    ],
  ])('%s', (name, expected) => {
    const mapped = importFixture(name)
    expect({
      rows: mapped.rows.map(view),
      rowErrors: mapped.rowErrors,
      duplicatesCollapsed: mapped.duplicatesCollapsed,
      hasAttendanceData: mapped.hasAttendanceData,
    }).toEqual(expected)
  })
})

describe('mapRows keeps what the columns say as answers', () => {
  it('Luma: questions with commas and line breaks kept, empty cells and the QR link left out', () => {
    const [ada, grace] = importFixture('luma-old.csv').rows
    expect(ada?.answers).toEqual({
      'What are you building?': 'A compiler, in Rust',
      amount: '0',
      amount_tax: '0',
      amount_discount: '0',
    })
    expect(grace?.answers).toMatchObject({
      phone_number: '+15550100',
      'What are you building?': 'Line one\nLine two',
    })
    expect(ada?.registeredAt).toBe('2026-03-01T10:00:00.000Z')
    expect(ada?.ticketType).toBe('Standard')
  })

  it('Tito: `-` is an unanswered question, not an answer', () => {
    const [mei, kofi] = importFixture('tito-tickets.csv').rows
    expect(mei?.answers).toMatchObject({
      'Dietary requirements': 'Vegetarian',
      'T-shirt size': 'M',
    })
    expect(kofi?.answers['Dietary requirements']).toBeUndefined()
    expect(kofi?.answers['Ticket Company Name']).toBeUndefined()
    expect(kofi?.answers['Unique Ticket URL']).toBeUndefined()
  })

  it('Zoom: a rejoin adds its minutes and its leave time; `--` is empty', () => {
    const [jane, bob] = importFixture('zoom-webinar-report.csv').rows
    expect(jane?.answers).toMatchObject({
      'Join Time': 'Mar 1, 2026 05:01 PM',
      'Leave Time': 'Mar 1, 2026 06:05 PM',
      'Time in Session (minutes)': '55',
    })
    expect(bob?.answers).toEqual({
      'Is Guest': 'Yes',
      'Country/Region Name': 'United Kingdom',
    })
  })

  it("pretix: the leading `'` formula escape is removed", () => {
    const [eva] = importFixture('pretix-semicolon.csv').rows
    expect(eva?.answers).toMatchObject({
      "What's your favourite language?": '=SUM(A1:A2)',
      Company: '-Minus GmbH',
      Price: '12,50',
    })
  })

  it('Google Forms: the last of a double submission wins', () => {
    const sam = importFixture('google-forms-responses.csv').rows[1]
    expect(sam?.registeredAt).toBe('8/31/2023 19:11:45')
    expect(sam?.answers).toEqual({
      'Which talks, if any, will you attend?': 'Keynote, Lightning talks, Workshop',
      'Anything else?': 'Sorry — submitted twice',
    })
  })

  it('Sessionize: a co-speaker row carries the session above it', () => {
    const [alice, bob] = importFixture('sessionize-sessions.csv').rows
    expect(bob?.answers).toMatchObject({ 'Session Id': '101', Title: 'Shipping Demos Weekly' })
    expect(bob?.answers.TagLine).toBe('Co-speaker')
    expect(alice?.answers.Title).toBe('Shipping Demos Weekly')
  })

  it('Meetup: guests are kept as an answer', () => {
    expect(importFixture('meetup-rsvps.csv').rows[0]?.answers).toMatchObject({
      Guests: '1',
      'What are you hacking on?': 'A CLI, in Go',
    })
  })

  it('a `__proto__` column is an answer like any other and touches no prototype', () => {
    const [jane] = importFixture('proto-header.csv').rows
    expect(Object.keys(jane?.answers ?? {})).toEqual(['__proto__', 'constructor', 'toString'])
    expect(Object.getOwnPropertyDescriptor(jane?.answers, '__proto__')?.value).toBe('polluted?')
    expect(Object.getPrototypeOf(jane?.answers)).toBe(Object.prototype)
    expect(JSON.parse(JSON.stringify(jane?.answers))).toEqual(
      JSON.parse('{"__proto__":"polluted?","constructor":"ctor","toString":"str"}'),
    )
  })

  it('leading zeros and formula-like cells stay exactly as written', () => {
    const [jane] = importFixture('leading-zeros.csv').rows
    expect(jane?.answers).toEqual({
      'Member Number': '01234',
      Zip: '02134',
      Phone: '+4915112345678',
    })
    const [eve, frank] = importFixture('formula-cells.csv').rows
    expect(eve?.name).toBe('=HYPERLINK("http://evil.example","click")')
    expect(eve?.answers).toEqual({ Company: '+Plus Inc', Notes: '@mention' })
    expect(frank?.answers).toEqual({ Company: '-Minus Ltd', Notes: '=1+2' })
  })

  it('an e-mail cell that is not an address is kept as an answer, not used as identity', () => {
    const bea = importFixture('no-email.csv').rows[2]
    expect(bea?.email).toBe('')
    expect(bea?.answers).toEqual({ Email: 'n/a' })
  })
})

describe('mapRows: what each platform’s values mean', () => {
  const lumaHeader = 'api_id,name,email,approval_status,checked_in_at'
  it.each([
    ['approved', '', 'going', 'no-show'],
    ['approved', '2026-03-12T18:05:00Z', 'going', 'checked-in'],
    ['pending_approval', '', 'waitlist', 'unknown'],
    ['waitlist', '', 'waitlist', 'unknown'],
    ['waitlist', '2026-03-12T18:05:00Z', 'going', 'checked-in'],
    ['invited', '', 'invited', 'unknown'],
    ['declined', '', 'declined', 'unknown'],
  ])('Luma %s, checked_in_at %j → %s, %s', (approval, checkedIn, status, attendance) => {
    // A second, checked-in guest makes this a file with check-in data.
    const text = `${lumaHeader}\ngst-1,A,a@example.com,${approval},${checkedIn}\ngst-2,B,b@example.com,approved,2026-03-12T18:00:00Z\n`
    expect(importText(text).rows[0]).toMatchObject({ status, attendance })
  })

  it.each([
    ['Checked In', 'going', 'checked-in'],
    ['Attending', 'going', 'no-show'],
    ['Not Attending', 'cancelled', 'unknown'],
  ])('Eventbrite %s (in a file with check-ins) → %s, %s', (value, status, attendance) => {
    const text = `Order #,Attendee #,First Name,Last Name,Email,Attendee Status\n1,11,A,A,a@example.com,${value}\n2,22,B,B,b@example.com,Checked In\n`
    expect(importText(text).rows[0]).toMatchObject({ status, attendance })
  })

  it('Eventbrite: `Attending` means nothing about attendance when nobody is checked in', () => {
    const text =
      'Order #,Attendee #,First Name,Last Name,Email,Attendee Status\n1,11,A,A,a@example.com,Attending\n'
    const mapped = importText(text)
    expect(mapped.hasAttendanceData).toBe(false)
    expect(mapped.rows[0]?.attendance).toBe('unknown')
  })

  it('Eventbrite: an `Info Requested` ticket with an e-mail of its own is kept, unnamed', () => {
    const text =
      'Order #,Attendee #,First Name,Last Name,Email,Attendee Status\n1,11,Ann,Lee,ann@example.com,Attending\n1,12,Info Requested,Info Requested,guest@example.com,Attending\n1,13,Info Requested,Info Requested,,Attending\n'
    const mapped = importText(text)
    expect(mapped.rows.map(view)).toEqual([
      [2, 'Ann Lee', 'ann@example.com', 'going', 'unknown', '1-11', ''],
      [3, '', 'guest@example.com', 'going', 'unknown', '1-12', ''],
    ])
    expect(mapped.rowErrors).toEqual([{ line: 4, reason: INFO_REQUESTED_REASON }])
  })

  it.each([
    ['Yes', 'going'],
    ['No', 'declined'],
    ['Waitlist', 'waitlist'],
  ])('Meetup RSVP %s → %s, attendance unknown', (rsvp, status) => {
    const text = `Name,User ID,RSVP,RSVPed on\nTom B.,user 99,${rsvp},03/14/2026\n`
    expect(importText(text).rows[0]).toMatchObject({
      status,
      attendance: 'unknown',
      platformPersonId: '99',
      email: '',
    })
  })

  it('Tito: any of several check-in lists counts; Void Status cancels', () => {
    const text =
      'Ticket Reference,Ticket Full Name,Ticket Email,Void Status,Check-ins: Day 1,Check-ins: Day 2\nA-1,Ann,ann@example.com,,,2026-05-21 09:00\nB-1,Ben,ben@example.com,,-,-\nC-1,Cat,cat@example.com,voided,,\n'
    expect(importText(text).rows.map(view)).toEqual([
      [2, 'Ann', 'ann@example.com', 'going', 'checked-in', 'A-1', ''],
      [3, 'Ben', 'ben@example.com', 'going', 'no-show', 'B-1', ''],
      [4, 'Cat', 'cat@example.com', 'cancelled', 'unknown', 'C-1', ''],
    ])
  })

  it.each([
    ['Yes', 'checked-in'],
    ['No', 'no-show'],
  ])('Zoom Attended %s → %s', (attended, attendance) => {
    const text = `Attended,User Name (Original Name),Email,Is Guest\n${attended},Ann,ann@example.com,Yes\n`
    const mapped = importText(text)
    expect(mapped.hasAttendanceData).toBe(true)
    expect(mapped.rows[0]?.attendance).toBe(attendance)
  })

  it('Zoom: a rejoin that attended makes the person checked in, even after a `No` row', () => {
    const text =
      'Attended,User Name (Original Name),Email,Time in Session (minutes),Is Guest\nNo,Ann,ann@example.com,--,Yes\nYes,Ann,ANN@example.com,12,Yes\n'
    const mapped = importText(text)
    expect(mapped.rows.map(view)).toEqual([
      [2, 'Ann', 'ann@example.com', 'going', 'checked-in', '', ''],
    ])
    expect(mapped.rows[0]?.answers['Time in Session (minutes)']).toBe('12')
    expect(mapped.duplicatesCollapsed).toBe(1)
  })

  it('pretix: a position column makes the row key order code + position', () => {
    const text =
      'Order code;Position ID;Attendee name;E-mail;Checked in\nABC12;1;Eva;eva@example.org;\nABC12;2;Fritz;eva@example.org;\n'
    expect(importText(text).rows.map((row) => row.sourceKey)).toEqual(['ABC12-1', 'ABC12-2'])
  })

  it.each([
    ['Yes', 'checked-in'],
    ['no', 'no-show'],
    ['x', 'checked-in'],
    ['2026-03-12 18:00', 'checked-in'],
    ['', 'no-show'],
  ])('generic `Attended` %j → %s', (value, attendance) => {
    const text = `Name,Email,Attended\nAnn,ann@example.com,${value}\nBen,ben@example.com,No\n`
    expect(importText(text).rows[0]?.attendance).toBe(attendance)
  })

  it.each([
    ['registered', 'going'],
    ['Confirmed', 'going'],
    ['Wait List', 'waitlist'],
    ['Not going', 'declined'],
    ['Refunded', 'cancelled'],
    ['Canceled', 'cancelled'],
    // A word nobody knows is never taken as going (DESIGN.md §1.3).
    ['something new', 'unknown'],
    ['constructor', 'unknown'],
    ['__proto__', 'unknown'],
  ])('generic status %j → %s', (value, status) => {
    expect(importText(`Name,Email,Status\nAnn,ann@example.com,${value}\n`).rows[0]?.status).toBe(
      status,
    )
  })

  it('builds the name from first and last when there is no name column', () => {
    const text = 'First Name,Last Name,Email\n  Ada ,Lovelace,ADA@example.com\nGrace,,\n'
    expect(importText(text).rows.map(view)).toEqual([
      [2, 'Ada Lovelace', 'ada@example.com', 'going', 'unknown', '', ''],
      [3, 'Grace', '', 'going', 'unknown', '', ''],
    ])
  })

  it('Google Forms: submissions without an e-mail are never folded together', () => {
    const text = 'Timestamp,Your name\n1/1/2026 10:00,Ann\n1/1/2026 10:01,Ann\n1/1/2026 10:02,Ben\n'
    const mapped = importText(text)
    expect(mapped.rows.map((row) => [row.line, row.name])).toEqual([
      [2, 'Ann'],
      [3, 'Ann'],
      [4, 'Ben'],
    ])
    expect(mapped.duplicatesCollapsed).toBe(0)
  })

  it('a row key seen twice keeps the later row (a newer download pasted below)', () => {
    const text =
      'api_id,name,email,approval_status,checked_in_at\ngst-1,Ann,ann@example.com,pending_approval,\ngst-1,Ann,ann@example.com,approved,\n'
    const mapped = importText(text)
    expect(mapped.rows.map(view)).toEqual([
      [3, 'Ann', 'ann@example.com', 'going', 'unknown', 'gst-1', ''],
    ])
    expect(mapped.duplicatesCollapsed).toBe(1)
  })

  it('ignores a mapping to a column the file does not have', () => {
    const result = parseText('Name,Email\nAnn,ann@example.com\n', 'utf-8')
    if (!result.ok) throw new Error(result.reason)
    const mapping: ColumnMapping = { name: 'Name', email: 'E-mail', status: 'Nope' }
    expect(mapRows(result.table, mapping, 'generic').rows.map(view)).toEqual([
      [2, 'Ann', '', 'going', 'unknown', '', ''],
    ])
  })
})

describe('mapRows properties', () => {
  const table = fc
    .tuple(
      fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 5 }),
      fc.integer({ min: 0, max: 6 }),
    )
    .chain(([header, rowCount]) =>
      fc.record({
        header: fc.constant(header),
        records: fc.array(
          fc.record({
            line: fc.integer({ min: 2, max: 1000 }),
            cells: fc.array(fc.string({ maxLength: 10 }), {
              minLength: header.length,
              maxLength: header.length,
            }),
          }),
          { minLength: rowCount, maxLength: rowCount },
        ),
        mapping: fc.dictionary(fc.constantFrom(...IMPORT_FIELDS), fc.constantFrom(...header, 'x')),
      }),
    )

  it('never throws, and every row has a person to attach to', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(...PLATFORMS),
        ({ header, records, mapping }, platform) => {
          const parsedTable: ParsedTable = {
            encoding: 'utf-8',
            delimiter: ',',
            headerLine: 1,
            header,
            records,
            problems: [],
          }
          const mapped = mapRows(parsedTable, mapping as ColumnMapping, platform)
          for (const row of mapped.rows) {
            expect(row.email !== '' || row.name !== '' || row.platformPersonId !== '').toBe(true)
            if (!mapped.hasAttendanceData) expect(row.attendance).toBe('unknown')
          }
          expect(mapped.rows.length + mapped.rowErrors.length + mapped.duplicatesCollapsed).toBe(
            records.length,
          )
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('mapRows: a row is a repeat only when every cell equals an earlier row', () => {
  function tableOf(header: string[], rows: string[][]): ParsedTable {
    return {
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
      header,
      records: rows.map((cells, index) => ({ line: index + 2, cells })),
      problems: [],
    }
  }

  it.each([
    ['a cell border in another place', ['Ann', 'x,y'], ['Ann,x', 'y']],
    ['a NUL inside a cell', ['Ann\u0000', 'x'], ['Ann', '\u0000x']],
    ['a different last cell', ['Ann', 'x'], ['Ann', 'x ']],
  ])('keeps two rows that differ by %s', (_, first, second) => {
    const mapped = mapRows(tableOf(['Name', 'Q'], [first, second]), { name: 'Name' }, 'generic')
    expect(mapped.rows).toHaveLength(2)
    expect(mapped.duplicatesCollapsed).toBe(0)
  })

  it('finds every repeat when each column alone repeats a lot', () => {
    // 4 × 4 × 4 distinct rows, pasted twice: every column repeats its values far more often than
    // rows repeat, which is the file a single-column shortcut would have to give up on.
    const letters = ['a', 'b', 'c', 'd']
    const distinct = letters.flatMap((name) =>
      letters.flatMap((q1) => letters.map((q2) => [name, q1, q2])),
    )
    const mapped = mapRows(
      tableOf(['Name', 'Q1', 'Q2'], [...distinct, ...distinct]),
      { name: 'Name' },
      'generic',
    )
    expect(mapped.rows.map((row) => [row.name, row.answers])).toEqual(
      distinct.map(([name, q1, q2]) => [name, { Q1: q1, Q2: q2 }]),
    )
    expect(mapped.duplicatesCollapsed).toBe(distinct.length)
  })
})
