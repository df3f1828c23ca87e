import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../tests/fixtures/csv/read-fixture'
import {
  answerColumns,
  countWords,
  importCount,
  previewRows,
  previewTable,
  rememberedMapping,
  withColumn,
} from './import-preview'
import { parseTable } from './parse'
import type { ParsedTable } from './types'

function table(fixture: string): ParsedTable {
  const parsed = parseTable(readFixture(fixture))
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.table
}

describe('import preview', () => {
  it('shows a Luma export with the guessed mapping and its first rows', () => {
    const preview = previewTable(table('luma-2026.csv'), 'luma-2026.csv', {})
    expect(preview).toMatchObject({
      platform: 'luma',
      mappingSource: 'guessed',
      encoding: 'utf-8-bom',
      delimiter: ',',
      dataRows: 4,
    })
    expect(preview.mapping.email).toBe('email')
    const rows = previewRows(preview, preview.mapping, preview.platform)
    expect(rows.rows.map((row) => [row.name, row.email, row.status])).toEqual([
      ['Ravi Patel', 'ravi@example.com', 'going'],
      ['Sofia Rossi', 'sofia@example.com', 'going'],
      ['Noah Cohen', 'noah@example.com', 'waitlist'],
    ])
    expect(rows.duplicatesCollapsed).toBe(1)
  })

  it('uses the mapping remembered for the platform when it fits the file', () => {
    const remembered = { luma: { name: 'first_name', email: 'email' } }
    const preview = previewTable(table('luma-2026.csv'), 'luma-2026.csv', remembered)
    expect(preview.mappingSource).toBe('remembered')
    expect(preview.mapping).toEqual({ name: 'first_name', email: 'email' })
  })

  it('falls back to the guess when the remembered mapping names columns this file lacks', () => {
    expect(rememberedMapping(['name', 'email'], { email: 'E-Mail-Adresse' })).toBeNull()
    expect(rememberedMapping(['name', 'email'], { status: 'email' })).toBeNull()
    expect(rememberedMapping(['name', 'email'], { name: 'name', bogus: 'email' })).toEqual({
      name: 'name',
    })
  })

  it('follows a corrected column at once, and keeps unmapped columns as answers', () => {
    const preview = previewTable(table('luma-2026.csv'), 'luma-2026.csv', {})
    const corrected = withColumn(preview.mapping, 'ticketType', 'How did you hear about us?')
    const rows = previewRows(preview, corrected, preview.platform)
    expect(rows.rows[0]?.ticketType).toBe('A friend')
    expect(answerColumns(preview.header, corrected)).toContain('ticket_name')
    expect(answerColumns(preview.header, corrected)).not.toContain('How did you hear about us?')
    const cleared = withColumn(corrected, 'ticketType', null)
    expect(cleared.ticketType).toBeUndefined()
    expect(cleared.email).toBe('email')
  })
})

describe('what the Import button counts', () => {
  it('counts the people the whole file makes, not its rows', () => {
    // 18 answers, Mo's re-submission folded into his first: 17 people.
    const form = previewTable(table('google-forms-rsvp.csv'), 'rsvp.csv', {})
    expect([form.dataRows, form.people]).toEqual([18, 17])
    expect(countWords(importCount(form, form.mapping, form.platform))).toBe('17 people')
    // Four Luma rows, one guest listed twice: three people.
    const luma = previewTable(table('luma-2026.csv'), 'luma-2026.csv', {})
    expect([luma.dataRows, luma.people]).toEqual([4, 3])
  })

  it('leaves a buyer’s unnamed extra tickets out of the people', () => {
    const pretix = previewTable(table('pretix-extra-positions.csv'), 'pretix.csv', {})
    expect(pretix.people).toBeLessThan(pretix.dataRows)
    expect(countWords(importCount(pretix, pretix.mapping, pretix.platform))).toBe(
      `${pretix.people} people`,
    )
  })

  it('says rows once the mapping or platform is not the one the file was counted with', () => {
    const form = previewTable(table('google-forms-rsvp.csv'), 'rsvp.csv', {})
    const corrected = withColumn(form.mapping, 'ticketType', 'Timestamp')
    expect(importCount(form, corrected, form.platform)).toEqual({ count: 18, unit: 'rows' })
    expect(importCount(form, form.mapping, 'generic')).toEqual({ count: 18, unit: 'rows' })
    // Put back as it was read: people again.
    const back = withColumn(corrected, 'ticketType', null)
    expect(importCount(form, back, form.platform)).toEqual({ count: 17, unit: 'people' })
  })

  it('words one and many', () => {
    expect(countWords({ count: 1, unit: 'people' })).toBe('1 person')
    expect(countWords({ count: 1, unit: 'rows' })).toBe('1 row')
    expect(countWords({ count: 1200, unit: 'people' })).toBe('1,200 people')
  })
})
