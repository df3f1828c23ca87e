/**
 * The keys identity compares people by, each defined in one place: a name folded for comparison
 * and its shape (`Tom B.` abbreviates `Tom Baker`), the mailbox name of an e-mail, and a phone
 * number's digits. Resolution, suggestions, merges and search all read them through these, so two
 * parts of the app never disagree about whether two people share one.
 */
import { normaliseHeader } from '../import/normalise'

/** Letters Unicode does not decompose into base letter + accent, spelled as people type them. */
const UNDECOMPOSED_LETTERS: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
}

/**
 * Text folded for comparison and search: compatibility-decomposed (so full-width letters and the
 * ideographic space compare like their plain forms), accents dropped, lower-case, spaces collapsed.
 * Used for names and search, never for e-mails, whose identity is the exact normalised string.
 */
export function foldText(text: string): string {
  // Most names in a large workspace are plain ASCII; skipping Unicode work for them halves the
  // time to index 50,000 people.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/ +/g, ' ').trim()
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßøłđæœþı]/g, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim()
}

export interface NameShape {
  /** The whole name, folded; empty when there is no name. */
  key: string
  /** First name + last initial (`tom b`), null for one-word names. */
  initialKey: string | null
  /** Whether the last part is a single letter (`Tom B.`, `Tom B`), as Meetup shows names. */
  isAbbreviated: boolean
}

/** The parts of a name that identity compares. */
export function nameShape(name: string): NameShape {
  const folded = foldText(name)
  // `foldText` leaves single spaces between non-empty words, so without dots or commas the folded
  // text already is the key, and the split, strip and join below would only copy it.
  if (!folded.includes('.') && !folded.includes(',')) {
    const firstSpace = folded.indexOf(' ')
    if (firstSpace === -1) return { key: folded, initialKey: null, isAbbreviated: false }
    const first = folded.slice(0, firstSpace)
    const last = folded.slice(folded.lastIndexOf(' ') + 1)
    return shapeOfWords(folded, first, last)
  }
  // Trailing dots and commas are typing noise, so "Tom B." and "Tom B" are the same name.
  const words = folded
    .split(' ')
    .map((word) => word.replace(/[.,]+$/u, ''))
    .filter((word) => word !== '')
  const key = words.join(' ')
  const first = words[0]
  const last = words.length >= 2 ? words[words.length - 1] : undefined
  if (first === undefined || last === undefined) {
    return { key, initialKey: null, isAbbreviated: false }
  }
  return shapeOfWords(key, first, last)
}

/** The shape of a name of two or more words, from its key and its first and last word. */
function shapeOfWords(key: string, first: string, last: string): NameShape {
  // The first code point, as `Array.from(last)[0]` would give it, without the array.
  const initial = String.fromCodePoint(last.codePointAt(0) ?? 0)
  return {
    key,
    initialKey: `${first} ${initial}`,
    isAbbreviated: initial.length === last.length && /\p{L}/u.test(initial),
  }
}

/** Same folded name, or exactly one of the two is the abbreviation of the other. */
export function isNameEvidence(a: NameShape, b: NameShape): boolean {
  if (a.key !== '' && a.key === b.key) return true
  return (
    a.initialKey !== null && a.initialKey === b.initialKey && a.isAbbreviated !== b.isAbbreviated
  )
}

/**
 * Whether `candidate` should replace a person's `current` name: only when there is no name yet, or
 * when the current one is an abbreviation (`Tom B.`) of the candidate (`Tom Baker`). Never the
 * other way round, and never a different spelling, which may be the organizer's own correction.
 */
export function isBetterName(current: string, candidate: string): boolean {
  if (candidate.trim() === '') return false
  if (current.trim() === '') return true
  const currentShape = nameShape(current)
  const candidateShape = nameShape(candidate)
  return (
    currentShape.isAbbreviated &&
    !candidateShape.isAbbreviated &&
    currentShape.initialKey !== null &&
    currentShape.initialKey === candidateShape.initialKey
  )
}

