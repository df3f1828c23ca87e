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

function statusWord(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
}

function readStatus(platform: Platform, raw: string): RegistrationStatus {
  const word = statusWord(raw)
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

function readAttendanceCell(raw: string): Evidence {
  const word = statusWord(raw)
  if (word === '') return 'none'
  if (NEGATIVE_ATTENDANCE.has(word)) return 'not-checked-in'
  // Anything else is a yes: `Yes`, `Checked In`, `x`, or a check-in time (Luma, pretix, Tito).
  return 'checked-in'
}

function cleanCell(raw: string, platform: Platform): string {
  const value = raw.replace(FORMULA_ESCAPE, '').trim()
  // Tito writes `-` for an unanswered question, Zoom writes `--` for a no-show's join and leave.
  if (platform === 'tito' && value === '-') return ''
  if (platform === 'zoom' && value === '--') return ''
  return value
}

function isInfoRequested(value: string): boolean {
  return /^info requested$/i.test(value.trim())
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
  fieldColumns: ReadonlyMap<ImportField, number>
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
  const answerKeys = uniqueAnswerKeys(header)
  const whenPlatform = (expected: Platform, spellings: readonly string[]): number =>
    platform === expected ? headerIndex(header, spellings) : -1
  return {
    platform,
    fieldColumns,
    answerColumns: header.flatMap((column, index) =>
      column === '' || NOISE_HEADERS.has(normaliseHeader(column))
        ? []
        : [{ index, key: answerKeys[index] ?? column, isMapped: mappedColumns.has(index) }],
    ),
    emailColumn: fieldColumns.get('email') ?? -1,
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
  value: (field: ImportField) => string,
): { name: string; hasPlaceholderName: boolean } {
  const parts = [value('name'), value('firstName'), value('lastName')]
  const hasPlaceholderName = plan.platform === 'eventbrite' && parts.some(isInfoRequested)
  const [fullName = '', firstName = '', lastName = ''] = hasPlaceholderName
    ? parts.map((part) => (isInfoRequested(part) ? '' : part))
    : parts
  const joinedName = [firstName, lastName].filter((part) => part !== '').join(' ')
  // Zoom's first/last come from the registration form; its user name is whatever someone typed
  // into the meeting window, so there it is only the fallback.
  const isJoinedPreferred = plan.platform === 'zoom' && joinedName !== ''
  const name = isJoinedPreferred || fullName === '' ? joinedName : fullName
  return { name, hasPlaceholderName }
}

function readSourceKey(
  plan: ColumnPlan,
  value: (field: ImportField) => string,
  cellAt: (index: number) => string,
): string {
  const key = value('sourceKey')
  if (plan.eventbriteOrderColumn >= 0) {
    return [cellAt(plan.eventbriteOrderColumn), key].filter((part) => part !== '').join('-')
  }
  if (plan.pretixPosition >= 0 && key !== '' && cellAt(plan.pretixPosition) !== '') {
    return `${key}-${cellAt(plan.pretixPosition)}`
  }
  // Meetup writes `user 12345678`; the number is the member.
  return plan.platform === 'meetup' ? key.replace(/^user\s+/i, '') : key
}

function readEvidence(
  plan: ColumnPlan,
  value: (field: ImportField) => string,
  cellAt: (index: number) => string,
): Evidence {
  if (plan.titoCheckInColumns.length > 0) {
    return plan.titoCheckInColumns.some((index) => cellAt(index) !== '') ? 'checked-in' : 'none'
  }
  if (plan.isEventbriteStatusColumn) {
    // `Attending` is not a "no": it is all Eventbrite says until check-in is used at all.
    return statusWord(value('attendance')) === 'checked in' ? 'checked-in' : 'none'
  }
  const evidence = readAttendanceCell(value('attendance'))
  // Only Zoom's `Attended` (and a generic yes/no column) says "did not come" outright; elsewhere an
  // empty or "no" check-in cell is silence until the file shows check-in was used.
  const saysNoOutright = plan.platform === 'zoom' || plan.platform === 'generic'
  return evidence === 'not-checked-in' && !saysNoOutright ? 'none' : evidence
}

function mapRecord(rawCells: readonly string[], line: number, plan: ColumnPlan): RecordOutcome {
  const cells = rawCells.map((cell) => cleanCell(cell, plan.platform))
  const cellAt = (index: number): string => (index >= 0 ? (cells[index] ?? '') : '')
  const value = (field: ImportField): string => cellAt(plan.fieldColumns.get(field) ?? -1)

  const read = readName(plan, value)
  let name = read.name
  let rawEmail = value('email')
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
      ? value('platformPersonId').replace(/^user\s+/i, '')
      : value('platformPersonId')

  const evidence = readEvidence(plan, value, cellAt)
  let status = readStatus(plan.platform, value('status'))
  if (evidence === 'checked-in' && status === 'waitlist') {
    // Checked in at the door: whatever the list said, they got a seat.
    status = 'going'
  }

  const answers: [string, string][] = []
  for (const { index, key, isMapped } of plan.answerColumns) {
    const cell = cellAt(index)
    // An e-mail cell that is not an address is no identity, but it is still what they wrote.
    const isUnusableEmail = index === plan.emailColumn && email === ''
    if (cell !== '' && (!isMapped || isUnusableEmail)) answers.push([key, cell])
  }

  const row: ImportedRow = {
    line,
    name,
    email,
    platformPersonId,
    sourceKey: readSourceKey(plan, value, cellAt),
    status,
    attendance: 'unknown',
    ticketType: value('ticketType'),
    registeredAt: value('registeredAt'),
    // fromEntries defines own properties, so a `__proto__` column is an answer like any other.
    answers: Object.fromEntries(answers),
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

  const rowErrors: RowError[] = []
  const drafts: Draft[] = []
  const infoRequested: Draft[] = []
  const seenRows = new Set<string>()
  let duplicatesCollapsed = 0
  table.records.forEach((record, index) => {
    const cells = rowsToRead[index] ?? record.cells
    // Two downloads pasted together: the second copy of a row adds nothing.
    const rowKey = JSON.stringify(cells)
    if (seenRows.has(rowKey)) {
      duplicatesCollapsed += 1
      return
    }
    seenRows.add(rowKey)
    const outcome = mapRecord(cells, record.line, plan)
    if (outcome.kind === 'error') rowErrors.push(outcome.error)
    else if (outcome.kind === 'info-requested') infoRequested.push(outcome.draft)
    else drafts.push(outcome.draft)
  })

  // An Eventbrite ticket bought for someone unnamed carries the buyer's e-mail; imported, it would
  // land on the buyer as a second registration. With an e-mail of its own it is a real attendee.
  const namedEmails = new Set(
    drafts.map((draft) => draft.row.email).filter((email) => email !== ''),
  )
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
  const rows = collapsed.drafts.map(({ row, evidence }): ImportedRow => {
    let attendance: ImportedRow['attendance'] = 'unknown'
    if (evidence === 'checked-in') attendance = 'checked-in'
    // A registration that was not `going` had no seat to miss: no-show only for those who were.
    else if (hasAttendanceData && row.status === 'going') attendance = 'no-show'
    return { ...row, attendance }
  })

  rowErrors.sort((a, b) => a.line - b.line)
  return { rows, rowErrors, duplicatesCollapsed, hasAttendanceData }
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
