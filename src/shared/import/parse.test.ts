import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../tests/fixtures/csv/read-fixture'
import { parseTable, parseText } from './parse'
import type { ParsedTable, Problem } from './types'

function parseFixture(name: string): ParsedTable {
  const result = parseTable(readFixture(name))
  if (!result.ok) throw new Error(`${name}: ${result.reason}`)
  return result.table
}

function parsed(text: string): ParsedTable {
  const result = parseText(text, 'utf-8')
  if (!result.ok) throw new Error(result.reason)
  return result.table
}

interface FixtureShape {
  encoding: ParsedTable['encoding']
  delimiter: ParsedTable['delimiter']
  headerLine: number
  columns: number
  firstColumn: string
  lines: number[]
  problems: Problem[]
}

const skippedUnclosed = 'a quote opened in this row is never closed; the row was skipped'

describe('parseTable: each fixture gives this header, these rows and these problems', () => {
  it.each<[string, FixtureShape]>([
    [
      'luma-old.csv',
      {
        encoding: 'utf-8-bom',
        delimiter: ',',
        headerLine: 1,
        columns: 23,
        firstColumn: 'api_id',
        // Grace's answer holds a line break, so her record spans lines 3–4.
        lines: [2, 3, 5, 6, 7, 8, 9],
        problems: [],
      },
    ],
    [
      'luma-2026.csv',
      {
        encoding: 'utf-8-bom',
        delimiter: ',',
        headerLine: 1,
        columns: 23,
        firstColumn: 'guest_id',
        lines: [2, 3, 4, 5],
        problems: [],
      },
    ],
    [
      'eventbrite-us.csv',
      {
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        columns: 26,
        firstColumn: 'Order #',
        lines: [2, 3, 4, 5, 6],
        problems: [],
      },
    ],
    [
      'eventbrite-uk.csv',
      {
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        columns: 25,
        firstColumn: 'Order #',
        lines: [2, 3],
        problems: [],
      },
    ],
    [
      'meetup-rsvps.csv',
      {
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        columns: 10,
        firstColumn: 'Name',
        lines: [2, 3, 4, 5],
        problems: [],
      },
    ],
    [
      'tito-tickets.csv',
      {
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        columns: 22,
        firstColumn: 'Number',
        lines: [2, 3, 4, 5],
        problems: [],
      },
    ],
    [
      'zoom-webinar-report.csv',
      {
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 12,
        columns: 14,
        firstColumn: 'Attended',
        lines: [13, 14, 15, 16],
        problems: [],
      },
    ],
    [
      'pretix-semicolon.csv',
      {
        encoding: 'utf-8',
        delimiter: ';',
        headerLine: 1,
        columns: 14,
        firstColumn: 'Order code',
        lines: [2, 3, 4, 5],
        problems: [],
      },
    ],
    [
      'pretix-german.csv',
      {
        encoding: 'utf-8',
        delimiter: ';',
        headerLine: 1,
        columns: 7,
        firstColumn: 'Bestellnummer',
        lines: [2, 3],
        problems: [],
      },
    ],
    [
      'google-forms-responses.csv',
      {
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        columns: 5,
        firstColumn: 'Timestamp',
        lines: [2, 3, 5],
        problems: [],
      },
    ],
    [
      'sessionize-sessions.csv',
      {
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        columns: 13,
        firstColumn: 'Session Id',
        lines: [2, 3, 4],
        problems: [],
      },
    ],
    [
      'windows-1252-semicolon.csv',
      {
        encoding: 'windows-1252',
        delimiter: ';',
        headerLine: 1,
        columns: 5,
        firstColumn: 'Name',
        lines: [2, 3, 4],
        problems: [],
      },
    ],
    [
      'utf16le-tab.csv',
      {
        encoding: 'utf-16le',
        delimiter: '\t',
        headerLine: 1,
        columns: 4,
        firstColumn: 'Name',
        lines: [2, 3],
        problems: [],
      },
    ],
    [
      'blank-rows.csv',
      {
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        columns: 3,
        firstColumn: 'Name',
        lines: [3, 7],
        problems: [],
      },
    ],
    [
      'ragged-rows.csv',
      {
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        columns: 3,
        firstColumn: 'Name',
        lines: [2, 5],
        problems: [
          { line: 3, message: 'has 5 cells but the header has 3 columns; the row was skipped' },
          { line: 4, message: 'has 1 cell but the header has 3 columns; the row was skipped' },
        ],
      },
    ],
    [
      'unclosed-quote.csv',
      {
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        columns: 3,
        firstColumn: 'Name',
        lines: [2, 4, 5],
        problems: [{ line: 3, message: skippedUnclosed }],
      },
    ],
    [
      'pasted-twice.csv',
      {
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        columns: 3,
        firstColumn: 'Name',
        // The header repeated on line 4 is not a person.
        lines: [2, 3, 5, 6],
        problems: [],
      },
    ],
    [
      'tab-heavy.csv',
      {
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        columns: 3,
        firstColumn: 'Name',
        lines: [2, 3, 4],
        problems: [],
      },
    ],
    [
      'no-email.csv',
      {
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        columns: 4,
        firstColumn: 'Name',
        lines: [2, 3, 4, 5],
        problems: [],
      },
    ],
    [
      'unicode-names.csv',
      {
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        columns: 2,
        firstColumn: 'Name',
        lines: [2, 3, 4, 5, 6],
        problems: [],
      },
    ],
  ])('%s', (name, shape) => {
    const table = parseFixture(name)
    expect({
      encoding: table.encoding,
      delimiter: table.delimiter,
      headerLine: table.headerLine,
      columns: table.header.length,
      firstColumn: table.header[0],
      lines: table.records.map((record) => record.line),
      problems: table.problems,
    }).toEqual(shape)
    for (const record of table.records) expect(record.cells).toHaveLength(table.header.length)
  })

  it.each([
    ['empty.csv', 'the file is empty'],
    ['header-only.csv', 'the file has a header but no rows'],
    [
      'no-header.csv',
      'the first row looks like data, not column names — add a header row (name, email, …)',
    ],
    ['png-renamed.csv', 'looks like a PNG image, not a CSV file'],
    ['xlsx-renamed.csv', 'looks like an Excel .xlsx or a zip file — export as CSV'],
  ])('refuses %s: %s', (name, reason) => {
    expect(parseTable(readFixture(name))).toEqual({ ok: false, reason })
  })
})

