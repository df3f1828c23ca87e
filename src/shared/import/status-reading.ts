/**
 * How a status or RSVP cell is read (DESIGN.md §1.3): no value silently counts as going. A cell is
 * read, in order, by the organizer's own reading of that value, the platform's vocabulary, then the
 * common yes / maybe / no words of several languages; a value none of them knows is `unknown`.
 */
import type { Platform, RegistrationStatus } from '../domain/schemas'
import { platformProfile } from './platforms/registry'
import type { PlatformProfile } from './platforms/profile'
import type { ParsedRecord } from './types'

/** The organizer's reading of each status word of one column: word → status. */
export type StatusReadings = Readonly<Record<string, RegistrationStatus>>

/** Where a value's reading came from, as the preview explains it. */
export type ReadingSource = 'yours' | 'platform' | 'common' | 'unread'

/**
 * A status cell as a word: trimmed, lower-case, `_` and `-` and runs of spaces as one space. Two
 * spellings with the same word are one value ("Yes", "yes ").
 */
export function statusWord(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
}

/** Accents dropped and punctuation as spaces: "Peut-être" and "peut etre" read alike. */
function foldAnswer(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()
}

// Whole answers, folded. Several languages because forms are written in the organizer's.
const EXACT_WORDS: ReadonlyMap<string, RegistrationStatus> = new Map(
  Object.entries({
    y: 'going',
    n: 'declined',
    x: 'going',
    approved: 'going',
    going: 'going',
    attending: 'going',
    registered: 'going',
    confirmed: 'going',
    accepted: 'going',
    paid: 'going',
    booked: 'going',
    active: 'going',
    valid: 'going',
    'checked in': 'going',
    waitlist: 'waitlist',
    waitlisted: 'waitlist',
    'wait list': 'waitlist',
    waiting: 'waitlist',
    'waiting list': 'waitlist',
    warteliste: 'waitlist',
    "liste d'attente": 'waitlist',
    'lista de espera': 'waitlist',
    wachtlijst: 'waitlist',
    pending: 'waitlist',
    'pending approval': 'waitlist',
    invited: 'invited',
    eingeladen: 'invited',
    invite: 'invited',
    invitado: 'invited',
    convidado: 'invited',
    uitgenodigd: 'invited',
    declined: 'declined',
    rejected: 'declined',
    denied: 'declined',
    cancelled: 'cancelled',
    canceled: 'cancelled',
    refunded: 'cancelled',
    void: 'cancelled',
    voided: 'cancelled',
    deleted: 'cancelled',
    expired: 'cancelled',
    storniert: 'cancelled',
    annule: 'cancelled',
    cancelado: 'cancelled',
    geannuleerd: 'cancelled',
  } satisfies Record<string, RegistrationStatus>),
)

