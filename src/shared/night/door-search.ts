/**
 * The door's one search field (DESIGN.md §1.10): a person at the door is found by what the
 * organizer types or what a scanner reads — a name with its accents, word order and initials
 * forgiven ("lovelace ada", "ada l", "al"), an e-mail, or the code printed on the ticket (the row's
 * key on its platform, or a check-in URL or barcode the export carries). The same search finds the
 * two people of a spark. Pure; the index is built once per list and searched per keystroke.
 */
import { foldText } from '../identity/identity-keys'

/** One person the door can find, and what they can be found by. */
export interface DoorCandidate {
  /** What the caller finds by this candidate (a registration id at the door, a person id for sparks). */
  id: string
  name: string
  emails: readonly string[]
  /** Ticket codes: the platform's row key and any code, barcode or check-in URL of the row. */
  codes: readonly string[]
}

interface IndexedCandidate {
  candidate: DoorCandidate
  /** The name folded, its words, and their first letters in order (`ada lovelace` → `al`). */
  words: string[]
  initials: string
  emails: string[]
  codes: string[]
}

export interface DoorSearchIndex {
  readonly entries: readonly IndexedCandidate[]
  /** Folded code → entries, for a scanned code found in one look. */
  readonly byCode: ReadonlyMap<string, number[]>
}

/** How a result was found, best first: a scanned code is certain, a name prefix is likely. */
export type MatchKind = 'code' | 'email' | 'name' | 'initials'
const KIND_RANK: Record<MatchKind, number> = { code: 0, email: 1, name: 2, initials: 3 }

export interface DoorMatch {
  candidate: DoorCandidate
  kind: MatchKind
}

/** Answer columns that hold the code on a ticket, by their folded header. */
const CODE_COLUMN = /qr|barcode|ticket.?(code|ref|url|id)|check.?in.?(url|code)|order.?code|secret/

/** The codes of an export row: its key and the values of its ticket-code columns. */
export function ticketCodes(
  sourceKey: string,
  answers: Readonly<Record<string, string>>,
): string[] {
  const codes = sourceKey.trim() === '' ? [] : [sourceKey.trim()]
  for (const [header, value] of Object.entries(answers)) {
    if (value.trim() !== '' && CODE_COLUMN.test(header.toLowerCase())) codes.push(value.trim())
  }
  return codes
}

/** Builds the index of one list: every candidate's folded name, words, initials, e-mails, codes. */
export function buildDoorIndex(candidates: readonly DoorCandidate[]): DoorSearchIndex {
  const byCode = new Map<string, number[]>()
  const entries = candidates.map((candidate, position) => {
    const folded = foldText(candidate.name).replace(/[.,]/g, ' ').replace(/ +/g, ' ').trim()
    const words = folded === '' ? [] : folded.split(' ')
    const codes = candidate.codes.map((code) => code.toLowerCase())
    for (const code of codes) {
      const holders = byCode.get(code)
      if (holders === undefined) byCode.set(code, [position])
      else holders.push(position)
    }
    return {
      candidate,
      words,
      initials: words.map((word) => word[0] ?? '').join(''),
      emails: candidate.emails.map((email) => email.toLowerCase()),
      codes,
    }
  })
  return { entries, byCode }
}

/** Codes shorter than this are not looked for inside a scanned URL: too many false finds. */
const SHORTEST_CODE_INSIDE = 4

/** Whether a scanned text holds the code as a whole part (`…?pk=g-030`, never `g-0301`). */
function holdsCode(scanned: string, code: string): boolean {
  let at = scanned.indexOf(code)
  while (at !== -1) {
    const before = scanned[at - 1]
    const after = scanned[at + code.length]
    const isWhole = (char: string | undefined) => char === undefined || !/[\p{L}\p{N}]/u.test(char)
    if (isWhole(before) && isWhole(after)) return true
    at = scanned.indexOf(code, at + 1)
  }
  return false
}

/**
 * The candidates matching `query`, best first, at most `limit`. A query that is exactly a ticket
 * code (or a scanned URL that holds one) finds its ticket; a query with `@` searches e-mails;
 * otherwise every typed word must start a word of the name, in any order, or the query spells the
 * name's initials. Ties keep the list's order.
 */
export function searchDoor(index: DoorSearchIndex, query: string, limit = 8): DoorMatch[] {
  const raw = query.trim().toLowerCase()
  if (raw === '') return []
  const exact = index.byCode.get(raw)
  if (exact !== undefined) return exact.slice(0, limit).map((at) => codeMatch(index, at))
  const folded = foldText(query).replace(/[.,]/g, ' ').replace(/ +/g, ' ').trim()
  const terms = folded === '' ? [] : folded.split(' ')
  const isEmail = raw.includes('@')
  const isInitials = terms.length === 1 && /^\p{L}{2,4}$/u.test(terms[0] ?? '')
  const isCodeLike = !raw.includes(' ') && raw.length >= SHORTEST_CODE_INSIDE
  const found: { match: DoorMatch; position: number }[] = []
  for (let position = 0; position < index.entries.length; position += 1) {
    const entry = index.entries[position] as IndexedCandidate
    const kind = matchKind(entry, raw, terms, isEmail, isInitials, isCodeLike)
    if (kind !== null) found.push({ match: { candidate: entry.candidate, kind }, position })
  }
  found.sort((a, b) => KIND_RANK[a.match.kind] - KIND_RANK[b.match.kind] || a.position - b.position)
  return found.slice(0, limit).map((each) => each.match)
}

function codeMatch(index: DoorSearchIndex, position: number): DoorMatch {
  return { candidate: (index.entries[position] as IndexedCandidate).candidate, kind: 'code' }
}

function matchKind(
  entry: IndexedCandidate,
  raw: string,
  terms: readonly string[],
  isEmail: boolean,
  isInitials: boolean,
  isCodeLike: boolean,
): MatchKind | null {
  if (isCodeLike) {
    // A scanned check-in URL holds the guest's key; a typed start of a code finds it too.
    for (const code of entry.codes) {
      if (code.startsWith(raw)) return 'code'
      if (code.length >= SHORTEST_CODE_INSIDE && holdsCode(raw, code)) return 'code'
    }
  }
  if (isEmail) return entry.emails.some((email) => email.startsWith(raw)) ? 'email' : null
  if (terms.length > 0 && everyTermStartsAWord(entry.words, terms)) return 'name'
  if (isInitials && entry.initials.startsWith(terms[0] as string)) return 'initials'
  // A typed mailbox name without its domain ("ada.l") finds the e-mail too.
  if (raw.length >= 3 && entry.emails.some((email) => email.startsWith(raw))) return 'email'
  return null
}

/** Each term starts a different word of the name, in any order ("lovelace ada", "ad lov"). */
function everyTermStartsAWord(words: readonly string[], terms: readonly string[]): boolean {
  if (terms.length > words.length) return false
  const used: boolean[] = []
  // The longest terms choose first: "a ada" must not give "ada" to the "a".
  const longestFirst = terms.length > 1 ? [...terms].sort((a, b) => b.length - a.length) : terms
  for (const term of longestFirst) {
    let isFound = false
    for (let at = 0; at < words.length; at += 1) {
      if (used[at] !== true && (words[at] as string).startsWith(term)) {
        used[at] = true
        isFound = true
        break
      }
    }
    if (!isFound) return false
  }
  return true
}
