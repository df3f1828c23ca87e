/**
 * Column-wise tables, the stored form of the large workspace files from schema version 5 on
 * (issue 17, a lean store). A list of records is stored as one column per field, under the field's
 * name, instead of one JSON object per record with every key repeated; each column takes the form
 * a sample of its rows suggests is smallest:
 *
 * - `["a", "b", null]`: the cells as they are;
 * - `{ values, indexes }`: values that repeat (an event id, a platform, a status) stored once and
 *   referenced by index;
 * - `{ values, runs }`: the same, as `[index, length, …]` runs, for a column that holds one value
 *   for thousands of rows in a row (one import's event, platform and ticket type);
 * - `{ uuids, others }`: ids that are canonical UUIDs (as the app makes them) packed as 22
 *   base64url characters each, one string for the column; `others` holds the rows that are not,
 *   as `[row, cell]`.
 *
 * Decoding checks the shape of every part it reads and throws DamagedColumnsError with the path and
 * the reason, never a TypeError: a damaged file is restored from a backup like any other. What the
 * cells hold is left to the schema check that follows. Pure.
 */

/** A cell of a stored column: text, a number (counts, indexes) or null. */
export type Cell = string | number | null

export type StoredColumn =
  | Cell[]
  | { values: Cell[]; indexes: number[] }
  | { values: Cell[]; runs: number[] }
  | { uuids: string; others: [number, Cell][] }

/**
 * Rows a stored table may claim. Far above the biggest chapter (250,000 registrations), and a bound
 * on what a damaged or crafted count can make the decoder allocate.
 */
export const MAX_ROWS = 10_000_000

