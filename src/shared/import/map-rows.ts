/**
 * Table + mapping → `ImportedRow`s: what each platform's cells mean (statuses, check-ins, its
 * placeholders for "empty", its ticket rules), one row per registration (rejoins, double
 * submissions, pasted-twice rows, replaced tickets folded), and a reason for every row that cannot
 * become a person. What is platform-specific comes from the platform's profile (`platforms/`).
 */
import type { Platform, RegistrationStatus } from '../domain/schemas'
import { normaliseEmail, normaliseHeader, normaliseName } from './normalise'
import type { PlatformProfile } from './platforms/profile'
import { platformProfile } from './platforms/registry'
import {
  platformStatusWord,
  readStatusWord,
  statusWord,
  type StatusReadings,
} from './status-reading'
import type {
  ColumnMapping,
  ImportField,
  ImportedRow,
  MappedRows,
  ParsedTable,
  RowError,
} from './types'
import { IMPORT_FIELDS } from './types'

/** What a row says about check-in: `none` is silence, which only means no-show in a file that has check-ins. */
type Evidence = 'checked-in' | 'not-checked-in' | 'none'

interface Draft {
  row: ImportedRow
  evidence: Evidence
  /** The row's order (purchase), empty where the platform has none. */
  order: string
  /** The ticket carries no attendee name of its own (before any fallback to the buyer). */
  isUnnamed: boolean
}

export const NO_IDENTITY_REASON = 'no e-mail, no name and no person id'
export const INFO_REQUESTED_REASON =
  'extra ticket without attendee details (Eventbrite shows “Info Requested”)'

/** Why an unnamed extra ticket of an order is not a person; says whether its check-in was dropped. */
export function extraTicketReason(order: string, wasCheckedIn: boolean): string {
  const checkIn = wasCheckedIn ? ', and its check-in is not counted' : ''
  return `extra ticket of order ${order} without an attendee name: not a person${checkIn}`
}

/** Why a voided ticket is not a second registration of its holder. */
export function replacedTicketReason(key: string, replacement: string): string {
  const which = key === '' ? 'cancelled ticket' : `cancelled ticket ${key}`
  const by = replacement === '' ? 'another ticket' : `ticket ${replacement}`
  return `${which}, replaced by ${by} of the same person: one registration`
}

/** Options of `mapRows`: the organizer's reading of the status column's values. */
export interface MapRowsOptions {
  statusReadings?: StatusReadings
}

const EMAIL_LIKE = /^[^\s@]+@[^\s@]+$/
// pretix (and DevRel OS's own exports) write `'` before a cell that starts with a formula
// character so a spreadsheet shows it as text; the apostrophe is an escape, not content.
const FORMULA_ESCAPE = /^'(?=[=+\-@|%\t\r\n])/
const APOSTROPHE = 0x27
// Links that carry a ticket's secret or repeat an id: kept out of answers, where a person reads them.
const NOISE_HEADERS = new Set(['qrcodeurl', 'uniqueticketurl', 'uniqueorderurl', 'tickettypeid'])
const ZOOM_MINUTES_HEADER = 'timeinsession(minutes)'
/** Someone checked in came, whatever the list said before (a waitlist, an unread answer). */
const SEATED_BY_CHECK_IN: ReadonlySet<RegistrationStatus> = new Set([
  'waitlist',
  'invited',
  'maybe',
  'unknown',
])

const NEGATIVE_ATTENDANCE = new Set([
  'no',
  'n',
  'false',
  '0',
  'absent',
  'no show',
  'not checked in',
  'not attended',
  'did not attend',
])

// A status column holds a handful of distinct values, each read on every row; remembering them
// spares a large file two string copies per row. Capped, because a check-in column holds times.
const MAX_REMEMBERED_STATUS_WORDS = 256

/** `fn`, remembering its result for the values seen so far in one table. */
function remembered<T>(fn: (raw: string) => T): (raw: string) => T {
  const known = new Map<string, T>()
  return (raw) => {
    if (known.has(raw)) return known.get(raw) as T
    const result = fn(raw)
    if (known.size < MAX_REMEMBERED_STATUS_WORDS) known.set(raw, result)
    return result
  }
}