/** Whether the two names share a word of two letters or more ("Kate Moss", "Katherine Moss"). */
export function isNameWordShared(a: NameShape, b: NameShape): boolean {
  if (a.key === '' || b.key === '') return false
  const words = new Set(a.key.split(' ').filter((word) => word.length >= 2))
  return b.key.split(' ').some((word) => words.has(word))
}

/**
 * Mailboxes that name a role, not a person: two people writing from `info@` at different places
 * are no evidence of anything.
 */
const ROLE_MAILBOXES = new Set([
  'admin',
  'contact',
  'events',
  'hello',
  'hi',
  'info',
  'kontakt',
  'mail',
  'me',
  'office',
  'team',
])

/**
 * A normalised e-mail without its `+tag` (`ana@example.com` of `ana+meetups@example.com`): the
 * mailbox the address delivers to, which plus-addressing only labels.
 */
export function emailWithoutTag(email: string): string {
  const at = email.lastIndexOf('@')
  const plus = email.indexOf('+')
  return plus > 0 && plus < at ? email.slice(0, plus) + email.slice(at) : email
}

/**
 * The mailbox name of a normalised e-mail (`ana.silva` of `ana.silva+meetup@example.com`), the
 * part a person keeps when they write from work and from home; empty when too short or a role.
 */
export function emailLocalPart(email: string): string {
  const untagged = emailWithoutTag(email)
  const at = untagged.lastIndexOf('@')
  if (at <= 0) return ''
  const local = untagged.slice(0, at)
  return local.length < 3 || ROLE_MAILBOXES.has(local) ? '' : local
}

/** Fewer digits than this is an extension or a typo, not a phone number. */
const PHONE_DIGITS = 9

/**
 * A phone number as identity compares it: its last nine digits, so `+49 151 2345678` and
 * `0151 2345678` (the same number with and without the country code) agree; empty when too short.
 */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D+/g, '')
  return digits.length < PHONE_DIGITS ? '' : digits.slice(-PHONE_DIGITS)
}

// Headers are few and repeat on every row: each is read once.
const isPhoneHeaderCache = new Map<string, boolean>()

function isPhoneHeader(header: string): boolean {
  let isPhone = isPhoneHeaderCache.get(header)
  if (isPhone === undefined) {
    isPhone = /phone|mobile|cell|telefon|handy/.test(normaliseHeader(header))
    isPhoneHeaderCache.set(header, isPhone)
  }
  return isPhone
}

/**
 * The phone number among a row's answers (Luma `phone_number`, Tito `Ticket Phone Number`), as
 * typed; only `headers` are read when given.
 */
export function phoneOf(
  answers: Readonly<Record<string, string>>,
  headers?: readonly string[],
): string {
  if (headers !== undefined) {
    for (const header of headers) {
      const phone = Object.hasOwn(answers, header) ? (answers[header] ?? '') : ''
      if (phoneKey(phone) !== '') return phone
    }
    return ''
  }
  for (const header in answers) {
    if (!Object.hasOwn(answers, header) || !isPhoneHeader(header)) continue
    const phone = answers[header] ?? ''
    if (phoneKey(phone) !== '') return phone
  }
  return ''
}

/** How many rows from the start of a file, then one in how many after, `phoneHeadersOf` reads. */
const PHONE_SAMPLE_START = 200
const PHONE_SAMPLE_EVERY = 50

/**
 * The answer headers of a file that hold phone numbers, from a sample of its rows (the first few
 * hundred, then one in fifty): the rows of one file share their headers, and reading every key of
 * every row cost a 200,000-row import a tenth of a second to learn that it has none.
 */
export function phoneHeadersOf(
  rows: readonly { answers: Readonly<Record<string, string>> }[],
): string[] {
  const headers = new Set<string>()
  for (let index = 0; index < rows.length;) {
    const answers = rows[index]?.answers ?? {}
    for (const header in answers) {
      if (Object.hasOwn(answers, header) && isPhoneHeader(header)) headers.add(header)
    }
    index += index < PHONE_SAMPLE_START ? 1 : PHONE_SAMPLE_EVERY
  }
  return [...headers]
}
