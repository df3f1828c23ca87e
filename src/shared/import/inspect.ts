/**
 * What the app would import from a file, without importing it: the report behind
 * `devrel-os inspect` and the import preview. Pure: bytes in, report out.
 */
import type { Attendance, Platform, RegistrationStatus } from '../domain/schemas'
import { ATTENDANCES, REGISTRATION_STATUSES } from '../domain/schemas'
import { guessColumnMapping, IMPORT_FIELD_LABELS, validateMapping } from './column-mapping'
import { encodingLabel } from './decode'
import { detectPlatform } from './detect-platform'
import { mapRows } from './map-rows'
import { parseTable } from './parse'
import { STATUS_READING_LABELS, tableStatusValues, type StatusValueTable } from './status-reading'
import type {
  ColumnMapping,
  Delimiter,
  ImportField,
  ImportedRow,
  Problem,
  TextEncodingName,
} from './types'
import { IMPORT_FIELDS } from './types'
import { countOf } from '../util/format-number'

export interface ReadableInspectReport {
  ok: true
  fileName: string
  platform: Platform
  /** Why this platform: the headers that gave it away. */
  platformReason: string
  encoding: TextEncodingName
  delimiter: Delimiter
  headerLine: number
  header: string[]
  mapping: ColumnMapping
  /** Why the guessed mapping cannot import (empty when it can). */
  mappingIssues: string[]
  /** Data records in the file (blank rows not counted, broken rows not included). */
  dataRows: number
  /** Registrations the file would give, after folding repeats and dropping rows with errors. */
  importedRows: number
  duplicatesCollapsed: number
  rowsWithoutEmail: number
  hasAttendanceData: boolean
  statusCounts: Record<RegistrationStatus, number>
  /** Each distinct value of the status column, its rows and its reading; null without one. */
  statusValues: StatusValueTable | null
  attendanceCounts: Record<Attendance, number>
  /** Headers that are not mapped to a field: their cells are kept as answers. */
  answerColumns: string[]
  /** Parse problems and row errors, by line. */
  problems: Problem[]
  rows: ImportedRow[]
}

export interface UnreadableInspectReport {
  ok: false
  fileName: string
  /** One line: why the file is not a readable CSV. */
  reason: string
}

export type InspectReport = ReadableInspectReport | UnreadableInspectReport

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>
  for (const value of values) counts[value] += 1
  return counts
}

/** Read an export's bytes the way an import would and report what it would bring in. */
export function inspectBytes(bytes: Uint8Array, fileName: string): InspectReport {
  const parsed = parseTable(bytes)
  if (!parsed.ok) return { ok: false, fileName, reason: parsed.reason }
  const { table } = parsed
  const guess = detectPlatform(table.header)
  const mapping = guessColumnMapping(table.header, guess.platform, table.records)
  const validation = validateMapping(mapping, table.header)
  const mapped = mapRows(table, mapping, guess.platform)
  const mappedHeaders = new Set(Object.values(mapping))
  const problems: Problem[] = [
    ...table.problems,
    ...mapped.rowErrors.map((error) => ({ line: error.line, message: error.reason })),
  ].sort((a, b) => a.line - b.line)

  return {
    ok: true,
    fileName,
    platform: guess.platform,
    platformReason: guess.reason,
    encoding: table.encoding,
    delimiter: table.delimiter,
    headerLine: table.headerLine,
    header: table.header,
    mapping,
    mappingIssues: validation.reasons,
    dataRows: table.records.length,
    importedRows: mapped.rows.length,
    duplicatesCollapsed: mapped.duplicatesCollapsed,
    rowsWithoutEmail: mapped.rows.filter((row) => row.email === '').length,
    hasAttendanceData: mapped.hasAttendanceData,
    statusCounts: countBy(
      REGISTRATION_STATUSES,
      mapped.rows.map((row) => row.status),
    ),
    statusValues: tableStatusValues(table.header, table.records, mapping.status, guess.platform),
    attendanceCounts: countBy(
      ATTENDANCES,
      mapped.rows.map((row) => row.attendance),
    ),
    answerColumns: table.header.filter((name) => name !== '' && !mappedHeaders.has(name)),
    problems,
    rows: mapped.rows,
  }
}

const DELIMITER_WORDS: Readonly<Record<Delimiter, string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
}

const PREVIEW_ROWS = 5
const PROBLEMS_SHOWN = 20