function readAttendanceCell(word: string): Evidence {
  if (word === '') return 'none'
  if (NEGATIVE_ATTENDANCE.has(word)) return 'not-checked-in'
  // Anything else is a yes: `Yes`, `Checked In`, `x`, or a check-in time (Luma, pretix, Tito).
  return 'checked-in'
}

function cleanCell(raw: string, emptyMarkers: readonly string[]): string {
  // Only a leading apostrophe can be an escape, so most cells skip the regex.
  const value = (raw.charCodeAt(0) === APOSTROPHE ? raw.replace(FORMULA_ESCAPE, '') : raw).trim()
  // Tito writes `-` for an unanswered question, Zoom writes `--` for a no-show's join and leave.
  if (emptyMarkers.length > 0 && emptyMarkers.includes(value)) return ''
  return value
}

function isPlaceholder(value: string, placeholder: RegExp | undefined): boolean {
  // The length test keeps the trim and the regex off the names and e-mails of most rows.
  return placeholder !== undefined && value.length >= 4 && placeholder.test(value.trim())
}

function headerIndex(header: readonly string[], spellings: readonly string[] | undefined): number {
  if (spellings === undefined) return -1
  const keys = new Set(spellings.map(normaliseHeader))
  return header.findIndex((name) => keys.has(normaliseHeader(name)))
}

/**
 * Sessionize writes a session's columns once and leaves them blank on its co-speakers' rows; copy
 * them down so every speaker row carries its session. Session columns come before `Speaker Id`.
 */
function fillDownSessions(header: readonly string[], rows: string[][]): string[][] {
  const sessionIndex = headerIndex(header, ['Session Id'])
  const speakerIndex = headerIndex(header, ['Speaker Id'])
  if (sessionIndex === -1 || speakerIndex === -1 || sessionIndex > speakerIndex) return rows
  let previous: string[] | undefined
  return rows.map((cells) => {
    if ((cells[sessionIndex] ?? '').trim() !== '' || !previous) {
      previous = cells
      return cells
    }
    const source = previous
    const filled = cells.map((cell, index) =>
      index < speakerIndex && cell.trim() === '' ? (source[index] ?? '') : cell,
    )
    previous = filled
    return filled
  })
}

function uniqueAnswerKeys(header: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return header.map((name) => {
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    return count === 1 ? name : `${name} (${count})`
  })
}

function parseMinutes(value: string): number | null {
  const minutes = Number(value.replace(',', '.'))
  return value !== '' && Number.isFinite(minutes) ? minutes : null
}

/** Zoom writes one row per join session; a person who rejoined is one attendee who was there. */
function mergeRejoin(kept: Draft, later: Draft): void {
  if (later.evidence === 'checked-in') kept.evidence = 'checked-in'
  // A Map, not an object: an answer keyed `__proto__` must stay a plain entry.
  const answers = new Map(Object.entries(kept.row.answers))
  for (const [key, value] of Object.entries(later.row.answers)) {
    const normalised = normaliseHeader(key)
    if (normalised === ZOOM_MINUTES_HEADER) {
      const sum = (parseMinutes(answers.get(key) ?? '') ?? 0) + (parseMinutes(value) ?? 0)
      answers.set(key, String(sum))
    } else if (normalised === 'leavetime' || !answers.has(key)) {
      answers.set(key, value)
    }
  }
  kept.row.answers = Object.fromEntries(answers)
}

/** Where each field and each profile column sits: worked out once per table. */
interface ColumnPlan {
  profile: PlatformProfile
  emptyMarkers: readonly string[]
  /** The column each field reads, -1 where it is not mapped or its column is missing. */
  fieldColumns: Readonly<Record<ImportField, number>>
  answerColumns: readonly { index: number; key: string; isMapped: boolean }[]
  emailColumn: number
  /** Every column of a platform with one check-in column per list (Tito): a check-in on any counts. */
  attendanceColumns: readonly number[]
  buyerName: number
  buyerEmail: number
  /** The status column also says check-in (Eventbrite's `Attendee Status`). */
  isStatusAttendance: boolean
  rowKeyPrefix: number
  rowKeyPosition: number
  orderColumn: number
}

