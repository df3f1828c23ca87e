/**
 * The seam between reading a file and changing the workspace: a file becomes `ParsedTable`, a
 * table plus a `ColumnMapping` becomes `ImportedRow`s, and rows are resolved to people and
 * registrations by the identity rules (DESIGN.md §1.3).
 */
import type { Attendance, Platform, RegistrationStatus } from '../domain/schemas'

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'
export type Delimiter = ',' | ';' | '\t'

export interface Problem {
  /** 1-based line number in the file (the physical line where the record starts). */
  line: number
  message: string
}

export interface ParsedRecord {
  line: number
  cells: string[]
}

export interface ParsedTable {
  encoding: TextEncodingName
  delimiter: Delimiter
  /** Line number of the header row (Zoom reports have a preamble before it). */
  headerLine: number
  header: string[]
  /** Data records, blank and all-empty records already dropped. Every cell is a string. */
  records: ParsedRecord[]
  problems: Problem[]
}

/** The fields an attendee export can fill. */
export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'email',
  'platformPersonId',
  'sourceKey',
  'status',
  'attendance',
  'ticketType',
  'registeredAt',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** Import field → header name (absent = not mapped). Headers not mapped become answers. */
export type ColumnMapping = Partial<Record<ImportField, string>>

export interface PlatformGuess {
  platform: Platform
  /** Why: the headers that gave it away, in words a person reads in the preview. */
  reason: string
}

/** One row of an export, mapped and normalised, ready for identity resolution. */
export interface ImportedRow {
  line: number
  name: string
  /** Normalised (trimmed, lower-case); empty when the row has none. */
  email: string
  /** The platform's own person id (Meetup `User ID`), empty when none. */
  platformPersonId: string
  /** The row's key on its platform, for re-import without duplicates; empty when none. */
  sourceKey: string
  status: RegistrationStatus
  attendance: Attendance
  ticketType: string
  registeredAt: string
  answers: Record<string, string>
}

export interface RowError {
  line: number
  reason: string
}

export interface MappedRows {
  rows: ImportedRow[]
  rowErrors: RowError[]
  /** Rows folded into an earlier row of the same file (double submissions, Zoom rejoins, pasted twice). */
  duplicatesCollapsed: number
  /** False where the export has no check-in data: attendance is `unknown` and metrics are *estimated*. */
  hasAttendanceData: boolean
}
