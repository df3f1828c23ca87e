import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../tests/fixtures/csv/read-fixture'
import { formatInspectReport, inspectBytes } from './inspect'
import type { InspectReport, ReadableInspectReport } from './inspect'

function inspectFixture(name: string): ReadableInspectReport {
  const report = inspectBytes(readFixture(name), name)
  if (!report.ok) throw new Error(`${name}: ${report.reason}`)
  return report
}

type Summary = Pick<
  ReadableInspectReport,
  | 'platform'
  | 'encoding'
  | 'delimiter'
  | 'headerLine'
  | 'dataRows'
  | 'importedRows'
  | 'duplicatesCollapsed'
  | 'rowsWithoutEmail'
  | 'hasAttendanceData'
  | 'mappingIssues'
> & { problemLines: number[] }

function summarise(report: ReadableInspectReport): Summary {
  return {
    platform: report.platform,
    encoding: report.encoding,
    delimiter: report.delimiter,
    headerLine: report.headerLine,
    dataRows: report.dataRows,
    importedRows: report.importedRows,
    duplicatesCollapsed: report.duplicatesCollapsed,
    rowsWithoutEmail: report.rowsWithoutEmail,
    hasAttendanceData: report.hasAttendanceData,
    mappingIssues: report.mappingIssues,
    problemLines: report.problems.map((problem) => problem.line),
  }
}

const base: Omit<Summary, 'platform' | 'dataRows' | 'importedRows'> = {
  encoding: 'utf-8',
  delimiter: ',',
  headerLine: 1,
  duplicatesCollapsed: 0,
  rowsWithoutEmail: 0,
  hasAttendanceData: false,
  mappingIssues: [],
  problemLines: [],
}