/** An own, enumerable, writable property, as `Object.fromEntries` would define it. */
function answerProperty(value: string): PropertyDescriptor {
  return { value, writable: true, enumerable: true, configurable: true }
}

type RecordOutcome =
  | { kind: 'row'; draft: Draft }
  | { kind: 'info-requested'; draft: Draft }
  | { kind: 'error'; error: RowError }

function planColumns(
  header: readonly string[],
  mapping: ColumnMapping,
  profile: PlatformProfile,
): ColumnPlan {
  const fieldColumns = new Map<ImportField, number>()
  for (const [field, column] of Object.entries(mapping) as [ImportField, string | undefined][]) {
    fieldColumns.set(field, column === undefined ? -1 : header.indexOf(column))
  }
  const attendanceHeader = normaliseHeader(mapping.attendance ?? '')
  const prefix = (profile.columns.attendance ?? []).find((spelling) => spelling.endsWith('*'))
  const prefixKey = prefix === undefined ? '' : normaliseHeader(prefix.slice(0, -1))
  const attendanceColumns =
    profile.isAttendanceOverColumns === true &&
    prefixKey !== '' &&
    attendanceHeader.startsWith(prefixKey)
      ? header.flatMap((name, index) =>
          normaliseHeader(name).startsWith(prefixKey) ? [index] : [],
        )
      : []
  const mappedColumns = new Set([...fieldColumns.values(), ...attendanceColumns])
  const fieldColumnOf = Object.fromEntries(
    IMPORT_FIELDS.map((field) => [field, fieldColumns.get(field) ?? -1]),
  ) as Record<ImportField, number>
  const answerKeys = uniqueAnswerKeys(header)
  const statusHeader = normaliseHeader(mapping.status ?? '')
  // Eventbrite's row key is `Order #` + `Attendee #`, only when `Attendee #` is the key.
  const keyHeader = normaliseHeader(mapping.sourceKey ?? '')
  const isOwnKey = (profile.columns.sourceKey ?? []).some(
    (spelling) => normaliseHeader(spelling) === keyHeader,
  )
  return {
    profile,
    emptyMarkers: profile.emptyMarkers ?? [],
    fieldColumns: fieldColumnOf,
    answerColumns: header.flatMap((column, index) =>
      column === '' || NOISE_HEADERS.has(normaliseHeader(column))
        ? []
        : [{ index, key: answerKeys[index] ?? column, isMapped: mappedColumns.has(index) }],
    ),
    emailColumn: fieldColumnOf.email,
    attendanceColumns,
    buyerName: headerIndex(header, profile.tickets?.buyerName),
    buyerEmail: headerIndex(header, profile.tickets?.buyerEmail),
    isStatusAttendance:
      profile.checkedInStatusWord !== undefined &&
      attendanceHeader !== '' &&
      attendanceHeader === statusHeader,
    rowKeyPrefix: isOwnKey ? headerIndex(header, profile.rowKeyPrefixColumn) : -1,
    rowKeyPosition: headerIndex(header, profile.rowKeyPositionColumn),
    orderColumn: headerIndex(header, profile.tickets?.orderColumn),
  }
}

/** The name a row gives, and whether the platform wrote a placeholder instead of one. */
function readName(
  plan: ColumnPlan,
  cellAt: (index: number) => string,
): { name: string; hasPlaceholderName: boolean } {
  let fullName = cellAt(plan.fieldColumns.name)
  let firstName = cellAt(plan.fieldColumns.firstName)
  let lastName = cellAt(plan.fieldColumns.lastName)
  const placeholder = plan.profile.placeholderName
  const hasPlaceholderName =
    isPlaceholder(fullName, placeholder) ||
    isPlaceholder(firstName, placeholder) ||
    isPlaceholder(lastName, placeholder)
  if (hasPlaceholderName) {
    if (isPlaceholder(fullName, placeholder)) fullName = ''
    if (isPlaceholder(firstName, placeholder)) firstName = ''
    if (isPlaceholder(lastName, placeholder)) lastName = ''
  }
  const joinedName = joinNonEmpty(firstName, lastName, ' ')
  const isJoinedPreferred = plan.profile.isFirstLastPreferred === true && joinedName !== ''
  const name = isJoinedPreferred || fullName === '' ? joinedName : fullName
  return { name, hasPlaceholderName }
}

