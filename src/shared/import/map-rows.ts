/**
 * Table + mapping → `ImportedRow`s: what each platform's cells mean (statuses, check-ins, its
 * placeholders for "empty"), one row per registration (rejoins, double submissions and pasted-twice
 * rows folded), and a reason for every row that cannot become a person.
 */
import type { Platform, RegistrationStatus } from '../domain/schemas'
import { normaliseEmail, normaliseHeader, normaliseName } from './normalise'
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
}

export const NO_IDENTITY_REASON = 'no e-mail, no name and no person id'
export const INFO_REQUESTED_REASON =
  'extra ticket without attendee details (Eventbrite shows “Info Requested”)'

const EMAIL_LIKE = /^[^\s@]+@[^\s@]+$/
// pretix (and DevRel OS's own exports) write `'` before a cell that starts with a formula
// character so a spreadsheet shows it as text; the apostrophe is an escape, not content.
const FORMULA_ESCAPE = /^'(?=[=+\-@|%\t\r\n])/
const APOSTROPHE = 0x27
// Links that carry a ticket's secret or repeat an id: kept out of answers, where a person reads them.
const NOISE_HEADERS = new Set(['qrcodeurl', 'uniqueticketurl', 'uniqueorderurl', 'tickettypeid'])
const PRETIX_POSITION_HEADERS = ['Position ID', 'Positions-ID', 'Order position', 'Position']
const ZOOM_MINUTES_HEADER = 'timeinsession(minutes)'

// A Map, not an object literal: a status cell reading `constructor` must not find Object's own.
const STATUS_WORDS: ReadonlyMap<string, RegistrationStatus> = new Map(
  Object.entries({
    '': 'going',
    approved: 'going',
    going: 'going',
    yes: 'going',
    attending: 'going',
    registered: 'going',
    confirmed: 'going',
    accepted: 'going',
    paid: 'going',
    'checked in': 'going',
    active: 'going',
    valid: 'going',
    booked: 'going',
    waitlist: 'waitlist',
    waitlisted: 'waitlist',
    'wait list': 'waitlist',
    waiting: 'waitlist',
    pending: 'waitlist',
    'pending approval': 'waitlist',
    // A Luma guest the host invited who has not accepted: not going (so never counted as an
    // estimated attendee), not declined (they said nothing); a later export where they accept
    // updates the same registration.
    invited: 'waitlist',
    declined: 'declined',
    no: 'declined',
    'not going': 'declined',
    rejected: 'declined',
    denied: 'declined',
    'not attending': 'declined',
    cancelled: 'cancelled',
    canceled: 'cancelled',
    refunded: 'cancelled',
    void: 'cancelled',
    voided: 'cancelled',
    deleted: 'cancelled',
    expired: 'cancelled',
  } satisfies Record<string, RegistrationStatus>),
)

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

function statusWord(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
}

/** `statusWord`, remembering the words of the values seen so far in one table. */
function createStatusWords(): (raw: string) => string {
  const words = new Map<string, string>()
  return (raw) => {
    const known = words.get(raw)
    if (known !== undefined) return known
    const word = statusWord(raw)
    if (words.size < MAX_REMEMBERED_STATUS_WORDS) words.set(raw, word)
    return word
  }
}

function readStatus(platform: Platform, word: string): RegistrationStatus {
  if (platform === 'tito') {
    // Tito's status column is `Void Status`: anything in it means the ticket was voided.
    return word === '' ? 'going' : 'cancelled'
  }
  if (platform === 'eventbrite' && word === 'not attending') {
    // Eventbrite writes `Not Attending` for refunded and cancelled tickets: the buyer withdrew.
    return 'cancelled'
  }
  return STATUS_WORDS.get(word) ?? 'going'
}

function readAttendanceCell(word: string): Evidence {
  if (word === '') return 'none'
  if (NEGATIVE_ATTENDANCE.has(word)) return 'not-checked-in'
  // Anything else is a yes: `Yes`, `Checked In`, `x`, or a check-in time (Luma, pretix, Tito).
  return 'checked-in'
}

function cleanCell(raw: string, platform: Platform): string {
  // Only a leading apostrophe can be an escape, so most cells skip the regex.
  const value = (raw.charCodeAt(0) === APOSTROPHE ? raw.replace(FORMULA_ESCAPE, '') : raw).trim()
  // Tito writes `-` for an unanswered question, Zoom writes `--` for a no-show's join and leave.
  if (platform === 'tito' && value === '-') return ''
  if (platform === 'zoom' && value === '--') return ''
  return value
}

const INFO_REQUESTED = /^info requested$/i

