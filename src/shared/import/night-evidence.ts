/**
 * When and what the night was, read from the file itself (DESIGN.md §1.3: "A night's date and
 * title come from the file's evidence (check-in times, start times, export stamps, file name) when
 * the organizer has not chosen an event; a chosen event far from that evidence is warned about").
 *
 * Evidence is ranked by how surely it names the night: check-in times were taken at the door;
 * join and start times (Zoom) were taken in the room; an export stamp in the file name says when
 * the list was downloaded, usually the night itself or the morning after; registration times only
 * say the night was on or after the last of them, so they never fill the date: the organizer is
 * asked, with the hint. No evidence at all (a form) asks too: never a silent "today".
 */
import Papa from 'papaparse'
import type { Event } from '../domain/schemas'
import { instantToWallClock } from '../events/event-time'
import { decodeBytes } from './decode'
import { countOf } from '../util/format-number'

export type EvidenceKind = 'check-in' | 'start' | 'export-stamp' | 'registration' | 'none'

export interface NightProposal {
  /** The night's date (`YYYY-MM-DD`, in the zone asked for); null when the organizer must say. */
  date: string | null
  kind: EvidenceKind
  /** The evidence in words: "from 30 check-in times on 19 Mar 2026". */
  evidence: string
  /** A title for a new event: the file name without its stamp (or the webinar's topic). */
  title: string
}

export interface NightEvidenceInput {
  fileName: string
  header: readonly string[]
  records: readonly { cells: readonly string[] }[]
  /** Rows before the header (a Zoom report's summary, with its `Actual Start Time`). */
  preamble?: readonly (readonly string[])[]
  /** The zone a new event starts in: instants in the file are read as that zone's days. */
  timeZone: string
}

/** How far (in days) a chosen event may be from the file's evidence before the dialog warns. */
export const FAR_FROM_EVIDENCE_DAYS = 3

const CHECK_IN_HEADERS = [
  /^checked[ _-]?in[ _-]?(at|time|date)?$/i,
  /^check-?ins?:/i,
  /^check-?in[ _-]?(time|date|at)$/i,
  /^eingecheckt$/i,
  /^enregistr[ée]$/i,
]
const START_HEADERS = [/^join time$/i, /^actual start time$/i, /^start[ _-]?time$/i]
const REGISTRATION_HEADERS = [
  /^created[ _-]?at$/i,
  /^registration[ _-]?(time|date)$/i,
  /^registered[ _-]?(at|on)$/i,
  /^order[ _-]?date$/i,
  /^rsvped on$/i,
  /^ticket created date$/i,
  /^timestamp$/i,
  /^bestelldatum$/i,
]

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** A timestamp cell: an instant (it carried an offset) or a wall-clock date as written. */
type Stamp = { kind: 'instant'; at: Date } | { kind: 'local'; date: string }

const pad = (value: number): string => String(value).padStart(2, '0')

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1990 || year > 2200 || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function localDate(year: number, month: number, day: number): Stamp | null {
  return isValidDate(year, month, day)
    ? { kind: 'local', date: `${year}-${pad(month)}-${pad(day)}` }
    : null
}

/**
 * Reads the timestamp forms exports use: ISO-8601 with or without an offset (Luma, Tito, pretix),
 * `MM/DD/YY HH:mm` and `MM/DD/YYYY` (Eventbrite, Meetup, Google Forms), `DD.MM.YYYY` (German
 * pretix), `Mar 1, 2026 05:00 PM` (Zoom). Anything else (`--`, `Yes`, empty) is no stamp.
 */
export function readStamp(cell: string): Stamp | null {
  const text = cell.trim()
  if (text.length < 6) return null
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
      text,
    )
  if (iso) {
    const [, year, month, day, hours, minutes, seconds, offset] = iso
    if (offset === undefined || hours === undefined) {
      return localDate(Number(year), Number(month), Number(day))
    }
    const zone =
      offset.toUpperCase() === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
    const at = new Date(`${year}-${month}-${day}T${hours}:${minutes}:${seconds ?? '00'}${zone}`)
    return Number.isNaN(at.getTime()) ? null : { kind: 'instant', at }
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:[ ,T]|$)/.exec(text)
  if (us) {
    const [, month, day, year] = us
    const fullYear = (year ?? '').length === 2 ? 2000 + Number(year) : Number(year)
    return localDate(fullYear, Number(month), Number(day))
  }
  const european = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,T]|$)/.exec(text)
  if (european) {
    const [, day, month, year] = european
    return localDate(Number(year), Number(month), Number(day))
  }
  const named = /^([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})(?:[ ,T]|$)/i.exec(text)
  if (named) {
    const [, monthName, day, year] = named
    const month = MONTHS.indexOf((monthName ?? '').toLowerCase()) + 1
    return month === 0 ? null : localDate(Number(year), month, Number(day))
  }
  return null
}

function dayOf(stamp: Stamp, timeZone: string): string {
  return stamp.kind === 'local' ? stamp.date : instantToWallClock(stamp.at, timeZone).slice(0, 10)
}