/** `[first, second].filter((part) => part !== '').join(separator)`, without the two arrays. */
function joinNonEmpty(first: string, second: string, separator: string): string {
  if (first === '') return second
  if (second === '') return first
  return [first, second].join(separator)
}

function withoutIdPrefix(plan: ColumnPlan, id: string): string {
  const prefix = plan.profile.idPrefix
  return prefix === undefined ? id : id.replace(prefix, '')
}

function readSourceKey(plan: ColumnPlan, cellAt: (index: number) => string): string {
  const key = cellAt(plan.fieldColumns.sourceKey)
  if (plan.rowKeyPrefix >= 0) {
    return joinNonEmpty(cellAt(plan.rowKeyPrefix), key, '-')
  }
  if (plan.rowKeyPosition >= 0 && key !== '' && cellAt(plan.rowKeyPosition) !== '') {
    return `${key}-${cellAt(plan.rowKeyPosition)}`
  }
  return withoutIdPrefix(plan, key)
}

function readEvidence(
  plan: ColumnPlan,
  cellAt: (index: number) => string,
  statusWordOf: (raw: string) => string,
): Evidence {
  if (plan.attendanceColumns.length > 0) {
    return plan.attendanceColumns.some((index) => cellAt(index) !== '') ? 'checked-in' : 'none'
  }
  const attendanceWord = statusWordOf(cellAt(plan.fieldColumns.attendance))
  if (plan.isStatusAttendance) {
    return attendanceWord === plan.profile.checkedInStatusWord ? 'checked-in' : 'none'
  }
  const evidence = readAttendanceCell(attendanceWord)
  // Only a column that says "did not come" outright (Zoom's `Attended`, a hand-made yes/no list)
  // makes a "no" a no-show; elsewhere an empty or "no" check-in cell is silence until the file
  // shows check-in was used.
  return evidence === 'not-checked-in' && !plan.profile.isNoAttendanceOutright ? 'none' : evidence
}

function mapRecord(
  rawCells: readonly string[],
  line: number,
  plan: ColumnPlan,
  statusWordOf: (raw: string) => string,
  statusOf: (raw: string) => RegistrationStatus,
): RecordOutcome {
  // Cells are cleaned as they are read rather than copied into a cleaned row first: on a large
  // file that copy is one more array per row for the garbage collector.
  const cellAt = (index: number): string =>
    index >= 0 ? cleanCell(rawCells[index] ?? '', plan.emptyMarkers) : ''
  const columns = plan.fieldColumns

  const read = readName(plan, cellAt)
  let name = read.name
  let rawEmail = cellAt(columns.email)
  const isUnnamed = name === ''
  if (name === '' && rawEmail === '' && plan.buyerName + plan.buyerEmail > -2) {
    // An unassigned ticket: the buyer holds it until it is assigned.
    name = cellAt(plan.buyerName)
    rawEmail = cellAt(plan.buyerEmail)
  }
  name = normaliseName(name)
  const normalisedEmail = normaliseEmail(rawEmail)
  const email = EMAIL_LIKE.test(normalisedEmail) ? normalisedEmail : ''
  const platformPersonId = withoutIdPrefix(plan, cellAt(columns.platformPersonId))

  const evidence = readEvidence(plan, cellAt, statusWordOf)
  // No status column: the file is a list of registrations, and being on it is going.
  let status: RegistrationStatus =
    columns.status === -1 ? 'going' : statusOf(rawCells[columns.status] ?? '')
  if (evidence === 'checked-in' && SEATED_BY_CHECK_IN.has(status)) {
    // Checked in at the door: whatever the list said, they got a seat.
    status = 'going'
  }

  const answers: Record<string, string> = {}
  for (const { index, key, isMapped } of plan.answerColumns) {
    // An e-mail cell that is not an address is no identity, but it is still what they wrote.
    const isUnusableEmail = index === plan.emailColumn && email === ''
    if (isMapped && !isUnusableEmail) continue
    const cell = cellAt(index)
    if (cell === '') continue
    // Assigning `__proto__` would set the prototype; defining it keeps it an answer like any other.
    // Every other key is assigned, which is several times faster than `Object.fromEntries`.
    if (key === '__proto__') Object.defineProperty(answers, key, answerProperty(cell))
    else answers[key] = cell
  }

  const row: ImportedRow = {
    line,
    name,
    email,
    platformPersonId,
    sourceKey: readSourceKey(plan, cellAt),
    status,
    attendance: 'unknown',
    ticketType: cellAt(columns.ticketType),
    registeredAt: cellAt(columns.registeredAt),
    answers,
  }
  const draft: Draft = { row, evidence, order: cellAt(plan.orderColumn), isUnnamed }
  if (read.hasPlaceholderName && name === '') return { kind: 'info-requested', draft }
  if (email === '' && name === '' && platformPersonId === '') {
    return { kind: 'error', error: { line, reason: NO_IDENTITY_REASON } }
  }
  return { kind: 'row', draft }
}

