/**
 * The two normalisations identity depends on. They live apart from the importer so that identity
 * resolution, the importer and any later lookup normalise in exactly the same way.
 */

// Zero-width characters never belong in an address but survive copy-paste from web pages and
// chat apps, and would make two spellings of one address look different.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g

// ASCII text is already NFC and holds no zero-width characters. An import normalises every row's
// name and e-mail more than once, and skipping ICU for the common case is most of that cost.
const NON_ASCII = /[\u0080-\uffff]/
// In ASCII, what the whitespace collapse in `normaliseName` would change: a run of two spaces, or
// whitespace other than a space.
const ASCII_WHITESPACE_TO_COLLAPSE = / {2}|[\t\n\v\f\r]/

/** Normalise an e-mail address for matching: NFC, trimmed, lower-case, zero-width characters removed. */
export function normaliseEmail(raw: string): string {
  if (!NON_ASCII.test(raw)) return raw.trim().toLowerCase()
  return raw.normalize('NFC').replace(ZERO_WIDTH, '').trim().toLowerCase()
}

/**
 * Normalise a person's name for display and comparison: NFC (so a decomposed `é` equals the
 * composed one), runs of whitespace (including the ideographic space U+3000 in CJK names) collapsed
 * to one space, trimmed. Case and zero-width joiners are kept: emoji sequences need the joiners.
 */
export function normaliseName(raw: string): string {
  if (!NON_ASCII.test(raw) && !ASCII_WHITESPACE_TO_COLLAPSE.test(raw)) return raw.trim()
  return raw
    .normalize('NFC')
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
}

/**
 * A header name reduced to what identifies it: NFKC, lower-case, without spaces, `_`, `-` or `.`,
 * so that `E-mail`, `Email`, ` email ` and `first_name` / `First Name` / `FirstName` compare equal.
 */
export function normaliseHeader(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '')
}
