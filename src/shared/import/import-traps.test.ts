/**
 * The traps of issue 15, one fixture each, asserting the numbers a person counts by hand in the
 * file: people, going, maybe, not going, check-ins, and what was set aside and why.
 */
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../tests/fixtures/csv/read-fixture'
import type { Platform, RegistrationStatus } from '../domain/schemas'
import { guessColumnMapping } from './column-mapping'
import { detectPlatform } from './detect-platform'
import { previewTable } from './import-preview'
import { extraTicketReason, mapRows, replacedTicketReason } from './map-rows'
import { parseTable } from './parse'
import { tableStatusValues, type StatusReadings } from './status-reading'
import type { ImportedRow, MappedRows, ParsedTable } from './types'

function readTable(name: string): ParsedTable {
  const parsed = parseTable(readFixture(name))
  if (!parsed.ok) throw new Error(`${name}: ${parsed.reason}`)
  return parsed.table
}

function importFixture(
  name: string,
  readings?: StatusReadings,
): MappedRows & { platform: Platform; statusColumn: string | undefined } {
  const table = readTable(name)
  const { platform } = detectPlatform(table.header)
  const mapping = guessColumnMapping(table.header, platform, table.records)
  return {
    ...mapRows(table, mapping, platform, { statusReadings: readings }),
    platform,
    statusColumn: mapping.status,
  }
}

function countStatuses(rows: readonly ImportedRow[]): Partial<Record<RegistrationStatus, number>> {
  const counts: Partial<Record<RegistrationStatus, number>> = {}
  for (const row of rows) counts[row.status] = (counts[row.status] ?? 0) + 1
  return counts
}

function checkIns(rows: readonly ImportedRow[]): number {
  return rows.filter((row) => row.attendance === 'checked-in').length
}

describe('Google Forms RSVP: Yes / Maybe / No, online only, one odd answer, one re-submission', () => {
  const file = 'google-forms-rsvp.csv'

  it('finds the RSVP question by its answers, not the parking question beside it', () => {
    const mapped = importFixture(file)
    expect(mapped.platform).toBe('google-forms')
    expect(mapped.statusColumn).toBe('Will you attend in person?')
  })

  it('counts 17 people: 10 going, 3 maybe, 3 not going, 1 unknown; Mo’s later “Yes” stands', () => {
    const mapped = importFixture(file)
    expect(mapped.rows).toHaveLength(17)
    expect(mapped.duplicatesCollapsed).toBe(1)
    expect(countStatuses(mapped.rows)).toEqual({ going: 10, maybe: 3, declined: 3, unknown: 1 })
    expect(mapped.rows.find((row) => row.email === 'mo@example.com')).toMatchObject({
      line: 18,
      status: 'going',
    })
    expect(mapped.hasAttendanceData).toBe(false)
  })

  it('lists each value with its rows in the file, the odd one as unknown', () => {
    const table = readTable(file)
    const values = tableStatusValues(
      table.header,
      table.records,
      'Will you attend in person?',
      'google-forms',
    )
    expect(values?.values.map((entry) => [entry.value, entry.rows, entry.reading])).toEqual([
      ['Yes', 10, 'going'],
      ['Maybe', 4, 'maybe'],
      ['No, online only', 3, 'declined'],
      ['Only if the talks are not recorded', 1, 'unknown'],
    ])
    expect(values?.unknownRows).toBe(1)
  })

  it('reads a value as the organizer says', () => {
    const mapped = importFixture(file, { 'only if the talks are not recorded': 'maybe' })
    expect(countStatuses(mapped.rows)).toEqual({ going: 10, maybe: 4, declined: 3 })
  })
})

describe('pretix: extra unnamed positions of a buyer are not people and not check-ins', () => {
  it('imports 6 people, 5 checked in, and reports the 2 extra tickets', () => {
    const mapped = importFixture('pretix-extra-positions.csv')
    expect(mapped.platform).toBe('pretix')
    expect(mapped.rows.map((row) => [row.name, row.email, row.attendance])).toEqual([
      ['Anna Schmidt', 'anna@example.de', 'checked-in'],
      ['Bernd Müller', 'bernd@example.de', 'checked-in'],
      ['Clara Weiss', 'clara@example.de', 'no-show'],
      // An order with no named ticket: its first ticket is the buyer, known by e-mail.
      ['', 'dora@example.de', 'checked-in'],
      ['Emil Braun', 'emil@example.de', 'checked-in'],
      ['Fatma Yılmaz', 'fatma@example.de', 'checked-in'],
    ])
    expect(checkIns(mapped.rows)).toBe(5)
    expect(mapped.rowErrors).toEqual([
      { line: 3, reason: extraTicketReason('A1B2C', true) },
      { line: 7, reason: extraTicketReason('K7L8M', false) },
    ])
  })
})