function isInfoRequested(value: string): boolean {
  // The length test keeps the trim and the regex off the names and e-mails of every other row.
  return value.length >= 'info requested'.length && INFO_REQUESTED.test(value.trim())
}

function headerIndex(header: readonly string[], spellings: readonly string[]): number {
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
function mergeZoomRejoin(kept: Draft, later: Draft): void {
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

/** Where each field and each platform-specific column sits: worked out once per table. */
interface ColumnPlan {
  platform: Platform
  /** The column each field reads, -1 where it is not mapped or its column is missing. */
  fieldColumns: Readonly<Record<ImportField, number>>
  answerColumns: readonly { index: number; key: string; isMapped: boolean }[]
  emailColumn: number
  /** Every Tito `Check-ins: <list>` column: a check-in on any list counts. */
  titoCheckInColumns: readonly number[]
  titoOrderName: number
  titoOrderEmail: number
  /** Eventbrite's `Attendee Status` carries both status and attendance. */
  isEventbriteStatusColumn: boolean
  eventbriteOrderColumn: number
  pretixPosition: number
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
  platform: Platform,
): ColumnPlan {
  const fieldColumns = new Map<ImportField, number>()
  for (const [field, column] of Object.entries(mapping) as [ImportField, string | undefined][]) {
    fieldColumns.set(field, column === undefined ? -1 : header.indexOf(column))
  }
  const attendanceHeader = normaliseHeader(mapping.attendance ?? '')
  const titoCheckInColumns =
    platform === 'tito' && attendanceHeader.startsWith('checkins:')
      ? header.flatMap((name, index) =>
          normaliseHeader(name).startsWith('checkins:') ? [index] : [],
        )
      : []
  const mappedColumns = new Set([...fieldColumns.values(), ...titoCheckInColumns])
  const fieldColumnOf = Object.fromEntries(
    IMPORT_FIELDS.map((field) => [field, fieldColumns.get(field) ?? -1]),
  ) as Record<ImportField, number>
  const answerKeys = uniqueAnswerKeys(header)
  const whenPlatform = (expected: Platform, spellings: readonly string[]): number =>
    platform === expected ? headerIndex(header, spellings) : -1
  return {
    platform,
    fieldColumns: fieldColumnOf,
    answerColumns: header.flatMap((column, index) =>
      column === '' || NOISE_HEADERS.has(normaliseHeader(column))
        ? []
        : [{ index, key: answerKeys[index] ?? column, isMapped: mappedColumns.has(index) }],
    ),
    emailColumn: fieldColumnOf.email,
    titoCheckInColumns,
    titoOrderName: whenPlatform('tito', ['Order Name']),
    titoOrderEmail: whenPlatform('tito', ['Order Email']),
    isEventbriteStatusColumn: platform === 'eventbrite' && attendanceHeader === 'attendeestatus',
    eventbriteOrderColumn:
      normaliseHeader(mapping.sourceKey ?? '') === 'attendee#'
        ? whenPlatform('eventbrite', ['Order #'])
        : -1,
    pretixPosition: whenPlatform('pretix', PRETIX_POSITION_HEADERS),
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
  const hasPlaceholderName =
    plan.platform === 'eventbrite' &&
    (isInfoRequested(fullName) || isInfoRequested(firstName) || isInfoRequested(lastName))
  if (hasPlaceholderName) {
    if (isInfoRequested(fullName)) fullName = ''
    if (isInfoRequested(firstName)) firstName = ''
    if (isInfoRequested(lastName)) lastName = ''
  }
  const joinedName = joinNonEmpty(firstName, lastName, ' ')
  // Zoom's first/last come from the registration form; its user name is whatever someone typed
  // into the meeting window, so there it is only the fallback.
  const isJoinedPreferred = plan.platform === 'zoom' && joinedName !== ''
  const name = isJoinedPreferred || fullName === '' ? joinedName : fullName
  return { name, hasPlaceholderName }
}

/** `[first, second].filter((part) => part !== '').join(separator)`, without the two arrays. */
function joinNonEmpty(first: string, second: string, separator: string): string {
  if (first === '') return second
  if (second === '') return first
  return [first, second].join(separator)
}

function readSourceKey(plan: ColumnPlan, cellAt: (index: number) => string): string {
  const key = cellAt(plan.fieldColumns.sourceKey)
  if (plan.eventbriteOrderColumn >= 0) {
    return joinNonEmpty(cellAt(plan.eventbriteOrderColumn), key, '-')
  }
  if (plan.pretixPosition >= 0 && key !== '' && cellAt(plan.pretixPosition) !== '') {
    return `${key}-${cellAt(plan.pretixPosition)}`
  }
  // Meetup writes `user 12345678`; the number is the member.
  return plan.platform === 'meetup' ? key.replace(/^user\s+/i, '') : key
}

function readEvidence(
  plan: ColumnPlan,
  cellAt: (index: number) => string,
  statusWordOf: (raw: string) => string,
): Evidence {
  if (plan.titoCheckInColumns.length > 0) {
    return plan.titoCheckInColumns.some((index) => cellAt(index) !== '') ? 'checked-in' : 'none'
  }
  const attendanceWord = statusWordOf(cellAt(plan.fieldColumns.attendance))
  if (plan.isEventbriteStatusColumn) {
    // `Attending` is not a "no": it is all Eventbrite says until check-in is used at all.
    return attendanceWord === 'checked in' ? 'checked-in' : 'none'
  }
  const evidence = readAttendanceCell(attendanceWord)
  // Only Zoom's `Attended` (and a generic yes/no column) says "did not come" outright; elsewhere an
  // empty or "no" check-in cell is silence until the file shows check-in was used.
  const saysNoOutright = plan.platform === 'zoom' || plan.platform === 'generic'
  return evidence === 'not-checked-in' && !saysNoOutright ? 'none' : evidence
}

function mapRecord(
  rawCells: readonly string[],
  line: number,
  plan: ColumnPlan,
  statusWordOf: (raw: string) => string,
): RecordOutcome {
  // Cells are cleaned as they are read rather than copied into a cleaned row first: on a large
  // file that copy is one more array per row for the garbage collector.
  const cellAt = (index: number): string =>
    index >= 0 ? cleanCell(rawCells[index] ?? '', plan.platform) : ''
  const columns = plan.fieldColumns

  const read = readName(plan, cellAt)
  let name = read.name
  let rawEmail = cellAt(columns.email)
  if (plan.platform === 'tito' && name === '' && rawEmail === '') {
    // An unassigned Tito ticket: the buyer holds it until it is assigned.
    name = cellAt(plan.titoOrderName)
    rawEmail = cellAt(plan.titoOrderEmail)
  }
  name = normaliseName(name)
  const normalisedEmail = normaliseEmail(rawEmail)
  const email = EMAIL_LIKE.test(normalisedEmail) ? normalisedEmail : ''
  const platformPersonId =
    plan.platform === 'meetup'
      ? cellAt(columns.platformPersonId).replace(/^user\s+/i, '')
      : cellAt(columns.platformPersonId)

  const evidence = readEvidence(plan, cellAt, statusWordOf)
  let status = readStatus(plan.platform, statusWordOf(cellAt(columns.status)))
  if (evidence === 'checked-in' && status === 'waitlist') {
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
  if (read.hasPlaceholderName && name === '')
    return { kind: 'info-requested', draft: { row, evidence } }
  if (email === '' && name === '' && platformPersonId === '') {
    return { kind: 'error', error: { line, reason: NO_IDENTITY_REASON } }
  }
  return { kind: 'row', draft: { row, evidence } }
}

/** Map a parsed table to import rows, with what each platform's cells mean; never throws on a table. */
export function mapRows(
  table: ParsedTable,
  mapping: ColumnMapping,
  platform: Platform,
): MappedRows {
  const plan = planColumns(table.header, mapping, platform)
  const cellRows = table.records.map((record) => record.cells)
  const rowsToRead = platform === 'sessionize' ? fillDownSessions(table.header, cellRows) : cellRows
  const statusWordOf = createStatusWords()

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
    const outcome = mapRecord(cells, record.line, plan, statusWordOf)
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

  const isKeyPerOrder = platform === 'pretix' && plan.pretixPosition === -1
  const collapsed = collapseRepeats(drafts, platform, isKeyPerOrder)
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
 * Folds rows that are one registration: Zoom rejoins (same e-mail), Google Forms double
 * submissions (same e-mail, the last one wins), a Sessionize speaker with several sessions, and a
 * row key seen twice (a newer download pasted under an older one: the later row wins). pretix
 * check-in lists without a position column repeat the order code for every ticket of an order, so
 * there the repeats are numbered instead of folded.
 */
function collapseRepeats(
  drafts: Draft[],
  platform: Platform,
  isKeyPerOrder: boolean,
): { drafts: Draft[]; count: number } {
  const kept: Draft[] = []
  const byKey = new Map<string, number>()
  let count = 0
  const orderCodeSeen = new Map<string, number>()

  for (const draft of drafts) {
    let key = ''
    if (platform === 'zoom' || platform === 'google-forms') {
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
    if (platform === 'zoom') mergeZoomRejoin(earlierDraft, draft)
    else if (platform !== 'sessionize') kept[earlier] = draft
  }
  kept.sort((a, b) => a.row.line - b.row.line)
  return { drafts: kept, count }
}
