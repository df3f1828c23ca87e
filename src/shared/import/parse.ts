/**
 * Text → `ParsedTable`: delimiter, header, data records with the line each starts on, and the
 * problems found on the way. papaparse does the quoting; this module decides what is a header, what
 * is a row and what is broken, and never throws: a bad row becomes a problem, a file that is not
 * a table becomes a one-line reason.
 */
import Papa from 'papaparse'
import { decodeBytes, type DecodeLimits } from './decode'
import type { Delimiter, ParsedRecord, ParsedTable, Problem, TextEncodingName } from './types'

export type ParseResult = { ok: true; table: ParsedTable } | { ok: false; reason: string }

// A record as read; a well-formed one becomes a table row as it is, without a copy.
type RawRecord = ParsedRecord

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t']
// Enough records to see the shape of a file without parsing a 50,000-row export three times.
const SNIFF_RECORDS = 50
// Each broken quote costs a re-parse of the rest of the file; past this many the file is hopeless
// and reading stops instead of going quadratic.
const MAX_QUOTE_RECOVERIES = 50

const ZOOM_MARKER_TEXT = 'attendee details'
const ZOOM_SECTION_MARKER = /^"?attendee details"?[,;\t]*$/im
const EXCEL_SEPARATOR_HINT = /^"?sep=([,;\t])"?[,;\t]*\n/i
const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
// Numbers, dates, times, phone numbers: what a data row is full of and a header never is.
const NUMBER_OR_DATE_LIKE = /^[\d\s.,:/+\-()'TZ]*\d[\d\s.,:/+\-()'TZ]*$/

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '')
}

function cleanHeaderCell(cell: string): string {
  // A NUL in a column name is damage; the name is still readable without it.
  return cell
    .replace(/^\uFEFF/, '')
    .replaceAll('\u0000', '')
    .trim()
}

const NUL_ROW_MESSAGE = 'contains NUL bytes (damaged data); the row was skipped'

/**
 * Returns a function from a character offset to its 1-based line. Offsets are asked for in
 * increasing order, so counting continues from the last answer and the whole file is walked once.
 */
function createLineCounter(text: string): (offset: number) => number {
  let countedTo = 0
  let line = 1
  return (offset) => {
    if (offset < countedTo) {
      countedTo = 0
      line = 1
    }
    // indexOf jumps between line breaks natively; a character loop over a 40 MB file is not free.
    const end = Math.min(offset, text.length)
    for (let index = text.indexOf('\n', countedTo); index !== -1 && index < end;) {
      line += 1
      index = text.indexOf('\n', index + 1)
    }
    countedTo = offset
    return line
  }
}

/** Whether `text[start, end)` holds a line break other than one that ends it. */
function spansLines(text: string, start: number, end: number): boolean {
  const lastIndex = text.charCodeAt(end - 1) === 10 ? end - 1 : end
  const lineBreak = text.indexOf('\n', start)
  return lineBreak !== -1 && lineBreak < lastIndex
}

/**
 * Scores a delimiter by how consistently it splits the first records: the share of records that
 * have the most common width (quote errors count against it). Consistency rather than frequency
 * is what keeps a comma file with tab-heavy answers, or a header cell holding commas, from being
 * read with the wrong separator.
 */
function scoreDelimiter(text: string, delimiter: Delimiter): { score: number; width: number } {
  const result = Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    preview: SNIFF_RECORDS,
    skipEmptyLines: 'greedy',
    dynamicTyping: false,
  })
  const rows = result.data
  if (rows.length === 0) return { score: 0, width: 0 }
  const frequency = new Map<number, number>()
  for (const row of rows) frequency.set(row.length, (frequency.get(row.length) ?? 0) + 1)
  let width = 0
  let count = 0
  for (const [candidateWidth, candidateCount] of frequency) {
    if (candidateCount > count || (candidateCount === count && candidateWidth > width)) {
      width = candidateWidth
      count = candidateCount
    }
  }
  if (width < 2) return { score: 0, width }
  const quoteErrors = result.errors.filter((error) => error.type === 'Quotes').length
  return { score: (count - quoteErrors) / rows.length, width }
}

function sniffDelimiter(text: string): Delimiter {
  // A Zoom report's preamble has sections of other widths; the attendee section decides.
  const marker = ZOOM_SECTION_MARKER.exec(text)
  const sample = marker ? text.slice(marker.index + marker[0].length) : text
  let best: { delimiter: Delimiter; score: number; width: number } = {
    delimiter: ',',
    score: 0,
    width: 0,
  }
  for (const delimiter of DELIMITERS) {
    const { score, width } = scoreDelimiter(sample, delimiter)
    const isBetter = score > best.score + 1e-9
    const isTieWithMoreColumns = Math.abs(score - best.score) <= 1e-9 && width > best.width
    if (score > 0 && (isBetter || isTieWithMoreColumns)) best = { delimiter, score, width }
  }
  return best.delimiter
}