describe('Tito: a voided ticket replaced by another is one registration', () => {
  it('keeps Rita once, going and checked in; Sam, voided with no replacement, is cancelled', () => {
    const mapped = importFixture('tito-void-replaced.csv')
    expect(mapped.rows.map((row) => [row.name, row.sourceKey, row.status, row.attendance])).toEqual(
      [
        ['Mei Lin', 'QRST-1', 'going', 'checked-in'],
        ['Rita Okafor', 'EFGH-1', 'going', 'checked-in'],
        ['Sam Reyes', 'IJKL-1', 'cancelled', 'unknown'],
        ['Kofi Mensah', 'MNOP-1', 'going', 'no-show'],
      ],
    )
    expect(mapped.rowErrors).toEqual([
      { line: 3, reason: replacedTicketReason('ABCD-1', 'EFGH-1') },
    ])
  })
})

describe('Luma: invited is invited, not waitlist', () => {
  it('counts 3 going (2 checked in), 2 invited, 2 waitlist, 1 not going', () => {
    const mapped = importFixture('luma-invited.csv')
    expect(mapped.platform).toBe('luma')
    expect(countStatuses(mapped.rows)).toEqual({
      going: 3,
      invited: 2,
      waitlist: 2,
      declined: 1,
    })
    expect(checkIns(mapped.rows)).toBe(2)
    // Only someone going had a seat to miss.
    expect(mapped.rows.filter((row) => row.attendance === 'no-show')).toHaveLength(1)
  })
})

describe('Humanitix: a profile like the others', () => {
  it('is recognised, and reads its statuses, check-ins, extra ticket and swapped ticket', () => {
    const mapped = importFixture('humanitix-attendees.csv')
    expect(mapped.platform).toBe('humanitix')
    expect(mapped.rows.map((row) => [row.name, row.status, row.attendance, row.sourceKey])).toEqual(
      [
        ['Liam Nguyen', 'going', 'checked-in', 'HXT-0001'],
        ['Maya Patel', 'going', 'checked-in', 'HXT-0003'],
        ['Noah Kim', 'going', 'checked-in', 'HXT-0005'],
        ['Olivia Brown', 'going', 'no-show', 'HXT-0006'],
        ['Priya Shah', 'cancelled', 'unknown', 'HXT-0007'],
      ],
    )
    expect(mapped.rowErrors).toEqual([
      { line: 3, reason: extraTicketReason('HX1001', false) },
      { line: 5, reason: replacedTicketReason('HXT-0004', 'HXT-0005') },
    ])
  })
})

describe('Any CSV with a name and an e-mail column', () => {
  it('finds “Coming?” by its answers and reads them; “TBC” is unknown, never going', () => {
    const mapped = importFixture('generic-signup.csv')
    expect(mapped.platform).toBe('generic')
    expect(mapped.statusColumn).toBe('Coming?')
    expect(mapped.rows.map((row) => [row.name, row.email, row.status])).toEqual([
      ['Rosa Vidal', 'rosa@example.org', 'going'],
      ['Sven Olsen', 'sven@example.org', 'going'],
      ['Tara Singh', 'tara@example.org', 'going'],
      ['Umar Farouk', 'umar@example.org', 'declined'],
      ['Vera Kuznetsova', 'vera@example.org', 'maybe'],
      ['Wim de Vries', 'wim@example.org', 'unknown'],
    ])
  })

  it('reads a list with no status column as everyone going', () => {
    const mapped = importFixture('no-email.csv')
    expect(new Set(mapped.rows.map((row) => row.status))).toEqual(new Set(['going']))
  })
})

describe('the import preview', () => {
  it('guesses the RSVP question and counts its answers over the whole file, not the sample', () => {
    const preview = previewTable(readTable('google-forms-rsvp.csv'), 'rsvp.csv', {})
    expect(preview.mapping.status).toBe('Will you attend in person?')
    expect(preview.sample.length).toBeLessThan(preview.dataRows)
    expect(preview.columnValues['Will you attend in person?']).toEqual([
      { value: 'Yes', rows: 10 },
      { value: 'Maybe', rows: 4 },
      { value: 'No, online only', rows: 3 },
      { value: 'Only if the talks are not recorded', rows: 1 },
    ])
  })
})