describe('inspectBytes: what `inspect` reports for each fixture', () => {
  it.each<[string, Summary]>([
    [
      'luma-old.csv',
      {
        ...base,
        platform: 'luma',
        encoding: 'utf-8-bom',
        dataRows: 7,
        importedRows: 7,
        hasAttendanceData: true,
      },
    ],
    [
      'luma-2026.csv',
      {
        ...base,
        platform: 'luma',
        encoding: 'utf-8-bom',
        dataRows: 4,
        importedRows: 3,
        duplicatesCollapsed: 1,
      },
    ],
    [
      'eventbrite-us.csv',
      {
        ...base,
        platform: 'eventbrite',
        dataRows: 5,
        importedRows: 4,
        hasAttendanceData: true,
        problemLines: [4],
      },
    ],
    ['eventbrite-uk.csv', { ...base, platform: 'eventbrite', dataRows: 2, importedRows: 2 }],
    [
      'meetup-rsvps.csv',
      { ...base, platform: 'meetup', dataRows: 4, importedRows: 4, rowsWithoutEmail: 4 },
    ],
    [
      'tito-tickets.csv',
      { ...base, platform: 'tito', dataRows: 4, importedRows: 4, hasAttendanceData: true },
    ],
    [
      'zoom-webinar-report.csv',
      {
        ...base,
        platform: 'zoom',
        headerLine: 12,
        dataRows: 4,
        importedRows: 3,
        duplicatesCollapsed: 1,
        hasAttendanceData: true,
      },
    ],
    [
      'pretix-semicolon.csv',
      {
        ...base,
        platform: 'pretix',
        delimiter: ';',
        dataRows: 4,
        importedRows: 4,
        rowsWithoutEmail: 1,
        hasAttendanceData: true,
      },
    ],
    [
      'pretix-german.csv',
      {
        ...base,
        platform: 'pretix',
        delimiter: ';',
        dataRows: 2,
        importedRows: 2,
        hasAttendanceData: true,
      },
    ],
    [
      'google-forms-responses.csv',
      {
        ...base,
        platform: 'google-forms',
        dataRows: 3,
        importedRows: 2,
        duplicatesCollapsed: 1,
      },
    ],
    [
      'sessionize-sessions.csv',
      { ...base, platform: 'sessionize', dataRows: 3, importedRows: 2, duplicatesCollapsed: 1 },
    ],
    [
      'windows-1252-semicolon.csv',
      {
        ...base,
        platform: 'generic',
        encoding: 'windows-1252',
        delimiter: ';',
        dataRows: 3,
        importedRows: 3,
      },
    ],
    [
      'utf16le-tab.csv',
      {
        ...base,
        platform: 'generic',
        encoding: 'utf-16le',
        delimiter: '\t',
        dataRows: 2,
        importedRows: 2,
      },
    ],
    [
      'ragged-rows.csv',
      { ...base, platform: 'generic', dataRows: 2, importedRows: 2, problemLines: [3, 4] },
    ],
    [
      'unclosed-quote.csv',
      { ...base, platform: 'generic', dataRows: 3, importedRows: 3, problemLines: [3] },
    ],
    [
      'no-email.csv',
      {
        ...base,
        platform: 'generic',
        dataRows: 4,
        importedRows: 3,
        rowsWithoutEmail: 3,
        problemLines: [4],
      },
    ],
    [
      'pasted-twice.csv',
      { ...base, platform: 'generic', dataRows: 4, importedRows: 3, duplicatesCollapsed: 1 },
    ],
    ['blank-rows.csv', { ...base, platform: 'generic', dataRows: 2, importedRows: 2 }],
    ['tab-heavy.csv', { ...base, platform: 'generic', dataRows: 3, importedRows: 3 }],
    ['leading-zeros.csv', { ...base, platform: 'generic', dataRows: 2, importedRows: 2 }],
    ['formula-cells.csv', { ...base, platform: 'generic', dataRows: 2, importedRows: 2 }],
    ['proto-header.csv', { ...base, platform: 'generic', dataRows: 1, importedRows: 1 }],
    ['unicode-names.csv', { ...base, platform: 'generic', dataRows: 5, importedRows: 5 }],
  ])('%s', (name, expected) => {
    expect(summarise(inspectFixture(name))).toEqual(expected)
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
    expect(inspectBytes(readFixture(name), name)).toEqual({ ok: false, fileName: name, reason })
  })

  it('lists parse problems and row errors together, by line', () => {
    const report = inspectBytes(
      new TextEncoder().encode('Name,Email\n,\nAnn,ann@example.com\nBen\n"Cy,cy@example.com\n'),
      'mixed.csv',
    )
    expect(report.ok && report.problems).toEqual([
      { line: 4, message: 'has 1 cell but the header has 2 columns; the row was skipped' },
      { line: 5, message: 'a quote opened in this row is never closed; the row was skipped' },
    ])
    const withRowError = inspectBytes(
      new TextEncoder().encode('Name,Email,Note\nBen\n,,just a note\n'),
      'row-error.csv',
    )
    expect(withRowError.ok && withRowError.problems).toEqual([
      { line: 2, message: 'has 1 cell but the header has 3 columns; the row was skipped' },
      { line: 3, message: 'no e-mail, no name and no person id' },
    ])
  })

  it('reports a mapping that cannot import anything, and still reads the file', () => {
    const report = inspectBytes(new TextEncoder().encode('Company,Notes\nAcme,hi\n'), 'x.csv')
    expect(report.ok && report.mappingIssues).toEqual([
      'map a name, an e-mail or a person id column: without one no row can become a person',
    ])
  })
})