// Answers are read by how they begin: "No, online only" is a no, "Yes, in person" a yes. Longer
// openings first, so "not sure" is a maybe before "not" is a no.
const OPENINGS: readonly (readonly [string, RegistrationStatus])[] = (
  [
    ['not sure', 'maybe'],
    ['not yet sure', 'maybe'],
    ['no se', 'maybe'],
    ['nao sei', 'maybe'],
    ['je ne sais pas', 'maybe'],
    ['weiss nicht', 'maybe'],
    ['weiss noch nicht', 'maybe'],
    ['weet niet', 'maybe'],
    ['peut etre', 'maybe'],
    ['tal vez', 'maybe'],
    ['a lo mejor', 'maybe'],
    ['i might', 'maybe'],
    ['might', 'maybe'],
    ['maybe', 'maybe'],
    ['perhaps', 'maybe'],
    ['possibly', 'maybe'],
    ['probably', 'maybe'],
    ['unsure', 'maybe'],
    ['undecided', 'maybe'],
    ['tentative', 'maybe'],
    ['tentatively', 'maybe'],
    ['interested', 'maybe'],
    ['vielleicht', 'maybe'],
    ['eventuell', 'maybe'],
    ['moglicherweise', 'maybe'],
    ['quizas', 'maybe'],
    ['quiza', 'maybe'],
    ['talvez', 'maybe'],
    ['misschien', 'maybe'],
    ['wellicht', 'maybe'],
    ['forse', 'maybe'],
    ['not going', 'declined'],
    ['not attending', 'declined'],
    ['not coming', 'declined'],
    ['not this time', 'declined'],
    ["can't", 'declined'],
    ['cant', 'declined'],
    ['cannot', 'declined'],
    ['can not', 'declined'],
    ["won't", 'declined'],
    ['will not', 'declined'],
    ['unable', 'declined'],
    ['unfortunately not', 'declined'],
    ['sadly not', 'declined'],
    ['no', 'declined'],
    ['nope', 'declined'],
    ['nein', 'declined'],
    ['leider nicht', 'declined'],
    ['non', 'declined'],
    ['nao', 'declined'],
    ['nee', 'declined'],
    ['neen', 'declined'],
    ['helaas niet', 'declined'],
    ["i'll be there", 'going'],
    ['i will be there', 'going'],
    ['i will attend', 'going'],
    ['will attend', 'going'],
    ['count me in', 'going'],
    ['definitely', 'going'],
    ['of course', 'going'],
    ['sure', 'going'],
    ['yes', 'going'],
    ['yeah', 'going'],
    ['yep', 'going'],
    ['going', 'going'],
    ['attending', 'going'],
    ['ja', 'going'],
    ['jawohl', 'going'],
    ['oui', 'going'],
    ['si', 'going'],
    ['sim', 'going'],
    ['claro', 'going'],
    ['zeker', 'going'],
    ['natuurlijk', 'going'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length)

/** The common reading of a status word in any of the usual phrasings and languages; null if none. */
export function readCommonWord(word: string): RegistrationStatus | null {
  const folded = foldAnswer(word)
  if (folded === '') return null
  const exact = EXACT_WORDS.get(folded)
  if (exact !== undefined) return exact
  for (const [opening, status] of OPENINGS) {
    if (folded === opening || folded.startsWith(`${opening} `)) return status
  }
  return null
}

/** A cell's status word as the platform means it (Tito's void time stands for "voided"). */
export function platformStatusWord(profile: PlatformProfile, raw: string): string {
  const word = statusWord(raw)
  return profile.statusFlagWord !== undefined && word !== '' ? profile.statusFlagWord : word
}

/** How one status word reads, and why. */
export function readStatusWord(
  profile: PlatformProfile,
  word: string,
  readings: StatusReadings = {},
): { reading: RegistrationStatus; source: ReadingSource } {
  if (Object.hasOwn(readings, word)) {
    const reading = readings[word]
    if (reading !== undefined) return { reading, source: 'yours' }
  }
  if (Object.hasOwn(profile.statusWords, word)) {
    const reading = profile.statusWords[word]
    if (reading !== undefined) return { reading, source: 'platform' }
  }
  const common = readCommonWord(word)
  if (common !== null) return { reading: common, source: 'common' }
  return { reading: 'unknown', source: 'unread' }
}

/** One distinct value of the status column, its rows and how it is read. */
export interface StatusValue {
  /** The word the reading is remembered by. */
  word: string
  /** The value as the file spells it most often; empty for empty cells. */
  value: string
  rows: number
  reading: RegistrationStatus
  source: ReadingSource
}

/** The status column's values (DESIGN.md §1.3: each distinct value with its count and reading). */
export interface StatusValueTable {
  column: string
  values: StatusValue[]
  /** Rows whose value reads as `unknown`: a warning, never counted as going. */
  unknownRows: number
  /** More distinct values than a person can read one by one: only the first ones are listed. */
  isCut: boolean
}

/** A column's distinct values with their row counts, as the file spells them; empties as `''`. */
export interface ColumnValueCount {
  value: string
  rows: number
}

/** More distinct values than this and a column is no answer list (a time, a name, a comment). */
export const MAX_STATUS_VALUES = 40

/**
 * The distinct values of one column with their row counts, most rows first; null when the
 * column has more than `limit` distinct values.
 */
export function countColumnValues(
  records: readonly ParsedRecord[],
  index: number,
  limit = MAX_STATUS_VALUES,
): ColumnValueCount[] | null {
  const counts = new Map<string, number>()
  for (const record of records) {
    const value = (record.cells[index] ?? '').trim()
    counts.set(value, (counts.get(value) ?? 0) + 1)
    if (counts.size > limit + 1) return null
  }
  const values = [...counts].map(([value, rows]) => ({ value, rows }))
  if (values.filter((entry) => entry.value !== '').length > limit) return null
  return values.sort((a, b) => b.rows - a.rows)
}

/** Reads each distinct value of the status column: the preview's value table, `inspect`'s too. */
export function statusValueTable(
  column: string,
  counts: readonly ColumnValueCount[],
  platform: Platform,
  readings: StatusReadings = {},
): StatusValueTable {
  const profile = platformProfile(platform)
  const byWord = new Map<string, { value: string; top: number; rows: number }>()
  for (const { value, rows } of counts) {
    const word = platformStatusWord(profile, value)
    const entry = byWord.get(word)
    if (entry === undefined) byWord.set(word, { value, top: rows, rows })
    else {
      entry.rows += rows
      if (rows > entry.top) {
        entry.value = value
        entry.top = rows
      }
    }
  }
  const values = [...byWord].map(([word, entry]): StatusValue => {
    const { reading, source } = readStatusWord(profile, word, readings)
    // A flag column's cells are times: the word is what they say.
    const value = profile.statusFlagWord === word ? word : entry.value
    return { word, value, rows: entry.rows, reading, source }
  })
  values.sort((a, b) => b.rows - a.rows || a.word.localeCompare(b.word))
  return {
    column,
    values,
    unknownRows: values.reduce(
      (sum, entry) => sum + (entry.reading === 'unknown' ? entry.rows : 0),
      0,
    ),
    isCut: false,
  }
}

// Headers of questions that ask whether someone comes, in the usual languages (folded, no spaces).
const RSVP_HEADER =
  /attend|rsvp|coming|join|going|participat|inperson|teilnehm|kommen|dabei|vorort|venir|assister|presence|presencial|asistir|asistencia|acudir|comparecer|presenca|aanwezig|komen|deelnemen|status/

/**
 * The column that answers "are you coming?", found by its answers when no header names it: most
 * rows read as yes / maybe / no. A question whose header says so ("Will you attend in person?")
 * needs half its rows to read; any other needs four in five and a "maybe" among them, since a
 * plain yes/no question ("Do you need parking?") is no RSVP.
 */
export function detectStatusColumn(
  header: readonly string[],
  records: readonly ParsedRecord[],
  used: ReadonlySet<string>,
): string | null {
  let best: { column: string; score: number; isNamed: boolean } | null = null
  header.forEach((column, index) => {
    if (column === '' || used.has(column)) return
    const counts = countColumnValues(records, index, 12)
    if (counts === null) return
    let answered = 0
    let read = 0
    let hasMaybe = false
    let hasYes = false
    for (const { value, rows } of counts) {
      if (value === '') continue
      answered += rows
      const reading = readCommonWord(statusWord(value))
      if (reading === null) continue
      read += rows
      if (reading === 'maybe') hasMaybe = true
      if (reading === 'going') hasYes = true
    }
    if (answered === 0 || !hasYes) return
    const score = read / answered
    const isNamed = RSVP_HEADER.test(foldAnswer(statusWord(column)).replace(/[\s']/g, ''))
    const isRsvp = isNamed ? score >= 0.5 : score >= 0.8 && hasMaybe
    if (!isRsvp) return
    if (
      best === null ||
      (isNamed && !best.isNamed) ||
      (isNamed === best.isNamed && score > best.score)
    ) {
      best = { column, score, isNamed }
    }
  })
  return (best as { column: string } | null)?.column ?? null
}

/** How each reading is worded for the organizer (a declined answer is "not going"). */
export const STATUS_READING_LABELS: Readonly<Record<RegistrationStatus, string>> = {
  going: 'going',
  maybe: 'maybe',
  invited: 'invited',
  waitlist: 'waitlist',
  declined: 'not going',
  cancelled: 'cancelled',
  unknown: 'unknown',
}

/** The status column's value table for a whole table, or null when no status column is mapped. */
export function tableStatusValues(
  header: readonly string[],
  records: readonly ParsedRecord[],
  column: string | undefined,
  platform: Platform,
  readings: StatusReadings = {},
): StatusValueTable | null {
  if (column === undefined) return null
  const index = header.indexOf(column)
  if (index === -1) return null
  const profile = platformProfile(platform)
  const limit = profile.statusFlagWord === undefined ? MAX_STATUS_VALUES : Number.POSITIVE_INFINITY
  const counts = countColumnValues(records, index, limit)
  if (counts === null) {
    const first = countColumnValues(records.slice(0, 500), index, Number.POSITIVE_INFINITY) ?? []
    return {
      ...statusValueTable(column, first.slice(0, MAX_STATUS_VALUES), platform, readings),
      isCut: true,
    }
  }
  return statusValueTable(column, counts, platform, readings)
}