/**
 * Splits the text into records with the line each starts on. A record whose quote never closes
 * (or whose malformed quote swallowed following lines) would eat the rest of the file, so its
 * first line is reported and reading starts again on the next line: the good rows after it survive.
 */
function readRecords(
  text: string,
  delimiter: Delimiter,
): { records: RawRecord[]; malformed: Set<RawRecord>; problems: Problem[] } {
  const lineOf = createLineCounter(text)
  const records: RawRecord[] = []
  // Records read past a malformed quote: few, so kept aside rather than flagged on every record.
  const malformed = new Set<RawRecord>()
  const problems: Problem[] = []
  let base = 0
  for (let recoveries = 0; ; recoveries += 1) {
    let consumed = 0
    // Collected in an array: a variable assigned inside the callback would be narrowed to null.
    const breaks: { offset: number; message: string }[] = []
    Papa.parse<string[]>(text.slice(base), {
      delimiter,
      newline: '\n',
      quoteChar: '"',
      escapeChar: '"',
      skipEmptyLines: false,
      dynamicTyping: false,
      step: (result, parser) => {
        const start = base + consumed
        const end = base + result.meta.cursor
        consumed = result.meta.cursor
        const isUnclosed = result.errors.some((error) => error.code === 'MissingQuotes')
        const hasMalformedQuote = result.errors.some((error) => error.code === 'InvalidQuotes')
        if (isUnclosed) {
          breaks.push({
            offset: start,
            message: 'a quote opened in this row is never closed; the row was skipped',
          })
        } else if (hasMalformedQuote && spansLines(text, start, end)) {
          breaks.push({
            offset: start,
            message: 'a quote opened in this row is never closed; the row was skipped',
          })
        }
        if (breaks.length > 0) {
          parser.abort()
          return
        }
        const record = { line: lineOf(start), cells: result.data }
        records.push(record)
        if (hasMalformedQuote) malformed.add(record)
      },
    })
    const failure = breaks[0]
    if (!failure) break
    problems.push({ line: lineOf(failure.offset), message: failure.message })
    const nextLine = text.indexOf('\n', failure.offset)
    if (nextLine === -1) break
    base = nextLine + 1
    if (recoveries >= MAX_QUOTE_RECOVERIES) {
      problems.push({
        line: lineOf(base),
        message: 'too many broken quotes; the file was not read past this line',
      })
      break
    }
  }
  return { records, malformed, problems }
}

function looksLikeData(header: readonly string[]): boolean {
  const cells = header.filter((cell) => cell !== '')
  if (cells.length === 0) return false
  if (cells.some((cell) => EMAIL_LIKE.test(cell))) return true
  const numeric = cells.filter((cell) => NUMBER_OR_DATE_LIKE.test(cell)).length
  return numeric * 2 >= cells.length
}

function isZoomSectionLine(cells: readonly string[]): boolean {
  const [first = '', ...rest] = cells
  const title = first.trim()
  return title !== '' && !/^(yes|no)$/i.test(title) && isBlank(rest)
}

/**
 * Picks the header and the data records. A Zoom report's attendee header follows its
 * `Attendee Details` line and the section ends at the next blank or section line; anywhere else
 * the first non-blank record is the header.
 */
function selectSection(records: readonly RawRecord[]): {
  header: RawRecord | undefined
  data: RawRecord[]
} {
  const markerIndex = records.findIndex((record) => {
    const first = record.cells[0] ?? ''
    // The length test spares a large file a lower-cased copy of every row's first cell.
    return (
      first.length >= ZOOM_MARKER_TEXT.length &&
      first.trim().toLowerCase() === ZOOM_MARKER_TEXT &&
      isBlank(record.cells.slice(1))
    )
  })
  if (markerIndex === -1) {
    const headerIndex = records.findIndex((record) => !isBlank(record.cells))
    if (headerIndex === -1) return { header: undefined, data: [] }
    // One pass into one array: a filtered copy and then a sliced copy of 200,000 records add up.
    const data: RawRecord[] = []
    for (let index = headerIndex + 1; index < records.length; index += 1) {
      const record = records[index]
      if (record && !isBlank(record.cells)) data.push(record)
    }
    return { header: records[headerIndex], data }
  }
  const headerIndex = records.findIndex(
    (record, index) => index > markerIndex && !isBlank(record.cells),
  )
  const header = records[headerIndex]
  if (headerIndex === -1 || !header) return { header: undefined, data: [] }
  const data: RawRecord[] = []
  for (const record of records.slice(headerIndex + 1)) {
    if (isBlank(record.cells) || isZoomSectionLine(record.cells)) break
    data.push(record)
  }
  return { header, data }
}