/** A stored part that does not have the shape its version writes: the file is damaged. */
export class DamagedColumnsError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path}: ${detail}`)
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isCell = (value: unknown): value is Cell =>
  value === null || typeof value === 'string' || typeof value === 'number'
const isIndex = (value: unknown, below: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < below

// ---------------------------------------------------------------------------------------------
// UUIDs, 36 characters, as 22: their 32 hex digits are 10 groups of 3 (12 bits, two base64url
// characters each) and a last group of 2 shifted into 12 bits. Worked on character codes: this
// runs for every id of 250,000 registrations on every save and open.

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const BASE64URL_CODES = Uint8Array.from(BASE64URL, (character) => character.charCodeAt(0))
const BASE64URL_VALUES = new Int8Array(128).fill(-1)
for (const [value, code] of BASE64URL_CODES.entries()) BASE64URL_VALUES[code] = value
const HEX_CODES = Uint8Array.from('0123456789abcdef', (character) => character.charCodeAt(0))
const HEX_VALUES = new Int8Array(128).fill(-1)
for (const [value, code] of HEX_CODES.entries()) HEX_VALUES[code] = value
/** Where a UUID's 32 hex digits stand among its 36 characters, and where its dashes do. */
const HEX_AT = [...Array(36).keys()].filter((at) => ![8, 13, 18, 23].includes(at))
const DASH = '-'.charCodeAt(0)
export const PACKED_UUID_LENGTH = 22

/** A UUID as `randomUUID` writes it: lower-case hex digits, dashes at 8, 13, 18 and 23. */
function isUuid(cell: Cell): cell is string {
  if (typeof cell !== 'string' || cell.length !== 36) return false
  for (let at = 0; at < 36; at += 1) {
    const code = cell.charCodeAt(at)
    const isDashPlace = at === 8 || at === 13 || at === 18 || at === 23
    if (isDashPlace ? code !== DASH : (HEX_VALUES[code] ?? -1) < 0) return false
  }
  return true
}

/** The canonical UUIDs `uuids`, packed one after the other. */
function packUuids(uuids: readonly string[]): string {
  const codes = new Uint8Array(uuids.length * PACKED_UUID_LENGTH)
  let out = 0
  const digit = (uuid: string, index: number): number =>
    HEX_VALUES[uuid.charCodeAt(HEX_AT[index] ?? 0)] ?? 0
  for (const uuid of uuids) {
    for (let group = 0; group < 11; group += 1) {
      const value =
        (digit(uuid, 3 * group) << 8) |
        (digit(uuid, 3 * group + 1) << 4) |
        (group < 10 ? digit(uuid, 3 * group + 2) : 0)
      codes[out++] = BASE64URL_CODES[value >> 6] ?? 0
      codes[out++] = BASE64URL_CODES[value & 63] ?? 0
    }
  }
  return fromCodes(codes)
}

/** Text from ASCII character codes. */
function fromCodes(codes: Uint8Array): string {
  return ASCII.decode(codes)
}
const ASCII = new TextDecoder('ascii')

/** The UUID packed at `at` in `packed`, or null when those characters are no packed UUID. */
function unpackUuid(packed: string, at: number, codes: number[]): string | null {
  for (let group = 0; group < 11; group += 1) {
    const high = BASE64URL_VALUES[packed.charCodeAt(at + 2 * group)] ?? -1
    const low = BASE64URL_VALUES[packed.charCodeAt(at + 2 * group + 1)] ?? -1
    if (high < 0 || low < 0) return null
    const value = (high << 6) | low
    // The last group holds 8 bits; the 4 below them are always 0 in what the encoder writes.
    if (group === 10 && (value & 15) !== 0) return null
    const digits = group < 10 ? 3 : 2
    for (let index = 0; index < digits; index += 1) {
      codes[HEX_AT[3 * group + index] ?? 0] = HEX_CODES[(value >> (8 - 4 * index)) & 15] ?? 0
    }
  }
  return String.fromCharCode(...codes)
}

/** Room for one UUID's character codes, its dashes in place. */
const uuidCodes = (): number[] => Array.from({ length: 36 }, () => DASH)

// ---------------------------------------------------------------------------------------------
// One column.

/**
 * Rows looked at to choose a column's form, spread evenly over the column (the sample workspace's
 * few hundred rows first must not decide for the 200,000 imported after them). Choosing from them
 * rather than from every cell keeps a save of 250,000 registrations from weighing each of its
 * millions of cells; a column the sample misjudges still reads back exactly, only less tightly.
 */
const SAMPLE_ROWS = 1024

/** The smallest stored form of `cells`, about (see the module comment). */
export function encodeColumn(cells: readonly Cell[]): StoredColumn {
  const count = cells.length
  // The caller's array itself where cells are stored as they are: a stored form is only ever
  // serialised, never changed.
  const plain = cells as Cell[]
  if (count === 0) return plain
  const sample = Math.min(count, SAMPLE_ROWS)
  const distinct = new Set<Cell>()
  let uuids = 0
  for (let at = 0; at < sample; at += 1) {
    const cell = cells[Math.floor((at * count) / sample)] ?? null
    distinct.add(cell)
    if (isUuid(cell)) uuids += 1
  }
  // Mostly distinct values (ids, order numbers, names): a dictionary would only add indexes.
  if (distinct.size > (sample * 3) / 4) return uuids > sample / 2 ? packedColumn(cells) : plain
  return dictionaryColumn(cells) ?? plain
}

/** The app-made UUIDs packed, the other cells beside them; the caller's array when there are none. */
function packedColumn(cells: readonly Cell[]): StoredColumn {
  const uuids: string[] = []
  const others: [number, Cell][] = []
  for (let row = 0; row < cells.length; row += 1) {
    const cell = cells[row] ?? null
    if (isUuid(cell)) uuids.push(cell)
    else others.push([row, cell])
  }
  return { uuids: packUuids(uuids), others }
}

/** Values once and indexes (or runs of them), or null when most values are distinct after all. */
function dictionaryColumn(cells: readonly Cell[]): StoredColumn | null {
  const count = cells.length
  const dictionary = new Map<Cell, number>()
  const indexes = new Array<number>(count)
  let runs = 0
  let previous: Cell | undefined
  let previousIndex = -1
  for (let row = 0; row < count; row += 1) {
    const cell = cells[row] ?? null
    // Most rows repeat the row before (one import's event, platform, ticket type): no lookup.
    if (cell === previous) {
      indexes[row] = previousIndex
      continue
    }
    let index = dictionary.get(cell)
    if (index === undefined) {
      index = dictionary.size
      if (index > count / 2) return null
      dictionary.set(cell, index)
    }
    indexes[row] = index
    if (index !== previousIndex) runs += 1
    previous = cell
    previousIndex = index
  }
  const values = [...dictionary.keys()]
  // A run costs two numbers where an index costs one; runs also pay for their lengths' digits.
  return runs * 3 < count ? { values, runs: toRuns(indexes) } : { values, indexes }
}

function toRuns(indexes: readonly number[]): number[] {
  const runs: number[] = []
  for (let row = 0; row < indexes.length;) {
    const index = indexes[row] ?? 0
    let end = row + 1
    while (end < indexes.length && indexes[end] === index) end += 1
    runs.push(index, end - row)
    row = end
  }
  return runs
}

/** The `count` cells of a stored column; throws DamagedColumnsError when it is not one. */
export function decodeColumn(stored: unknown, count: number, path: string): Cell[] {
  if (Array.isArray(stored)) {
    if (stored.length !== count) fail(path, `expected ${count} cells, found ${stored.length}`)
    for (let row = 0; row < count; row += 1) {
      if (!isCell(stored[row])) fail(`${path}.${row}`, 'expected text, a number or null')
    }
    return stored as Cell[]
  }
  if (!isObject(stored)) fail(path, 'expected a column')
  if ('uuids' in stored) return decodeUuids(stored, count, path)
  const values = stored['values']
  if (!Array.isArray(values) || !values.every(isCell)) {
    fail(`${path}.values`, 'expected a list of text, numbers or null')
  }
  const cells = new Array<Cell>(count)
  if ('indexes' in stored) {
    const indexes = stored['indexes']
    if (!Array.isArray(indexes) || indexes.length !== count) {
      fail(`${path}.indexes`, `expected ${count} indexes`)
    }
    for (let row = 0; row < count; row += 1) {
      const index: unknown = indexes[row]
      if (!isIndex(index, values.length)) fail(`${path}.indexes.${row}`, 'expected a value index')
      cells[row] = values[index] as Cell
    }
    return cells
  }
  const runs = stored['runs']
  if (!Array.isArray(runs) || runs.length % 2 !== 0) {
    fail(`${path}.runs`, 'expected pairs of value index and length')
  }
  let row = 0
  for (let at = 0; at < runs.length; at += 2) {
    const index: unknown = runs[at]
    const length: unknown = runs[at + 1]
    if (!isIndex(index, values.length)) fail(`${path}.runs.${at}`, 'expected a value index')
    if (!isIndex(length, count - row + 1) || length === 0) {
      fail(`${path}.runs.${at + 1}`, `expected a length of 1 to ${count - row}`)
    }
    cells.fill(values[index] as Cell, row, row + length)
    row += length
  }
  if (row !== count) fail(`${path}.runs`, `expected ${count} cells, found ${row}`)
  return cells
}

function decodeUuids(stored: Record<string, unknown>, count: number, path: string): Cell[] {
  const { uuids, others } = stored
  if (typeof uuids !== 'string') fail(`${path}.uuids`, 'expected text')
  if (!Array.isArray(others)) fail(`${path}.others`, 'expected a list')
  const packedCount = count - others.length
  if (packedCount < 0 || uuids.length !== packedCount * PACKED_UUID_LENGTH) {
    fail(`${path}.uuids`, `expected ${packedCount} packed ids`)
  }
  const cells = new Array<Cell>(count)
  const codes = uuidCodes()
  let next = 0
  let packedAt = 0
  for (let row = 0; row < count; row += 1) {
    const other: unknown = others[next]
    if (Array.isArray(other) && other[0] === row) {
      if (other.length !== 2 || !isCell(other[1])) {
        fail(`${path}.others.${next}`, 'expected a row and a cell')
      }
      cells[row] = other[1]
      next += 1
      continue
    }
    const uuid = unpackUuid(uuids, packedAt, codes)
    if (uuid === null) fail(`${path}.uuids`, `characters ${packedAt}… are no packed id`)
    cells[row] = uuid
    packedAt += PACKED_UUID_LENGTH
  }
  if (next !== others.length) fail(`${path}.others.${next}`, 'expected rows in ascending order')
  return cells
}

/** Counts (list lengths, shape indexes): whole numbers of at least 0 and below `below`. */
function decodeCounts(stored: unknown, count: number, below: number, path: string): number[] {
  const cells = decodeColumn(stored, count, path)
  for (let row = 0; row < count; row += 1) {
    if (!isIndex(cells[row], below))
      fail(`${path}.${row}`, `expected a whole number below ${below}`)
  }
  return cells as number[]
}

// ---------------------------------------------------------------------------------------------
// Tables: a record per row, a column per field.

/**
 * How one field of a table is stored: `cell` a text (or null) per row, `text-list` a list of texts
 * per row, `answers` a record of texts per row, `{ table }` a list of records per row.
 */
export type FieldForm = 'cell' | 'text-list' | 'answers' | { table: TableForm }
/** A table's fields in the order its records hold them. */
export type TableForm = Readonly<Record<string, FieldForm>>

export interface StoredTable {
  count: number
  columns: Record<string, unknown>
}

/** `rows` stored column-wise, a column per field of `form`. */
export function encodeTable(form: TableForm, rows: readonly object[]): StoredTable {
  const columns: Record<string, unknown> = {}
  for (const [field, fieldForm] of Object.entries(form)) {
    const values = rows.map((row) => (row as Record<string, unknown>)[field])
    columns[field] = encodeField(fieldForm, values)
  }
  return { count: rows.length, columns }
}

function encodeField(form: FieldForm, values: unknown[]): unknown {
  if (form === 'cell') return encodeColumn(values as Cell[])
  if (form === 'answers') return encodeAnswers(values as Record<string, string>[])
  const lists = values as unknown[][]
  const lengths = encodeColumn(lists.map((list) => list.length))
  const items = lists.flat()
  return form === 'text-list'
    ? { lengths, items: encodeColumn(items as Cell[]) }
    : { lengths, table: encodeTable(form.table, items as object[]) }
}

/** The records of a stored table, each with every field of `form`; throws DamagedColumnsError. */
export function decodeTable(
  form: TableForm,
  stored: unknown,
  path: string,
): Record<string, unknown>[] {
  if (!isObject(stored)) fail(path, 'expected a column-wise table')
  const { count, columns } = stored
  if (!isIndex(count, MAX_ROWS + 1)) fail(`${path}.count`, `expected 0 to ${MAX_ROWS} rows`)
  if (!isObject(columns)) fail(`${path}.columns`, 'expected a column per field')
  const fields = Object.keys(form)
  const decoded = fields.map((field) =>
    decodeField(form[field] ?? 'cell', columns[field], count, `${path}.columns.${field}`),
  )
  const rows = new Array<Record<string, unknown>>(count)
  for (let row = 0; row < count; row += 1) {
    const record: Record<string, unknown> = {}
    for (let at = 0; at < fields.length; at += 1) {
      record[fields[at] ?? ''] = decoded[at]?.[row]
    }
    rows[row] = record
  }
  return rows
}

function decodeField(form: FieldForm, stored: unknown, count: number, path: string): unknown[] {
  if (stored === undefined) fail(path, 'missing')
  if (form === 'cell') return decodeColumn(stored, count, path)
  if (form === 'answers') return decodeAnswers(stored, count, path)
  if (!isObject(stored)) fail(path, 'expected a list column')
  const lengths = decodeCounts(stored['lengths'], count, MAX_ROWS + 1, `${path}.lengths`)
  let total = 0
  for (const length of lengths) {
    total += length
    if (total > MAX_ROWS) fail(`${path}.lengths`, `more than ${MAX_ROWS} items`)
  }
  const table = stored['table']
  if (form !== 'text-list' && (!isObject(table) || table['count'] !== total)) {
    fail(`${path}.table.count`, `expected ${total} items`)
  }
  const items =
    form === 'text-list'
      ? decodeColumn(stored['items'], total, `${path}.items`)
      : decodeTable(form.table, table, `${path}.table`)
  const lists = new Array<unknown[]>(count)
  let at = 0
  for (let row = 0; row < count; row += 1) {
    const length = lengths[row] ?? 0
    lists[row] = items.slice(at, at + length)
    at += length
  }
  return lists
}

// ---------------------------------------------------------------------------------------------
// Answers: a record of texts per row. The keys are stored once; each row names its `shape`, the
// keys it holds in its order; each key has a column of the values of the rows that hold it.

function encodeAnswers(records: readonly Record<string, string>[]): unknown {
  const keys: string[] = []
  const keyIndexes = new Map<string, number>()
  const shapes: number[][] = []
  const shapeIndexes = new Map<string, number>()
  const shape = new Array<number>(records.length)
  const values: Cell[][] = []
  // Rows of one import share their questions in one order: a row like the one before it reuses
  // its shape without looking its keys up.
  let previous: { own: string[]; indexes: number[]; shape: number } | null = null
  for (let row = 0; row < records.length; row += 1) {
    const record = records[row] ?? {}
    const own = Object.keys(record)
    if (previous !== null && sameKeys(own, previous.own)) {
      for (let at = 0; at < own.length; at += 1) {
        values[previous.indexes[at] ?? 0]?.push(record[own[at] ?? ''] ?? null)
      }
      shape[row] = previous.shape
      continue
    }
    const indexes = own.map((key) => {
      let index = keyIndexes.get(key)
      if (index === undefined) {
        index = keys.length
        keys.push(key)
        keyIndexes.set(key, index)
        values.push([])
      }
      values[index]?.push(record[key] ?? null)
      return index
    })
    const signature = indexes.join(',')
    let index = shapeIndexes.get(signature)
    if (index === undefined) {
      index = shapes.length
      shapes.push(indexes)
      shapeIndexes.set(signature, index)
    }
    shape[row] = index
    previous = { own, indexes, shape: index }
  }
  return { keys, shapes, shape: encodeColumn(shape), values: values.map(encodeColumn) }
}

function sameKeys(keys: readonly string[], others: readonly string[]): boolean {
  if (keys.length !== others.length) return false
  for (let at = 0; at < keys.length; at += 1) if (keys[at] !== others[at]) return false
  return true
}

function decodeAnswers(stored: unknown, count: number, path: string): unknown[] {
  if (!isObject(stored)) fail(path, 'expected an answers column')
  const { keys, shapes, values } = stored
  if (!Array.isArray(keys) || !keys.every((key) => typeof key === 'string')) {
    fail(`${path}.keys`, 'expected a list of text')
  }
  if (!Array.isArray(shapes)) fail(`${path}.shapes`, 'expected a list')
  shapes.forEach((shape: unknown, index) => {
    // A key twice in one shape would take one value less than stored: not what was written.
    if (
      !Array.isArray(shape) ||
      !shape.every((key) => isIndex(key, keys.length)) ||
      new Set(shape).size !== shape.length
    ) {
      fail(`${path}.shapes.${index}`, 'expected distinct key indexes')
    }
  })
  const shapeKeys = shapes as number[][]
  const rowShapes = decodeCounts(stored['shape'], count, shapeKeys.length, `${path}.shape`)
  const perKey = new Array<number>(keys.length).fill(0)
  for (const shape of rowShapes)
    for (const key of shapeKeys[shape] ?? []) perKey[key] = (perKey[key] ?? 0) + 1
  if (!Array.isArray(values) || values.length !== keys.length) {
    fail(`${path}.values`, `expected a column per key (${keys.length})`)
  }
  const columns = values.map((column: unknown, key) =>
    decodeColumn(column, perKey[key] ?? 0, `${path}.values.${key}`),
  )
  const cursors = new Array<number>(keys.length).fill(0)
  const records = new Array<Record<string, unknown>>(count)
  for (let row = 0; row < count; row += 1) {
    const record: Record<string, unknown> = {}
    for (const key of shapeKeys[rowShapes[row] ?? 0] ?? []) {
      const name = keys[key] as string
      const value = columns[key]?.[cursors[key] ?? 0]
      cursors[key] = (cursors[key] ?? 0) + 1
      // JSON.parse makes `__proto__` a key like any other; an assignment would set the prototype.
      if (name === '__proto__') {
        Object.defineProperty(record, name, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        })
      } else record[name] = value
    }
    records[row] = record
  }
  return records
}

// ---------------------------------------------------------------------------------------------
// Lists of ids that name rows of a table (an import's added registrations): a run of rows whose
// column holds them, `[first row, length]`, or the id itself when no row holds it.

export type StoredIdList = (string | [number, number])[]

/**
 * `ids` as runs of rows of a column (`count` rows, `valueAt` reads one) that holds them, and as
 * themselves where no row does. An import's ids mostly follow one another down the column, so the
 * row after the last is tried first; only ids found elsewhere pay for an index of the column,
 * built at the first few of them.
 */
export function encodeIdList(
  ids: readonly string[],
  count: number,
  valueAt: (row: number) => unknown,
): StoredIdList {
  let index: Map<unknown, number> | null = null
  let scans = 0
  const rowOf = (id: string): number | undefined => {
    if (index === null && (scans += 1) > 4) {
      index = new Map()
      for (let row = count - 1; row >= 0; row -= 1) index.set(valueAt(row), row)
    }
    if (index !== null) return index.get(id)
    for (let row = 0; row < count; row += 1) if (valueAt(row) === id) return row
    return undefined
  }
  const stored: StoredIdList = []
  let run: [number, number] | null = null
  for (const id of ids) {
    const next = run === null ? -1 : run[0] + run[1]
    if (run !== null && next < count && valueAt(next) === id) {
      run[1] += 1
      continue
    }
    const row = rowOf(id)
    if (row === undefined) {
      stored.push(id)
      run = null
    } else {
      run = [row, 1]
      stored.push(run)
    }
  }
  return stored
}

/** The ids of a stored list, read from `column` (the column the runs name, `count` rows). */
export function decodeIdList(stored: unknown, column: readonly unknown[], path: string): string[] {
  if (!Array.isArray(stored)) fail(path, 'expected a list of ids and row runs')
  const ids: string[] = []
  stored.forEach((entry: unknown, index) => {
    if (typeof entry === 'string') {
      ids.push(entry)
      return
    }
    const [first, length]: unknown[] = Array.isArray(entry) ? entry : []
    if (
      !Array.isArray(entry) ||
      entry.length !== 2 ||
      !isIndex(first, column.length) ||
      !isIndex(length, column.length - first + 1) ||
      length === 0 ||
      ids.length + length > MAX_ROWS
    ) {
      fail(`${path}.${index}`, `expected an id or a run of rows below ${column.length}`)
    }
    for (let row = first; row < first + length; row += 1) {
      const id = column[row]
      if (typeof id !== 'string') fail(`${path}.${index}`, `row ${row} holds no id`)
      ids.push(id)
    }
  })
  return ids
}

function fail(path: string, detail: string): never {
  throw new DamagedColumnsError(path, detail)
}

// ---------------------------------------------------------------------------------------------
// A file's stored form.

export type DecodedFile =
  { ok: true; data: Record<string, unknown> } | { ok: false; reason: string }

/**
 * How a workspace file's data is written and read back: `encode` gives what is written (without
 * `schemaVersion`), `decode` the data again, or why the stored text is not a file of this form.
 * Never throws.
 */
export interface StoredForm<Data> {
  encode(data: Data): Record<string, unknown>
  decode(stored: Record<string, unknown>): DecodedFile
}

/** `decode`, with a damaged part (or anything else that stops it) reported instead of thrown. */
export function decodingSafely(
  decode: (stored: Record<string, unknown>) => Record<string, unknown>,
): (stored: Record<string, unknown>) => DecodedFile {
  return (stored) => {
    try {
      return { ok: true, data: decode(stored) }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return { ok: false, reason }
    }
  }
}

/** A plain-object part of a stored file, for the parts a form stores as they are. */
export function storedObject(value: unknown, path: string): Record<string, unknown> {
  if (!isObject(value)) fail(path, 'expected an object')
  return value
}
