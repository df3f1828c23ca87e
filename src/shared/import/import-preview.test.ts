import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../tests/fixtures/csv/read-fixture'
import {
  answerColumns,
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