describe('parseTable keeps every cell exactly as written', () => {
  it('keeps leading zeros and plus signs (no automatic typing)', () => {
    const table = parseFixture('leading-zeros.csv')
    expect(table.records.map((record) => record.cells)).toEqual([
      ['Jane Doe', 'jane@example.com', '01234', '02134', '+4915112345678'],
      ['John Smith', 'john@example.com', '00077', '00501', '0044 20 7946 0000'],
    ])
  })

  it('keeps cells that start with = + - @ as text', () => {
    const table = parseFixture('formula-cells.csv')
    expect(table.records.map((record) => record.cells)).toEqual([
      ['=HYPERLINK("http://evil.example","click")', 'eve@example.com', '+Plus Inc', '@mention'],
      ['Frank Formula', 'frank@example.com', '-Minus Ltd', '=1+2'],
    ])
  })

  it('keeps a `__proto__` header as a plain column and leaves prototypes alone', () => {
    const table = parseFixture('proto-header.csv')
    expect(table.header).toEqual(['name', 'email', '__proto__', 'constructor', 'toString'])
    expect(table.records[0]?.cells).toEqual([
      'Jane Doe',
      'jane@example.com',
      'polluted?',
      'ctor',
      'str',
    ])
    expect(({} as Record<string, unknown>)['polluted?']).toBeUndefined()
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  })

  it('reads quoted commas and line breaks inside cells, with CRLF turned into LF', () => {
    const luma = parseFixture('luma-old.csv')
    expect(luma.records[0]?.cells[22]).toBe('A compiler, in Rust')
    expect(luma.records[1]?.cells[22]).toBe('Line one\nLine two')
    const forms = parseFixture('google-forms-responses.csv')
    expect(forms.header[3]).toBe('Which talks, if any, will you attend?')
    expect(forms.records[1]?.cells[4]).toBe('Line one\nline two, with a comma')
  })

  it('keeps tabs inside cells of a comma file', () => {
    expect(parseFixture('tab-heavy.csv').records[0]?.cells[2]).toBe('likes\ttabs\tand\tmore\ttabs')
  })

  it('keeps Excel-mangled numbers and decimal commas of a Windows-1252 `;` file', () => {
    expect(parseFixture('windows-1252-semicolon.csv').records[0]?.cells).toEqual([
      'José Müller',
      'jose@example.de',
      'Café Größe GmbH',
      '1,34682E+10',
      '12,50 €',
    ])
  })

  it('reads commas inside the cells of a UTF-16 tab-separated file', () => {
    expect(parseFixture('utf16le-tab.csv').records.map((record) => record.cells)).toEqual([
      ['Jane Doe', 'jane@example.com', 'Berlin, Germany', 'likes, commas'],
      ['田中 花子', 'hanako@example.jp', 'Tokyo, Japan', ''],
    ])
  })
})

