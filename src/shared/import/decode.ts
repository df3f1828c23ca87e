/**
 * Bytes → text. Exports arrive as UTF-8 (with or without BOM), UTF-16 from Excel's "Unicode text",
 * or Windows-1252 from Excel on Windows; and sometimes they are not text at all (an `.xlsx` or an
 * image renamed to `.csv`). Those are refused here with one line a person can act on.
 */
import { MAX_IMPORT_BYTES, tooLargeReason } from './file-limits'
import type { TextEncodingName } from './types'

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: string }

interface Signature {
  bytes: readonly number[]
  reason: string
}

const SIGNATURES: readonly Signature[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    reason: 'looks like an Excel .xlsx or a zip file — export as CSV',
  },
  {
    bytes: [0x50, 0x4b, 0x05, 0x06],
    reason: 'looks like an Excel .xlsx or a zip file — export as CSV',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    reason: 'looks like an old Excel .xls workbook — export as CSV',
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], reason: 'looks like a PNG image, not a CSV file' },
  { bytes: [0xff, 0xd8, 0xff], reason: 'looks like a JPEG image, not a CSV file' },
  { bytes: [0x47, 0x49, 0x46, 0x38], reason: 'looks like a GIF image, not a CSV file' },
  { bytes: [0x25, 0x50, 0x44, 0x46], reason: 'looks like a PDF document, not a CSV file' },
  { bytes: [0x1f, 0x8b], reason: 'looks like a gzip archive — unpack it first' },
]

// How much of the file the heuristics look at: enough to see a pattern, cheap on a 50 MB file.
const SAMPLE_BYTES = 8192
// Text a person exported has essentially no control characters; a few percent means binary. The
// minimum count keeps one stray byte in a three-line file from condemning it.
const MAX_CONTROL_SHARE = 0.05
const MIN_CONTROLS_FOR_BINARY = 4

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte)
}

/**
 * UTF-16 without a BOM shows itself through its NULs: ASCII characters leave a zero in every other
 * byte (the odd ones in little-endian, the even ones in big-endian).
 */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1
  if (length < 4) return null
  let evenNuls = 0
  let oddNuls = 0
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenNuls += 1
    if (bytes[index + 1] === 0) oddNuls += 1
  }
  const pairs = length / 2
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le'
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be'
  return null
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE_BYTES)
  let controls = 0
  for (const char of sample) {
    const code = char.codePointAt(0) ?? 0
    const isAllowedWhitespace = code === 0x09 || code === 0x0a || code === 0x0d
    if ((code < 0x20 && !isAllowedWhitespace) || code === 0x7f || code === 0xfffd) controls += 1
  }
  return controls >= MIN_CONTROLS_FOR_BINARY && controls / sample.length > MAX_CONTROL_SHARE
}

// Windows-1252's bytes 0x80–0x9F as characters (five are unassigned and stay as they are).
// Node's TextDecoder reads 'windows-1252' as Latin-1, turning `’` into an invisible U+0092;
// mapping afterwards gives the same text in Node, Electron and the browser.
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

// Decoded a slice at a time: one TextDecoder call on a file of hundreds of megabytes builds a
// string past V8's limit and aborts the process natively (`v8::ToLocalChecked Empty MaybeLocal`),
// which no try/catch sees; slices fail, if at all, as a RangeError when joined, which is caught.
export const DECODE_CHUNK_BYTES = 4 * 1024 * 1024

function decodeWindows1252(bytes: Uint8Array, chunkBytes: number): string | null {
  const latin = decodeWith('windows-1252', bytes, false, chunkBytes)
  return (
    latin?.replace(
      /[\u0080-\u009F]/g,
      (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char,
    ) ?? null
  )
}

function decodeWith(
  label: string,
  bytes: Uint8Array,
  isFatal: boolean,
  chunkBytes: number = DECODE_CHUNK_BYTES,
): string | null {
  try {
    const decoder = new TextDecoder(label, { fatal: isFatal })
    if (bytes.length <= chunkBytes) return decoder.decode(bytes)
    // `stream` carries a character cut at a slice's end over to the next slice.
    const parts: string[] = []
    for (let start = 0; start < bytes.length; start += chunkBytes) {
      const end = Math.min(start + chunkBytes, bytes.length)
      parts.push(decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length }))
    }
    return parts.join('')
  } catch {
    return null
  }
}

function finish(text: string | null, encoding: TextEncodingName): DecodeResult {
  if (text === null) return { ok: false, reason: `is not valid ${encodingLabel(encoding)} text` }
  // A few NUL bytes are damage to some rows, not a reason to refuse the file: the parse skips and
  // reports those rows. A file full of them is refused just below as binary.
  if (looksBinary(text)) {
    return { ok: false, reason: 'looks like a binary file, not a CSV text file' }
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, reason: 'the file is empty' }
  if (/^\s*<(!doctype html|html[\s>])/i.test(text.slice(0, 512))) {
    return {
      ok: false,
      reason: 'looks like a web page (HTML), not a CSV file — download the export again',
    }
  }
  return { ok: true, text, encoding }
}

/** A human label for an encoding, as the preview and the CLI show it. */
export function encodingLabel(encoding: TextEncodingName): string {
  switch (encoding) {
    case 'utf-8':
      return 'UTF-8'
    case 'utf-8-bom':
      return 'UTF-8 with BOM'
    case 'utf-16le':
      return 'UTF-16 LE'
    case 'utf-16be':
      return 'UTF-16 BE'
    case 'windows-1252':
      return 'Windows-1252'
  }
}

/** How much `decodeBytes` reads; parameters so tests use small figures instead of huge files. */
export interface DecodeLimits {
  maxBytes?: number
  chunkBytes?: number
}

/** Decode an export's bytes to text, or say in one line why the file is not a readable CSV. */
export function decodeBytes(bytes: Uint8Array, limits: DecodeLimits = {}): DecodeResult {
  const { maxBytes = MAX_IMPORT_BYTES, chunkBytes = DECODE_CHUNK_BYTES } = limits
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' }
  if (bytes.length > maxBytes) return { ok: false, reason: tooLargeReason(bytes.length, maxBytes) }

  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) return { ok: false, reason: signature.reason }
  }

  // TextDecoder drops a BOM that matches its encoding, so the text never starts with U+FEFF.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    // A BOM promises UTF-8; a broken byte after it is damage, not another encoding, so it is shown
    // as U+FFFD rather than re-read as Windows-1252.
    return finish(decodeWith('utf-8', bytes, false, chunkBytes), 'utf-8-bom')
  }
  if (startsWith(bytes, [0xff, 0xfe]))
    return finish(decodeWith('utf-16le', bytes, true, chunkBytes), 'utf-16le')
  if (startsWith(bytes, [0xfe, 0xff]))
    return finish(decodeWith('utf-16be', bytes, true, chunkBytes), 'utf-16be')

  const utf16 = sniffUtf16WithoutBom(bytes)
  if (utf16) return finish(decodeWith(utf16, bytes, true, chunkBytes), utf16)

  const utf8 = decodeWith('utf-8', bytes, true, chunkBytes)
  if (utf8 !== null) return finish(utf8, 'utf-8')
  // Every byte sequence is valid Windows-1252, which is what Excel on Windows writes by default.
  return finish(decodeWindows1252(bytes, chunkBytes), 'windows-1252')
}
