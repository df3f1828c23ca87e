/**
 * The import preview (DESIGN.md §1.3): what the organizer sees before anything is written — the
 * platform and why, the file's shape, a mapping (the one remembered for the platform when it fits
 * this file, else the guess), and the first rows as that mapping reads them.
 */
import type { Platform } from '../domain/schemas'
import { guessColumnMapping, validateMapping } from './column-mapping'
import { detectPlatform } from './detect-platform'
import { mapRows } from './map-rows'
import { countColumnValues, type ColumnValueCount, type StatusReadings } from './status-reading'
import type {
  ColumnMapping,
  Delimiter,
  ImportField,
  MappedRows,
  ParsedRecord,
  ParsedTable,
  Problem,
  TextEncodingName,
} from './types'
import { IMPORT_FIELDS } from './types'
import { formatCount } from '../util/format-number'

/** Rows shown in the preview: enough to see that the columns are right, few enough to read. */
export const PREVIEW_SAMPLE_ROWS = 8

export interface ImportPreview {
  fileName: string
  platform: Platform
  platformReason: string
  encoding: TextEncodingName
  delimiter: Delimiter
  headerLine: number
  header: string[]
  dataRows: number
  sample: ParsedRecord[]
  /** Problems the parse found (ragged rows, an unclosed quote…), by line. */
  problems: Problem[]
  mapping: ColumnMapping
  /** `remembered` when the organizer's last confirmed mapping for the platform fits this file. */
  mappingSource: 'remembered' | 'guessed'
  /**
   * Each column's distinct values with their rows, over the whole file, for columns with few
   * enough to read one by one: whichever the organizer maps to status, its value table is here.
   */
  columnValues: Record<string, ColumnValueCount[]>
  /**
   * The people the rows make with the proposed platform and mapping, over the whole file: a
   * re-submitted form or a Zoom rejoin folded into one, a buyer's unnamed extra tickets and rows
   * that cannot be imported left out. What the Import button counts.
   */
  people: number
}

/** The few-valued columns' values over every row (a Map, so a `__proto__` header stays a key). */
function columnValuesOf(table: ParsedTable): Record<string, ColumnValueCount[]> {
  const values = new Map<string, ColumnValueCount[]>()
  table.header.forEach((column, index) => {
    if (column === '' || values.has(column)) return
    const counts = countColumnValues(table.records, index)
    if (counts !== null) values.set(column, counts)
  })
  return Object.fromEntries(values)
}

export const DELIMITER_LABELS: Readonly<Record<Delimiter, string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
}

/** The remembered mapping when every column it names is in this file and it can import. */
export function rememberedMapping(
  header: readonly string[],
  remembered: Readonly<Record<string, string>> | undefined,
): ColumnMapping | null {
  if (remembered === undefined) return null
  const mapping: ColumnMapping = {}
  for (const field of IMPORT_FIELDS) {
    const column = remembered[field]
    if (column !== undefined) mapping[field] = column
  }
  return validateMapping(mapping, [...header]).isValid ? mapping : null
}

/** The preview of a parsed file, given the mappings remembered per platform. */
export function previewTable(
  table: ParsedTable,
  fileName: string,
  rememberedByPlatform: Readonly<Record<string, Readonly<Record<string, string>>>>,
): ImportPreview {
  const guess = detectPlatform(table.header)
  const remembered = rememberedMapping(table.header, rememberedByPlatform[guess.platform])
  const mapping = remembered ?? guessColumnMapping(table.header, guess.platform, table.records)
  return {
    fileName,
    platform: guess.platform,
    platformReason: guess.reason,
    encoding: table.encoding,
    delimiter: table.delimiter,
    headerLine: table.headerLine,
    header: table.header,
    dataRows: table.records.length,
    sample: table.records.slice(0, PREVIEW_SAMPLE_ROWS),
    problems: table.problems,
    mapping,
    mappingSource: remembered === null ? 'guessed' : 'remembered',
    columnValues: columnValuesOf(table),
    people: mapRows(table, mapping, guess.platform).rows.length,
  }
}

/** What an import of the file will bring in, as the Import button says it. */
export interface ImportCount {
  count: number
  unit: 'people' | 'rows'
}

/**
 * People, with the platform and mapping the preview read the whole file with; rows once the
 * organizer changed either, since the file has not been read again with theirs (a status
 * reading changes no one's count).
 */
export function importCount(
  preview: ImportPreview,
  mapping: ColumnMapping,
  platform: Platform,
): ImportCount {
  const isAsRead =
    platform === preview.platform &&
    IMPORT_FIELDS.every((field) => mapping[field] === preview.mapping[field])
  return isAsRead
    ? { count: preview.people, unit: 'people' }
    : { count: preview.dataRows, unit: 'rows' }
}

/** `48 people`, `1 person`, `50 rows`. */
export function countWords({ count, unit }: ImportCount): string {
  const word = unit === 'rows' ? (count === 1 ? 'row' : 'rows') : count === 1 ? 'person' : 'people'
  return `${formatCount(count)} ${word}`
}

/** The sample rows read with a (possibly corrected) mapping: instant, so the preview follows edits. */
export function previewRows(
  preview: ImportPreview,
  mapping: ColumnMapping,
  platform: Platform,
  statusReadings: StatusReadings = {},
): MappedRows {
  const table: ParsedTable = {
    encoding: preview.encoding,
    delimiter: preview.delimiter,
    headerLine: preview.headerLine,
    header: preview.header,
    records: preview.sample,
    problems: [],
  }
  return mapRows(table, mapping, platform, { statusReadings })
}

/**
 * Sets one field's column, or clears it with `null`. A column may feed two fields on purpose
 * (Meetup's `User ID` is both the person id and the row key), so other fields keep theirs.
 */
export function withColumn(
  mapping: ColumnMapping,
  field: ImportField,
  column: string | null,
): ColumnMapping {
  const next: ColumnMapping = { ...mapping }
  if (column === null) delete next[field]
  else next[field] = column
  return next
}

/** Headers no field reads: their cells are kept as the registration's answers. */
export function answerColumns(header: readonly string[], mapping: ColumnMapping): string[] {
  const mapped = new Set(Object.values(mapping))
  return header.filter((name) => name !== '' && !mapped.has(name))
}