/** "19 Mar 2026" for a `YYYY-MM-DD` day, the same in every locale the app runs in. */
export function formatDay(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number)
  return `${date} ${capitaliseWord(MONTHS[month - 1] ?? '')} ${year}`
}

function capitaliseWord(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** Whole days from day `a` to day `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

function columnsMatching(header: readonly string[], patterns: readonly RegExp[]): number[] {
  const columns: number[] = []
  header.forEach((name, column) => {
    const trimmed = name.trim()
    if (patterns.some((pattern) => pattern.test(trimmed))) columns.push(column)
  })
  return columns
}

/** The days a set of columns names, with how many cells named each. */
function daysIn(
  records: NightEvidenceInput['records'],
  columns: readonly number[],
  timeZone: string,
): Map<string, number> {
  const days = new Map<string, number>()
  if (columns.length === 0) return days
  for (const record of records) {
    // One stamp per row: a row with a join and a check-in time is one person seen once.
    for (const column of columns) {
      const stamp = readStamp(record.cells[column] ?? '')
      if (stamp === null) continue
      const day = dayOf(stamp, timeZone)
      days.set(day, (days.get(day) ?? 0) + 1)
      break
    }
  }
  return days
}

/** The day most cells name (the later one on a tie: a second day of doors is the night). */
function busiestDay(days: ReadonlyMap<string, number>): { day: string; count: number } | null {
  let best: { day: string; count: number } | null = null
  for (const [day, count] of days) {
    if (best === null || count > best.count || (count === best.count && day > best.day)) {
      best = { day, count }
    }
  }
  return best
}

function total(days: ReadonlyMap<string, number>): number {
  let sum = 0
  for (const count of days.values()) sum += count
  return sum
}

/** The `Actual Start Time` (and `Topic`) of a Zoom report's summary rows, if any. */
function zoomSummary(preamble: readonly (readonly string[])[]): {
  start: Stamp | null
  topic: string
} {
  for (const [index, row] of preamble.entries()) {
    const startColumn = row.findIndex((cell) => /^actual start time$/i.test(cell.trim()))
    if (startColumn === -1) continue
    const values = preamble[index + 1] ?? []
    const topicColumn = row.findIndex((cell) => /^topic$/i.test(cell.trim()))
    return {
      start: readStamp(values[startColumn] ?? ''),
      topic: topicColumn === -1 ? '' : (values[topicColumn] ?? '').trim(),
    }
  }
  return { start: null, topic: '' }
}

// A date (2026-03-19, 20260319), optionally followed by a time (-10-23-45, T102345, _1023).
const STAMP_IN_NAME =
  /(?:^|[^\d])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:[T_ -]?\d{2}[-_.:]?\d{2}(?:[-_.:]?\d{2})?)?(?=$|[^\d])/

/** The date stamped into an export's file name (Luma: `…-guests-2026-03-19-10-23-45.csv`). */
export function fileNameStamp(fileName: string): string | null {
  const match = STAMP_IN_NAME.exec(baseName(fileName))
  if (!match) return null
  const [, year, month, day] = match
  return isValidDate(Number(year), Number(month), Number(day)) ? `${year}-${month}-${day}` : null
}

function baseName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.(csv|tsv|txt|xls)$/i, '')
}

// What platforms add to an export's name, which is not the night's name.
const EXPORT_WORDS =
  /\b(guests?|guest list|attendees?|attendee (report|summary|list)|registrants?|registrations?|rsvps?|tickets?|orders?|check-?in list|checkins?|export(ed)?|report|responses?|participants?|form responses \d*)\b/gi
const UPPER_WORDS = new Set(['ai', 'ml', 'ux', 'ui', 'js', 'vr', 'ar', 'qa', 'llm', 'api', 'aws'])

/**
 * A night's title from its export's file name: the stamp, the platform's words (`guests`,
 * `attendees`, `export`) and the separators dropped; a name typed all lower-case by a slug
 * (`ai-demo-night-berlin`) is capitalised. Empty when nothing is left (`export.csv`).
 */
export function titleFromFileName(fileName: string): string {
  let stem = baseName(fileName)
  const stamp = STAMP_IN_NAME.exec(stem)
  // The match starts with the character before the stamp (a separator), which stays.
  if (stamp) stem = stem.replace(stamp[0], /^\D/.test(stamp[0]) ? stamp[0].charAt(0) : '')
  const isSlug = !/\s/.test(stem)
  if (isSlug) stem = stem.replace(/[-_.]+/g, ' ')
  stem = stem
    .replace(EXPORT_WORDS, ' ')
    .replace(/\(\d+\)/g, ' ')
    .replace(/\s+[-–—_|]+(?=\s|$)/g, ' ')
    .replace(/^[\s\-–—_|:]+|[\s\-–—_|:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  if (stem === '' || !/\p{L}/u.test(stem)) return ''
  if (stem !== stem.toLowerCase()) return stem
  return stem
    .split(' ')
    .map((word) => (UPPER_WORDS.has(word) ? word.toUpperCase() : capitaliseWord(word)))
    .join(' ')
}

/**
 * Proposes the night a file is for (DESIGN.md §1.3). Check-in times decide first, then join and
 * start times, then the export stamp in the file name; registration times only give a hint.
 */
export function proposeNight(input: NightEvidenceInput): NightProposal {
  const summary = zoomSummary(input.preamble ?? [])
  const title = summary.topic !== '' ? summary.topic : titleFromFileName(input.fileName)
  const { header, records, timeZone } = input

  const checkIns = daysIn(records, columnsMatching(header, CHECK_IN_HEADERS), timeZone)
  const checkInDay = busiestDay(checkIns)
  if (checkInDay !== null) {
    const others = total(checkIns) - checkInDay.count
    return {
      date: checkInDay.day,
      kind: 'check-in',
      evidence:
        `from ${countOf(checkInDay.count, 'check-in time')} on ${formatDay(checkInDay.day)}` +
        (others > 0 ? ` (${others} on other days)` : ''),
      title,
    }
  }

  if (summary.start !== null) {
    const day = dayOf(summary.start, timeZone)
    return {
      date: day,
      kind: 'start',
      evidence: `from the report’s start time, ${formatDay(day)}`,
      title,
    }
  }
  const joins = daysIn(records, columnsMatching(header, START_HEADERS), timeZone)
  const joinDay = busiestDay(joins)
  if (joinDay !== null) {
    return {
      date: joinDay.day,
      kind: 'start',
      evidence: `from ${countOf(joinDay.count, 'join time')} on ${formatDay(joinDay.day)}`,
      title,
    }
  }

  const registrations = daysIn(records, columnsMatching(header, REGISTRATION_HEADERS), timeZone)
  const registered = [...registrations.keys()].sort()
  const lastRegistration = registered[registered.length - 1]

  const stamp = fileNameStamp(input.fileName)
  if (stamp !== null && (lastRegistration === undefined || lastRegistration <= stamp)) {
    return {
      date: stamp,
      kind: 'export-stamp',
      evidence: `from the export date in the file name, ${formatDay(stamp)}: check it was the night`,
      title,
    }
  }

  if (lastRegistration !== undefined) {
    const first = registered[0] ?? lastRegistration
    return {
      date: null,
      kind: 'registration',
      evidence:
        first === lastRegistration
          ? `The file has no check-in or start times; its registrations are from ${formatDay(first)}, so the night was on or after then.`
          : `The file has no check-in or start times; its registrations run ${formatDay(first)} – ${formatDay(lastRegistration)}, so the night was on or after ${formatDay(lastRegistration)}.`,
      title,
    }
  }
  return {
    date: null,
    kind: 'none',
    evidence: 'The file has no dates that say when the night was.',
    title,
  }
}

/** A night proposal for a file's bytes as parsed (`headerLine` from `ParsedTable`). */
export function proposeNightForFile(
  bytes: Uint8Array,
  table: { header: readonly string[]; records: NightEvidenceInput['records']; headerLine: number },
  fileName: string,
  timeZone: string,
): NightProposal {
  return proposeNight({
    fileName,
    header: table.header,
    records: table.records,
    preamble: readPreamble(bytes, table.headerLine),
    timeZone,
  })
}

// A report's summary sits in its first lines; reading further would only decode the rows again.
const PREAMBLE_BYTES = 16_384

/** The rows before the header line, as cells: a Zoom report's summary. Empty when none. */
export function readPreamble(bytes: Uint8Array, headerLine: number): string[][] {
  if (headerLine <= 1) return []
  const decoded = decodeBytes(bytes.subarray(0, PREAMBLE_BYTES))
  if (!decoded.ok) return []
  const lines = decoded.text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(0, headerLine - 1)
  const parsed = Papa.parse<string[]>(lines.join('\n'), { skipEmptyLines: true })
  return parsed.data
}

/**
 * A warning when a chosen event's date is far from what the file says, or null. The organizer can
 * still import: a list downloaded a week late is real, but a list from last spring imported into
 * next month's night is the mistake this catches.
 */
export function farFromEvidenceWarning(
  event: Pick<Event, 'title' | 'start'>,
  proposal: NightProposal,
): string | null {
  if (proposal.date === null) return null
  const eventDay = event.start.slice(0, 10)
  const distance = Math.abs(daysBetween(proposal.date, eventDay))
  if (distance <= FAR_FROM_EVIDENCE_DAYS) return null
  return `The file points to ${formatDay(proposal.date)} (${proposal.evidence.replace(/^from /, '')}), but “${event.title}” is on ${formatDay(eventDay)}, ${countOf(distance, 'day')} away. Check this is the right event.`
}

/** The event within a few days of the file's evidence, nearest first; null when none is close. */
export function eventMatchingEvidence<E extends Pick<Event, 'start'>>(
  events: readonly E[],
  proposal: NightProposal,
): E | null {
  if (proposal.date === null) return null
  let best: E | null = null
  let bestDistance = Infinity
  for (const event of events) {
    const distance = Math.abs(daysBetween(proposal.date, event.start.slice(0, 10)))
    if (distance <= FAR_FROM_EVIDENCE_DAYS && distance < bestDistance) {
      best = event
      bestDistance = distance
    }
  }
  return best
}