function describeMapping(mapping: ColumnMapping): string {
  const parts = IMPORT_FIELDS.flatMap((field: ImportField) => {
    const column = mapping[field]
    return column === undefined ? [] : [`${IMPORT_FIELD_LABELS[field]} ← ${column}`]
  })
  return parts.length > 0 ? parts.join(', ') : 'nothing mapped'
}

function describeRow(row: ImportedRow): string {
  const who = [row.name || '(no name)', row.email ? `<${row.email}>` : ''].filter(Boolean).join(' ')
  const id = row.platformPersonId ? ` id ${row.platformPersonId}` : ''
  return `line ${row.line}: ${who}${id} — ${row.status}, ${row.attendance}`
}

/** The status column's values as a small table: value, rows, reading; unknown values flagged. */
function describeStatusValues(table: StatusValueTable): string[] {
  const shown = table.values.map((entry) => ({
    value: entry.value === '' ? '(empty)' : `“${entry.value}”`,
    rows: countOf(entry.rows, 'row'),
    reading: STATUS_READING_LABELS[entry.reading],
  }))
  const valueWidth = Math.max(...shown.map((entry) => entry.value.length))
  const rowsWidth = Math.max(...shown.map((entry) => entry.rows.length))
  const lines = [`  Values      of “${table.column}”, read as:`]
  for (const entry of shown) {
    lines.push(
      `    ${entry.value.padEnd(valueWidth)}  ${entry.rows.padStart(rowsWidth)}  → ${entry.reading}`,
    )
  }
  if (table.isCut) lines.push('    … more values than shown: only the first rows were counted')
  if (table.unknownRows > 0) {
    lines.push(
      `              ! ${countOf(table.unknownRows, 'row')} with a value the importer cannot read: unknown, never counted as going`,
    )
  }
  return lines
}

/** The report as text for a person at a terminal. */
export function formatInspectReport(report: InspectReport): string {
  if (!report.ok) return `${report.fileName}: not a readable CSV — ${report.reason}`
  const lines: string[] = []
  const columns = countOf(report.header.length, 'column')
  lines.push(report.fileName)
  lines.push(`  Platform    ${report.platformReason}`)
  lines.push(
    `  File        ${encodingLabel(report.encoding)}, ${DELIMITER_WORDS[report.delimiter]}-separated, header on line ${report.headerLine} (${columns})`,
  )
  lines.push(`  Mapping     ${describeMapping(report.mapping)}`)
  for (const issue of report.mappingIssues) lines.push(`              ! ${issue}`)
  if (report.answerColumns.length > 0) {
    lines.push(`  Answers     ${report.answerColumns.join(', ')}`)
  }
  const folded =
    report.duplicatesCollapsed > 0
      ? ` (${countOf(report.duplicatesCollapsed, 'repeated row')} folded)`
      : ''
  lines.push(
    `  Rows        ${countOf(report.dataRows, 'data row')} → ${countOf(report.importedRows, 'registration')}${folded}`,
  )
  const statuses = REGISTRATION_STATUSES.filter((status) => report.statusCounts[status] > 0).map(
    (status) => `${status} ${report.statusCounts[status]}`,
  )
  lines.push(`  Status      ${statuses.length > 0 ? statuses.join(' · ') : 'none'}`)
  if (report.statusValues !== null) lines.push(...describeStatusValues(report.statusValues))
  if (report.hasAttendanceData) {
    const attendance = ATTENDANCES.map((value) => `${value} ${report.attendanceCounts[value]}`)
    lines.push(`  Attendance  ${attendance.join(' · ')}`)
  } else {
    lines.push('  Attendance  no check-in data in this file: attendance unknown, metrics estimated')
  }
  lines.push(`  No e-mail   ${countOf(report.rowsWithoutEmail, 'row')}`)
  if (report.problems.length === 0) {
    lines.push('  Problems    none')
  } else {
    lines.push(`  Problems    ${report.problems.length}`)
    for (const problem of report.problems.slice(0, PROBLEMS_SHOWN)) {
      lines.push(`    line ${problem.line}: ${problem.message}`)
    }
    const hidden = report.problems.length - PROBLEMS_SHOWN
    if (hidden > 0) lines.push(`    … and ${hidden} more (use --json for all)`)
  }
  if (report.rows.length > 0) {
    lines.push('  First rows')
    for (const row of report.rows.slice(0, PREVIEW_ROWS)) lines.push(`    ${describeRow(row)}`)
  }
  return lines.join('\n')
}