describe('parseText on the shapes real files take', () => {
  it.each<[string, string, { delimiter: string; header: string[]; rows: [number, string[]][] }]>([
    [
      'CRLF and no newline at the end',
      'name,email\r\nJane,j@example.com\r\nJohn,jo@example.com',
      {
        delimiter: ',',
        header: ['name', 'email'],
        rows: [
          [2, ['Jane', 'j@example.com']],
          [3, ['John', 'jo@example.com']],
        ],
      },
    ],
    [
      'old Mac CR line endings',
      'name,email\rJane,j@example.com\r',
      { delimiter: ',', header: ['name', 'email'], rows: [[2, ['Jane', 'j@example.com']]] },
    ],
    [
      'Excel’s sep= hint line',
      'sep=;\nname;email\nJane;j@example.com\n',
      { delimiter: ';', header: ['name', 'email'], rows: [[3, ['Jane', 'j@example.com']]] },
    ],
    [
      'a `;` file whose every row has one decimal comma',
      'name;price;email\nJane;1,50;j@example.com\nJohn;2,50;jo@example.com\n',
      {
        delimiter: ';',
        header: ['name', 'price', 'email'],
        rows: [
          [2, ['Jane', '1,50', 'j@example.com']],
          [3, ['John', '2,50', 'jo@example.com']],
        ],
      },
    ],
    [
      'a tab file with commas in its cells',
      'name\tcity\nJane\tBerlin, Germany\nJohn\tParis, France\n',
      {
        delimiter: '\t',
        header: ['name', 'city'],
        rows: [
          [2, ['Jane', 'Berlin, Germany']],
          [3, ['John', 'Paris, France']],
        ],
      },
    ],
    [
      'trailing delimiters on the header and rows',
      'name,email,\nJane,j@example.com,\n',
      { delimiter: ',', header: ['name', 'email'], rows: [[2, ['Jane', 'j@example.com']]] },
    ],
    [
      'a one-column file',
      'email\na@example.com\nb@example.com\n',
      {
        delimiter: ',',
        header: ['email'],
        rows: [
          [2, ['a@example.com']],
          [3, ['b@example.com']],
        ],
      },
    ],
    [
      'blank lines before the header',
      '\n\nname,email\nJane,j@example.com\n',
      { delimiter: ',', header: ['name', 'email'], rows: [[4, ['Jane', 'j@example.com']]] },
    ],
    [
      'a Zoom attendee section that ends at a blank line',
      'Attendee Report\nTopic,Webinar ID\nLaunch,123\nAttendee Details\nAttended,User Name (Original Name),Email\nYes,Jane,j@example.com\n\nSummary,x\n',
      {
        delimiter: ',',
        header: ['Attended', 'User Name (Original Name)', 'Email'],
        rows: [[6, ['Yes', 'Jane', 'j@example.com']]],
      },
    ],
    [
      'spaces around header names',
      ' name , email \nJane,j@example.com\n',
      { delimiter: ',', header: ['name', 'email'], rows: [[2, ['Jane', 'j@example.com']]] },
    ],
  ])('%s', (_label, text, expected) => {
    const table = parsed(text)
    expect({
      delimiter: table.delimiter,
      header: table.header,
      rows: table.records.map((record) => [record.line, record.cells]),
    }).toEqual(expected)
    expect(table.problems).toEqual([])
  })

  it.each([
    [
      'an unclosed quote on the last line',
      'name,email\nJane,j@example.com\n"John,jo@example.com\n',
      [[2, ['Jane', 'j@example.com']]],
      [{ line: 3, message: skippedUnclosed }],
    ],
    [
      'text after a closing quote on one line: kept, with a warning',
      'name,email\n"Bob" "Smith",b@example.com\n',
      [[2, ['Bob" "Smith', 'b@example.com']]],
      [
        {
          line: 2,
          message:
            'a quoted cell has text after its closing quote; the row was read as best it could',
        },
      ],
    ],
    [
      'a ragged row between good rows',
      'name,email\nJane,j@example.com\nJohn\nMia,m@example.com\n',
      [
        [2, ['Jane', 'j@example.com']],
        [4, ['Mia', 'm@example.com']],
      ],
      [{ line: 3, message: 'has 1 cell but the header has 2 columns; the row was skipped' }],
    ],
  ])('%s', (_label, text, rows, problems) => {
    const table = parsed(text)
    expect(table.records.map((record) => [record.line, record.cells])).toEqual(rows)
    expect(table.problems).toEqual(problems)
  })

  it.each([
    ['', 'the file is empty'],
    ['  \n\n', 'the file is empty'],
    ['name,email\n\n\n', 'the file has a header but no rows'],
    ['name,email\n,\n', 'the file has a header but no rows'],
    [
      'jane@example.com,Jane\n',
      'the first row looks like data, not column names — add a header row (name, email, …)',
    ],
    [
      '2026-03-01,42,17.5\n2026-03-02,43,18\n',
      'the first row looks like data, not column names — add a header row (name, email, …)',
    ],
  ])('refuses %j', (text, reason) => {
    expect(parseText(text, 'utf-8')).toEqual({ ok: false, reason })
  })
})