describe('every quirk in FORMATS.md "What real files do to an importer"', () => {
  const rowsOf = (name: string) => inspectFixture(name).rows
  it.each<[string, () => void]>([
    [
      'e-mail differing in case or surrounding spaces',
      () => {
        expect(rowsOf('luma-old.csv')[0]?.email).toBe('ada@example.com')
      },
    ],
    [
      'a second address (plus-addressing) is kept as written, for identity to judge',
      () => {
        const report = inspectBytes(
          new TextEncoder().encode('Name,Email\nAnn,Ann+work@Example.com\n'),
          'x',
        )
        expect(report.ok && report.rows[0]?.email).toBe('ann+work@example.com')
      },
    ],
    [
      'two different people sharing a name, abbreviated on Meetup',
      () => {
        const toms = rowsOf('meetup-rsvps.csv').filter((row) => row.name === 'Tom B.')
        expect(toms.map((row) => row.platformPersonId)).toEqual(['12345678', '45678901'])
      },
    ],
    [
      'Unicode names: CJK with ideographic spaces, right-to-left, decomposed accents, emoji',
      () => {
        expect(rowsOf('unicode-names.csv').map((row) => row.name)).toEqual([
          '山田 太郎',
          'مريم العلي',
          'Zoë 🚀 Kim',
          'Josu\u00e9 Mart\u00edn',
          '👩\u200D💻 Dev',
        ])
      },
    ],
    [
      'exact duplicates (two downloads pasted together)',
      () => {
        expect(inspectFixture('pasted-twice.csv').duplicatesCollapsed).toBe(1)
      },
    ],
    [
      'double form submissions',
      () => {
        expect(rowsOf('google-forms-responses.csv').map((row) => row.email)).toEqual([
          'lee@example.com',
          'sam@example.com',
        ])
      },
    ],
    [
      'voided tickets',
      () => {
        expect(rowsOf('tito-tickets.csv')[2]?.status).toBe('cancelled')
      },
    ],
    [
      'unassigned tickets',
      () => {
        expect(rowsOf('tito-tickets.csv')[3]?.email).toBe('buyer@example.com')
      },
    ],
    [
      'rows without e-mail (door sales, phone-only invites)',
      () => {
        expect(inspectFixture('no-email.csv').rowsWithoutEmail).toBe(3)
      },
    ],
    [
      'blank and all-empty rows',
      () => {
        expect(inspectFixture('blank-rows.csv').rows.map((row) => row.line)).toEqual([3, 7])
      },
    ],
    [
      'no newline at the end',
      () => {
        expect(rowsOf('blank-rows.csv')[1]?.answers).toEqual({ Company: 'Globex' })
      },
    ],
    [
      'quoted commas and line breaks inside answers',
      () => {
        expect(rowsOf('google-forms-responses.csv')[0]?.answers['Anything else?']).toBe(
          'Line one\nline two, with a comma',
        )
      },
    ],
    [
      'cells starting with =',
      () => {
        expect(rowsOf('formula-cells.csv')[1]?.answers.Notes).toBe('=1+2')
      },
    ],
    [
      'UTF-8 with and without BOM',
      () => {
        expect(inspectFixture('luma-old.csv').encoding).toBe('utf-8-bom')
        expect(inspectFixture('eventbrite-us.csv').encoding).toBe('utf-8')
      },
    ],
    [
      'UTF-16 (Excel "Unicode text", tab-separated)',
      () => {
        expect(inspectFixture('utf16le-tab.csv')).toMatchObject({
          encoding: 'utf-16le',
          delimiter: '\t',
        })
      },
    ],
    [
      'Windows-1252 with `;` and numbers mangled to 1,34682E+10',
      () => {
        const report = inspectFixture('windows-1252-semicolon.csv')
        expect(report).toMatchObject({ encoding: 'windows-1252', delimiter: ';' })
        expect(report.rows[0]?.answers.Telefon).toBe('1,34682E+10')
      },
    ],
    [
      'an .xlsx or an image renamed to .csv',
      () => {
        expect(inspectBytes(readFixture('xlsx-renamed.csv'), 'x').ok).toBe(false)
        expect(inspectBytes(readFixture('png-renamed.csv'), 'x').ok).toBe(false)
      },
    ],
    [
      'an empty file, a header with no rows, data with no header',
      () => {
        for (const name of ['empty.csv', 'header-only.csv', 'no-header.csv']) {
          expect(inspectBytes(readFixture(name), name).ok).toBe(false)
        }
      },
    ],
    [
      'ragged rows, an unclosed quote, NUL bytes',
      () => {
        expect(inspectFixture('ragged-rows.csv').problems).toHaveLength(2)
        expect(inspectFixture('unclosed-quote.csv').problems).toHaveLength(1)
        expect(inspectFixture('nul-bytes.csv').problems).toHaveLength(1)
      },
    ],
    [
      'automatic typing would turn 01234 into 1234',
      () => {
        expect(rowsOf('leading-zeros.csv')[0]?.answers['Member Number']).toBe('01234')
      },
    ],
    [
      'a __proto__ header must not touch object prototypes',
      () => {
        expect(Object.hasOwn(rowsOf('proto-header.csv')[0]?.answers ?? {}, '__proto__')).toBe(true)
        expect(({} as Record<string, unknown>)['polluted?']).toBeUndefined()
      },
    ],
    [
      'delimiter sniffing on tab-heavy data',
      () => {
        expect(inspectFixture('tab-heavy.csv').delimiter).toBe(',')
      },
    ],
  ])('%s', (_quirk, check) => {
    check()
  })
})