/**
 * Map a parsed table to import rows, with what each platform's cells mean; never throws on a table.
 * `options.statusReadings` are the organizer's readings of the status column's values.
 */
export function mapRows(
  table: ParsedTable,
  mapping: ColumnMapping,
  platform: Platform,
  options: MapRowsOptions = {},
): MappedRows {
  const profile = platformProfile(platform)
  const plan = planColumns(table.header, mapping, profile)
  const cellRows = table.records.map((record) => record.cells)
  const rowsToRead =
    profile.isSpeakerList === true ? fillDownSessions(table.header, cellRows) : cellRows
  const statusWordOf = remembered(statusWord)
  const readings = options.statusReadings ?? {}
  const statusOf = remembered(
    (raw) =>
      readStatusWord(
        profile,
        platformStatusWord(profile, cleanCell(raw, plan.emptyMarkers)),
        readings,
      ).reading,
  )

  const rowErrors: RowError[] = []
  const drafts: Draft[] = []
  const infoRequested: Draft[] = []
  const isRepeat = createRepeatCheck(rowsToRead)
  let duplicatesCollapsed = 0
  table.records.forEach((record, index) => {
    // Two downloads pasted together: the second copy of a row adds nothing.
    if (isRepeat(index)) {
      duplicatesCollapsed += 1
      return
    }
    const cells = rowsToRead[index] ?? record.cells
    const outcome = mapRecord(cells, record.line, plan, statusWordOf, statusOf)
    if (outcome.kind === 'error') rowErrors.push(outcome.error)
    else if (outcome.kind === 'info-requested') infoRequested.push(outcome.draft)
    else drafts.push(outcome.draft)
  })

  // An Eventbrite ticket bought for someone unnamed carries the buyer's e-mail; imported, it would
  // land on the buyer as a second registration. With an e-mail of its own it is a real attendee.
  const namedEmails = new Set<string>()
  if (infoRequested.length > 0) {
    for (const draft of drafts) if (draft.row.email !== '') namedEmails.add(draft.row.email)
  }
  for (const draft of infoRequested) {
    if (draft.row.email === '' || namedEmails.has(draft.row.email)) {
      rowErrors.push({ line: draft.row.line, reason: INFO_REQUESTED_REASON })
    } else {
      drafts.push(draft)
    }
  }
  drafts.sort((a, b) => a.row.line - b.row.line)

  const people =
    profile.tickets?.hasExtraUnnamedTickets === true
      ? setAsideExtraTickets(drafts, rowErrors)
      : drafts
  const holders =
    profile.tickets?.hasReplacedTickets === true ? foldReplacedTickets(people, rowErrors) : people

  const isKeyPerOrder =
    profile.rowKeyPositionColumn !== undefined &&
    plan.rowKeyPosition === -1 &&
    plan.orderColumn !== -1 &&
    plan.orderColumn === plan.fieldColumns.sourceKey
  const collapsed = collapseRepeats(holders, profile, isKeyPerOrder)
  duplicatesCollapsed += collapsed.count

  const hasAttendanceData = collapsed.drafts.some((draft) => draft.evidence !== 'none')
  // Each row object was made for its draft and is set in place: a copy per row costs a large file
  // a second set of rows for the garbage collector.
  const rows = collapsed.drafts.map(({ row, evidence }): ImportedRow => {
    let attendance: ImportedRow['attendance'] = 'unknown'
    if (evidence === 'checked-in') attendance = 'checked-in'
    // A registration that was not `going` had no seat to miss: no-show only for those who were.
    else if (hasAttendanceData && row.status === 'going') attendance = 'no-show'
    row.attendance = attendance
    return row
  })

  rowErrors.sort((a, b) => a.line - b.line)
  return { rows, rowErrors, duplicatesCollapsed, hasAttendanceData }
}