function parseNormalisedText(text: string, encoding: TextEncodingName): ParseResult {
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' }

  // Excel writes a `sep=;` first line when told which separator to use; it is not the header.
  const hint = EXCEL_SEPARATOR_HINT.exec(text)
  const hintedDelimiter = hint?.[1] as Delimiter | undefined
  // Blanked rather than cut, so line numbers stay those of the file a person opens.
  const body = hint ? '\n' + text.slice(hint[0].length) : text
  const delimiter = hintedDelimiter ?? sniffDelimiter(body)
  const { records, malformed, problems } = readRecords(body, delimiter)

  const { header: headerRecord, data } = selectSection(records)
  if (!headerRecord) {
    if (problems.length > 0 && problems[0]) {
      return { ok: false, reason: `line ${problems[0].line}: ${problems[0].message}` }
    }
    return { ok: false, reason: 'the file has no header row' }
  }

  const header = headerRecord.cells.map(cleanHeaderCell)
  while (header.length > 1 && header[header.length - 1] === '') header.pop()
  if (looksLikeData(header)) {
    return {
      ok: false,
      reason: 'the first row looks like data, not column names — add a header row (name, email, …)',
    }
  }

  const isRepeatedHeader = (cells: readonly string[]): boolean =>
    cleanHeaderCell(cells[0] ?? '') === header[0] &&
    cells.every((cell, index) => cleanHeaderCell(cell) === header[index])
  const rows: ParsedRecord[] = []
  // One search of the text spares a clean file a look at every cell.
  const hasNul = text.includes('\u0000')
  for (const record of data) {
    if (hasNul && record.cells.some((cell) => cell.includes('\u0000'))) {
      problems.push({ line: record.line, message: NUL_ROW_MESSAGE })
      continue
    }
    let cells = record.cells
    if (cells.length > header.length && isBlank(cells.slice(header.length))) {
      // Trailing delimiters (Zoom ends rows with one) add empty cells, not data.
      cells = cells.slice(0, header.length)
    }
    if (cells.length !== header.length) {
      problems.push({
        line: record.line,
        message: `has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'} but the header has ${header.length} columns; the row was skipped`,
      })
      continue
    }
    // Two downloads pasted together repeat the header mid-file; it is not a person.
    if (isRepeatedHeader(cells)) continue
    if (malformed.has(record)) {
      problems.push({
        line: record.line,
        message:
          'a quoted cell has text after its closing quote; the row was read as best it could',
      })
    }
    rows.push(cells === record.cells ? record : { line: record.line, cells })
  }

  problems.sort((a, b) => a.line - b.line)
  if (rows.length === 0 && problems.length === 0) {
    return { ok: false, reason: 'the file has a header but no rows' }
  }
  return {
    ok: true,
    table: {
      encoding,
      delimiter,
      headerLine: headerRecord.line,
      header,
      records: rows,
      problems,
    },
  }
}

/** Parse decoded text into a table; a file that is not a table gets a one-line reason. Never throws. */
export function parseText(text: string, encoding: TextEncodingName): ParseResult {
  try {
    // One line-break convention, so that papaparse and the line numbers agree; a CRLF inside a
    // quoted cell becomes LF, which is how the app stores line breaks anyway.
    // The check first: a regex pass over a 40 MB file that has no CR costs a tenth of a second.
    const withoutBom = text.replace(/^\uFEFF/, '')
    const normalised = withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom
    return parseNormalisedText(normalised, encoding)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, reason: `could not read the file as a table (${detail})` }
  }
}

/**
 * Decode and parse an export's bytes into a table, or say in one line why it is not one. A file
 * past `limits.maxBytes` (MAX_IMPORT_BYTES unless a test says otherwise) is refused unread.
 */
export function parseTable(bytes: Uint8Array, limits: DecodeLimits = {}): ParseResult {
  try {
    const decoded = decodeBytes(bytes, limits)
    if (!decoded.ok) return decoded
    return parseText(decoded.text, decoded.encoding)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, reason: `could not read the file (${detail})` }
  }
}