describe('formatInspectReport', () => {
  it('prints what a person needs before importing', () => {
    expect(formatInspectReport(inspectFixture('eventbrite-us.csv'))).toBe(
      [
        'eventbrite-us.csv',
        '  Platform    Eventbrite: has Order #, Attendee # and Attendee Status',
        '  File        UTF-8, comma-separated, header on line 1 (26 columns)',
        '  Mapping     first name ← First Name, last name ← Last Name, e-mail ← Email, row key ← Attendee #, status ← Attendee Status, attendance ← Attendee Status, ticket type ← Ticket Type, registered at ← Order Date',
        '  Answers     Order #, Quantity, Price Tier, Group, Order Type, Currency, Total Paid, Fees Paid, Eventbrite Fees, Eventbrite Payment Processing, Home Address 1, Home Address 2, Home City, Home State, Home Zip, Home Country, What brings you to the meetup?, Job Title, Company',
        '  Rows        5 data rows → 4 registrations',
        '  Status      going 3 · cancelled 1',
        '  Values      of “Attendee Status”, read as:',
        '    “Attending”      2 rows  → going',
        '    “Checked In”     2 rows  → going',
        '    “Not Attending”   1 row  → cancelled',
        '  Attendance  checked-in 2 · no-show 1 · unknown 1',
        '  No e-mail   0 rows',
        '  Problems    1',
        '    line 4: extra ticket without attendee details (Eventbrite shows “Info Requested”)',
        '  First rows',
        '    line 2: Jane Doe <jane.doe@example.com> — going, checked-in',
        '    line 3: John Smith <john.smith@example.com> — going, no-show',
        '    line 5: Priya Raman <priya@example.org> — cancelled, unknown',
        '    line 6: Luis García <luis@example.net> — going, checked-in',
      ].join('\n'),
    )
  })

  it.each<[string, string]>([
    ['meetup-rsvps.csv', '    line 2: Tom B. id 12345678 — going, unknown'],
    [
      'meetup-rsvps.csv',
      '  Attendance  no check-in data in this file: attendance unknown, metrics estimated',
    ],
    [
      'zoom-webinar-report.csv',
      '  Rows        4 data rows → 3 registrations (1 repeated row folded)',
    ],
    [
      'zoom-webinar-report.csv',
      '  File        UTF-8, comma-separated, header on line 12 (14 columns)',
    ],
    [
      'pretix-semicolon.csv',
      '  File        UTF-8, semicolon-separated, header on line 1 (14 columns)',
    ],
    ['utf16le-tab.csv', '  File        UTF-16 LE, tab-separated, header on line 1 (4 columns)'],
    [
      'ragged-rows.csv',
      '    line 3: has 5 cells but the header has 3 columns; the row was skipped',
    ],
  ])('%s shows %j', (name, line) => {
    expect(formatInspectReport(inspectFixture(name)).split('\n')).toContain(line)
  })

  it('says in one line why a file is not readable', () => {
    const report: InspectReport = {
      ok: false,
      fileName: 'photo.csv',
      reason: 'looks like a PNG image, not a CSV file',
    }
    expect(formatInspectReport(report)).toBe(
      'photo.csv: not a readable CSV — looks like a PNG image, not a CSV file',
    )
  })

  it('shows at most 20 problems and points to --json for the rest', () => {
    const text = `Name,Email\n${'x\n'.repeat(25)}Ann,ann@example.com\n`
    const report = inspectBytes(new TextEncoder().encode(text), 'many.csv')
    const lines = formatInspectReport(report).split('\n')
    expect(lines).toContain('  Problems    25')
    expect(lines).toContain('    … and 5 more (use --json for all)')
  })
})