/**
 * A buyer's extra tickets (DESIGN.md §1.3: "extra unnamed tickets of a buyer are not people"): in
 * an order with a named ticket, its unnamed tickets; in an order with none named, every unnamed
 * ticket after the first. They are reported, and their check-ins are not counted.
 */
function setAsideExtraTickets(drafts: Draft[], rowErrors: RowError[]): Draft[] {
  const namedOrders = new Set<string>()
  for (const draft of drafts)
    if (draft.order !== '' && !draft.isUnnamed) namedOrders.add(draft.order)
  const firstUnnamed = new Set<string>()
  return drafts.filter((draft) => {
    if (draft.order === '' || !draft.isUnnamed) return true
    if (!namedOrders.has(draft.order) && !firstUnnamed.has(draft.order)) {
      firstUnnamed.add(draft.order)
      return true
    }
    rowErrors.push({
      line: draft.row.line,
      reason: extraTicketReason(draft.order, draft.evidence === 'checked-in'),
    })
    return false
  })
}

/** Who a row is for sure: its e-mail or person id; a name alone is for review to decide. */
function personKey(row: ImportedRow): string {
  if (row.email !== '') return `e:${row.email}`
  if (row.platformPersonId !== '') return `i:${row.platformPersonId}`
  return ''
}

/**
 * A voided (or cancelled, swapped) ticket of a person who also holds a valid ticket in the same
 * file was replaced: one registration, with the valid ticket's state (DESIGN.md §1.3).
 */
function foldReplacedTickets(drafts: Draft[], rowErrors: RowError[]): Draft[] {
  const validByPerson = new Map<string, Draft>()
  for (const draft of drafts) {
    const key = personKey(draft.row)
    if (key !== '' && draft.row.status !== 'cancelled' && !validByPerson.has(key)) {
      validByPerson.set(key, draft)
    }
  }
  if (validByPerson.size === 0) return drafts
  return drafts.filter((draft) => {
    if (draft.row.status !== 'cancelled') return true
    const valid = validByPerson.get(personKey(draft.row))
    if (valid === undefined) return true
    rowErrors.push({
      line: draft.row.line,
      reason: replacedTicketReason(draft.row.sourceKey, valid.row.sourceKey),
    })
    return false
  })
}

// Rows bucket first by the cell of their most varied column, which the map hashes natively; a file
// where that column repeats a lot past the sample falls back to a hash of all cells once repeats
// cost more than this many full-row comparisons per row.
const PIVOT_SAMPLE_ROWS = 1000
const MAX_COMPARISONS_PER_ROW = 4

/**
 * A check for "row `index` repeats an earlier row cell for cell", asked once per row in order.
 * Exact like a key of the whole row (rows are compared in full within a bucket), but without
 * building and hashing a 200-character key for each of 200,000 rows.
 */