const CSV_CHARACTERS = [
  'a',
  'Z',
  '1',
  '0',
  ' ',
  '"',
  ',',
  ';',
  '\t',
  '\n',
  '\r',
  '=',
  '@',
  'é',
  '😀',
]

describe('parseTable and parseText properties', () => {
  it('never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = parseTable(bytes)
        expect(typeof result.ok).toBe('boolean')
      }),
      { numRuns: 400 },
    )
  })

  it('never throw on CSV-like text, and every kept row fits the header', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...CSV_CHARACTERS), maxLength: 300 }),
        (text) => {
          const result = parseText(text, 'utf-8')
          if (!result.ok) {
            expect(result.reason).toMatch(/^[^\n]+$/)
            return
          }
          const { table } = result
          let previousLine = table.headerLine
          for (const record of table.records) {
            expect(record.cells).toHaveLength(table.header.length)
            expect(record.line).toBeGreaterThan(previousLine)
            previousLine = record.line
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  it('reads back the cells of any CSV written from string cells', () => {
    const cell = fc.string({
      unit: fc.constantFrom(...CSV_CHARACTERS.filter((char) => char !== '\r')),
      maxLength: 12,
    })
    const header = ['name', 'email', 'note']
    const row = fc
      .tuple(cell, cell, cell)
      .filter((cells) => cells.some((value) => value.trim() !== ''))
      .filter((cells) => cells.map((value) => value.trim()).join() !== header.join())
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        (rows, newline) => {
          const text = Papa.unparse({ fields: header, data: rows }, { newline })
          const table = parsed(text)
          expect(table.delimiter).toBe(',')
          expect(table.header).toEqual(header)
          expect(table.records.map((record) => record.cells)).toEqual(rows)
          expect(table.problems).toEqual([])
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('parseTable with NUL bytes', () => {
  it('skips the damaged row, reports its line and keeps the others', () => {
    const bytes = new TextEncoder().encode(
      'name,email\nAna,ana@example.com\nJane\u0000Doe,jane@example.com\nBo,bo@example.com\n',
    )
    const result = parseTable(bytes)
    expect(result.ok && result.table.records).toEqual([
      { line: 2, cells: ['Ana', 'ana@example.com'] },
      { line: 4, cells: ['Bo', 'bo@example.com'] },
    ])
    expect(result.ok && result.table.problems).toEqual([
      { line: 3, message: 'contains NUL bytes (damaged data); the row was skipped' },
    ])
  })

  it('reads a header with a NUL in a column name', () => {
    const result = parseTable(new TextEncoder().encode('na\u0000me,email\nAna,a@example.com\n'))
    expect(result.ok && result.table.header).toEqual(['name', 'email'])
  })

  it('reads the fixture as a table whose one row is reported', () => {
    const table = parseFixture('nul-bytes.csv')
    expect(table.records).toEqual([])
    expect(table.problems).toEqual([
      { line: 2, message: 'contains NUL bytes (damaged data); the row was skipped' },
    ])
  })

  it('refuses a file past the size limit before reading it', () => {
    const result = parseTable(new TextEncoder().encode('name\n' + 'x\n'.repeat(2000)), {
      maxBytes: 1024,
    })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain('larger than the 1 KB an attendee file can be')
  })
})
