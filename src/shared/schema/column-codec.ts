/**
 * Column-wise tables, the stored form of the large workspace files from schema version 5 on
 * (issue 17, a lean store). A list of records is stored as one column per field, under the field's
 * name, instead of one JSON object per record with every key repeated; each column takes the
 * smallest of a few forms:
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
const digits = (value: number): number => (value < 10 ? 1 : Math.floor(Math.log10(value)) + 1)
/** About what JSON.stringify spends on a cell: exact but for escapes. */
const cellCost = (cell: Cell): number =>
  cell === null ? 4 : typeof cell === 'string' ? cell.length + 2 : String(cell).length

// ---------------------------------------------------------------------------------------------
// UUIDs, 36 characters, as 22: 32 hex digits are 10 groups of 3 (12 bits, two base64url
// characters each) and a last group of 2 shifted into 12 bits.

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const BASE64URL_VALUE = new Map([...BASE64URL].map((character, value) => [character, value]))
const HEX3 = Array.from({ length: 4096 }, (_, value) => value.toString(16).padStart(3, '0'))
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
export const PACKED_UUID_LENGTH = 22

const isUuid = (cell: Cell): cell is string =>
  typeof cell === 'string' && cell.length === 36 && UUID.test(cell)

function packUuid(uuid: string): string {
  const hex = uuid.replace(/-/g, '')
  let packed = ''
  for (let at = 0; at < 30; at += 3) {
    const value = parseInt(hex.slice(at, at + 3), 16)
    packed += BASE64URL.charAt(value >> 6) + BASE64URL.charAt(value & 63)
  }
  const last = parseInt(hex.slice(30, 32), 16) << 4
  return packed + BASE64URL.charAt(last >> 6) + BASE64URL.charAt(last & 63)
}

/** The UUID packed at `at` in `packed`, or null when those characters are no packed UUID. */
function unpackUuid(packed: string, at: number): string | null {
  let hex = ''
  for (let group = 0; group < 11; group += 1) {
    const high = BASE64URL_VALUE.get(packed.charAt(at + 2 * group))
    const low = BASE64URL_VALUE.get(packed.charAt(at + 2 * group + 1))
    if (high === undefined || low === undefined) return null
    const value = (high << 6) | low
    if (group < 10) hex += HEX3[value] ?? ''
    else if ((value & 15) !== 0) return null
    else hex += (HEX3[value >> 4] ?? '').slice(1)
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

// ---------------------------------------------------------------------------------------------
// One column.

/** The smallest stored form of `cells` (see the module comment). */
export function encodeColumn(cells: readonly Cell[]): StoredColumn {
  const count = cells.length
  let plainCost = 0
  let uuidCount = 0
  let othersCost = 0
  // A dictionary of mostly distinct values cannot win; it is given up once it holds more than half.
  const dictionaryLimit = Math.max(64, count / 2)
  let dictionary: Map<Cell, number> | null = new Map()
  let dictionaryCost = 0
  let indexesCost = 0
  let runsCost = 0
  const indexes = new Array<number>(count)
  let runStart = 0
  for (let row = 0; row < count; row += 1) {
    const cell = cells[row] ?? null
    const cost = cellCost(cell)
    plainCost += cost + 1
    if (isUuid(cell)) uuidCount += 1
    else othersCost += cost + digits(row) + 4
    if (dictionary === null) continue
    let index = dictionary.get(cell)
    if (index === undefined) {
      index = dictionary.size
      if (index > dictionaryLimit) {
        dictionary = null
        continue
      }
      dictionary.set(cell, index)
      dictionaryCost += cost + 1
    }
    indexes[row] = index
    indexesCost += digits(index) + 1
    if (row > 0 && indexes[row - 1] !== index) {
      runsCost += digits(indexes[row - 1] ?? 0) + digits(row - runStart) + 2
      runStart = row
    }
  }
  if (count > 0) runsCost += digits(indexes[count - 1] ?? 0) + digits(count - runStart) + 2
  const uuidCost = uuidCount * PACKED_UUID_LENGTH + othersCost
  const best = Math.min(
    plainCost,
    uuidCount > 0 ? uuidCost : Infinity,
    dictionary ? dictionaryCost + Math.min(indexesCost, runsCost) : Infinity,
  )
  // The caller's array itself: a stored form is only ever serialised, never changed.
  if (best === plainCost) return cells as Cell[]
  if (dictionary && best === dictionaryCost + Math.min(indexesCost, runsCost)) {
    const values = [...dictionary.keys()]
    return indexesCost <= runsCost ? { values, indexes } : { values, runs: toRuns(indexes) }
  }
  let uuids = ''
  const others: [number, Cell][] = []
  for (let row = 0; row < count; row += 1) {
    const cell = cells[row] ?? null
    if (isUuid(cell)) uuids += packUuid(cell)
    else others.push([row, cell])
  }
  return { uuids, others }
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
    const uuid = unpackUuid(uuids, packedAt)
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
  for (let row = 0; row < records.length; row += 1) {
    const record = records[row] ?? {}
    const own = Object.keys(record)
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
  }
  return { keys, shapes, shape: encodeColumn(shape), values: values.map(encodeColumn) }
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

/** `ids` as runs of rows where `rowOf` finds them, and as themselves where it does not. */
export function encodeIdList(
  ids: readonly string[],
  rowOf: (id: string) => number | undefined,
): StoredIdList {
  const stored: StoredIdList = []
  let run: [number, number] | null = null
  for (const id of ids) {
    const row = rowOf(id)
    if (row === undefined) {
      stored.push(id)
      run = null
    } else if (run !== null && run[0] + run[1] === row) run[1] += 1
    else {
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