function createRepeatCheck(rows: readonly (readonly string[])[]): (index: number) => boolean {
  const pivot = mostVariedColumn(rows.slice(0, PIVOT_SAMPLE_ROWS))
  let bucketOf = (cells: readonly string[]): string | number => cells[pivot] ?? ''
  // Bucket → the latest distinct row in it; `earlierInBucket` chains to the one before.
  let latestInBucket = new Map<string | number, number>()
  const earlierInBucket = new Int32Array(rows.length)
  const isRepeat = new Uint8Array(rows.length)
  let comparisons = 0
  const add = (index: number, bucket: string | number): void => {
    earlierInBucket[index] = latestInBucket.get(bucket) ?? -1
    latestInBucket.set(bucket, index)
  }
  return (index) => {
    const cells = rows[index] ?? []
    const bucket = bucketOf(cells)
    const latest = latestInBucket.get(bucket) ?? -1
    for (let earlier = latest; earlier !== -1; earlier = earlierInBucket[earlier] ?? -1) {
      comparisons += 1
      if (isSameRow(rows[earlier] ?? [], cells)) {
        isRepeat[index] = 1
        return true
      }
    }
    if (bucketOf !== hashCells && comparisons > MAX_COMPARISONS_PER_ROW * (index + 1)) {
      bucketOf = hashCells
      latestInBucket = new Map()
      for (let earlier = 0; earlier <= index; earlier += 1) {
        if (isRepeat[earlier] === 0) add(earlier, hashCells(rows[earlier] ?? []))
      }
      return false
    }
    earlierInBucket[index] = latest
    latestInBucket.set(bucket, index)
    return false
  }
}

/** The column with the most distinct values in `rows` (the first of equals), 0 when none. */
function mostVariedColumn(rows: readonly (readonly string[])[]): number {
  const width = Math.max(0, ...rows.map((cells) => cells.length))
  let best = 0
  let bestCount = 0
  for (let column = 0; column < width; column += 1) {
    const values = new Set(rows.map((cells) => cells[column] ?? ''))
    if (values.size > bestCount) {
      best = column
      bestCount = values.size
    }
  }
  return best
}

/** FNV-1a over the cells' characters, each cell closed by its length so cell borders count. */
function hashCells(cells: readonly string[]): number {
  let hash = 0x811c9dc5
  for (const cell of cells) {
    for (let index = 0; index < cell.length; index += 1) {
      hash = Math.imul(hash ^ cell.charCodeAt(index), 0x01000193)
    }
    hash = Math.imul(hash ^ (cell.length + 0x10000), 0x01000193)
  }
  // 30 bits: a small integer, which a Map hashes without boxing.
  return hash & 0x3fffffff
}

function isSameRow(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false
  return true
}

/**
 * Folds rows that are one registration, as the platform's profile says: Zoom rejoins (same
 * e-mail), form re-submissions (same e-mail: the later answer stands), a
 * Sessionize speaker with several sessions, and a row key seen twice (a newer download pasted
 * under an older one: the later row wins). pretix check-in lists without a position column repeat
 * the order code for every ticket of an order, so there the repeats are numbered instead of folded.
 */
function collapseRepeats(
  drafts: Draft[],
  profile: PlatformProfile,
  isKeyPerOrder: boolean,
): { drafts: Draft[]; count: number } {
  const kept: Draft[] = []
  const byKey = new Map<string, number>()
  let count = 0
  const orderCodeSeen = new Map<string, number>()

  for (const draft of drafts) {
    let key = ''
    if (profile.repeatsByEmail === true) {
      key = draft.row.email
    } else if (isKeyPerOrder) {
      const code = draft.row.sourceKey
      if (code !== '') {
        const occurrence = (orderCodeSeen.get(code) ?? 0) + 1
        orderCodeSeen.set(code, occurrence)
        if (occurrence > 1) draft.row.sourceKey = `${code}-${occurrence}`
      }
    } else {
      key = draft.row.sourceKey
    }
    if (key === '') {
      kept.push(draft)
      continue
    }
    const earlier = byKey.get(key)
    const earlierDraft = earlier === undefined ? undefined : kept[earlier]
    if (earlier === undefined || !earlierDraft) {
      byKey.set(key, kept.length)
      kept.push(draft)
      continue
    }
    count += 1
    if (profile.repeats === 'rejoin') mergeRejoin(earlierDraft, draft)
    else if (profile.repeats === 'later-wins') kept[earlier] = draft
  }
  kept.sort((a, b) => a.row.line - b.row.line)
  return { drafts: kept, count }
}
