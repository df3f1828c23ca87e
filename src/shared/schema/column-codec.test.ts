import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DamagedColumnsError,
  decodeColumn,
  decodeIdList,
  decodeTable,
  encodeColumn,
  encodeIdList,
  encodeTable,
  type Cell,
  type TableForm,
} from './column-codec'

/** What a stored part is after the trip through the file: JSON text and back. */
const throughJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value))

const UUIDS = [
  '3f2b8c1e-9d4a-4e7b-8a61-0c5d2e9f7b13',
  '00000000-0000-4000-8000-000000000000',
  'ffffffff-ffff-4fff-bfff-ffffffffffff',
  'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
]

describe('a column', () => {
  const freshIds = (count: number) =>
    Array.from({ length: count }, () => globalThis.crypto.randomUUID())
  it.each<[string, string, Cell[]]>([
    ['no cells', 'plain', []],
    ['distinct short texts', 'plain', ['a', 'b', 'c', 'd']],
    ['one value for every row', 'runs', Array<Cell>(500).fill('eventbrite')],
    [
      'two values alternating',
      'indexes',
      Array.from({ length: 500 }, (_, row) => (row % 2 === 0 ? 'going' : 'cancelled')),
    ],
    ['app-made ids', 'uuids', UUIDS],
    [
      'app-made ids among others',
      'uuids',
      [...freshIds(4), 'sample-person-1', null, ...freshIds(4)],
    ],
    ['counts, mostly one', 'runs', [...Array<Cell>(50).fill(1), 0, 2, ...Array<Cell>(50).fill(1)]],
    ['ids that are almost UUIDs', 'plain', [UUIDS[0]?.toUpperCase() ?? '', `${UUIDS[1]} `]],
  ])('%s: stored as %s, read back as they were', (_case, form, cells) => {
    const stored = encodeColumn(cells)
    const kind = Array.isArray(stored)
      ? 'plain'
      : 'uuids' in stored
        ? 'uuids'
        : 'runs' in stored
          ? 'runs'
          : 'indexes'
    expect(kind).toBe(form)
    expect(decodeColumn(throughJson(stored), cells.length, 'c')).toEqual(cells)
  })

  it('chooses from rows spread over the column, not from the first ones', () => {
    const sample = Array.from({ length: 300 }, (_, row) => `sample-registration-${row}`)
    const cells = [...sample, ...freshIds(20_000)]
    const stored = encodeColumn(cells)
    expect('uuids' in stored && stored.others).toHaveLength(300)
    expect(decodeColumn(throughJson(stored), cells.length, 'c')).toEqual(cells)
  })

  it('packs an app-made id in 22 characters', () => {
    const ids = Array.from({ length: 1000 }, () => globalThis.crypto.randomUUID())
    const stored = encodeColumn(ids)
    expect(JSON.stringify(stored).length).toBeLessThan(ids.length * 22 + 40)
    expect(decodeColumn(throughJson(stored), ids.length, 'c')).toEqual(ids)
  })

  it('reads back any cells exactly', () => {
    const cell = fc.oneof(
      fc.constantFrom<Cell>(null, '', 'going', 'maybe', ...UUIDS),
      fc.string(),
      fc.uuid(),
      fc.integer({ min: 0, max: 1000 }),
    )
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 300 }), (cells) => {
        const stored = throughJson(encodeColumn(cells))
        expect(decodeColumn(stored, cells.length, 'c')).toEqual(cells)
      }),
    )
  })

  it.each<[string, unknown, RegExp]>([
    ['too few cells', ['a'], /^c: expected 2 cells, found 1$/],
    ['an object as a cell', ['a', {}], /^c\.1: expected text/],
    ['a number', 5, /^c: expected a column$/],
    ['values that are not a list', { values: 'a', indexes: [0, 0] }, /^c\.values: /],
    ['an index past the values', { values: ['a'], indexes: [0, 1] }, /^c\.indexes\.1: /],
    ['a fractional index', { values: ['a', 'b'], indexes: [0, 0.5] }, /^c\.indexes\.1: /],
    ['runs that are too long', { values: ['a'], runs: [0, 3] }, /^c\.runs\.1: /],
    ['runs that are too short', { values: ['a'], runs: [0, 1] }, /^c\.runs: expected 2/],
    ['a run of no rows', { values: ['a'], runs: [0, 0, 0, 2] }, /^c\.runs\.1: /],
    ['runs missing a length', { values: ['a'], runs: [0] }, /^c\.runs: /],
    ['ids cut short', { uuids: 'AAAA', others: [] }, /^c\.uuids: expected 2 packed ids/],
    ['ids that are not base64url', { uuids: '!'.repeat(44), others: [] }, /^c\.uuids: /],
    [
      'others out of order',
      {
        uuids: '',
        others: [
          [1, 'b'],
          [0, 'a'],
        ],
      },
      /^c\.(others|uuids)/,
    ],
    ['others that are text', { uuids: 'A'.repeat(22), others: ['x'] }, /^c\.(others|uuids)/],
  ])('%s: damaged, with the place and the reason', (_case, stored, reason) => {
    expect(() => decodeColumn(stored, 2, 'c')).toThrow(DamagedColumnsError)
    expect(() => decodeColumn(stored, 2, 'c')).toThrow(reason)
  })
})

const PERSON: TableForm = {
  id: 'cell',
  emails: 'text-list',
  platformIds: { table: { platform: 'cell', id: 'cell' } },
  answers: 'answers',
  importId: 'cell',
}

describe('a table', () => {
  const rows = [
    {
      id: UUIDS[0],
      emails: ['a@example.org', 'b@example.org'],
      platformIds: [{ platform: 'meetup', id: '42' }],
      answers: { Company: 'Acme', 'Job Title': 'Dev' },
      importId: null,
    },
    {
      id: 'sample-2',
      emails: [],
      platformIds: [],
      // Another key order, a key JSON.parse keeps as a key, and one a number-like key sorts first.
      answers: JSON.parse('{"Job Title":"","__proto__":"x","2024":"yes","Company":"Acme"}'),
      importId: UUIDS[1],
    },
    { id: UUIDS[2], emails: ['c@example.org'], platformIds: [], answers: {}, importId: UUIDS[1] },
  ]

  it('reads back every record as written, its answers in their order', () => {
    const decoded = decodeTable(PERSON, throughJson(encodeTable(PERSON, rows)), 't')
    expect(decoded).toEqual(rows)
    expect(decoded.map((row) => Object.keys(row['answers'] as object))).toEqual(
      rows.map((row) => Object.keys(row.answers)),
    )
    expect(Object.getPrototypeOf(decoded[1]?.['answers'])).toBe(Object.prototype)
  })

  it('stores each key once, not once a row', () => {
    const many = Array.from({ length: 1000 }, (_, index) => ({
      ...rows[0],
      id: globalThis.crypto.randomUUID(),
      answers: { Company: 'Acme', 'What brings you?': `Reason ${index % 4}` },
    }))
    const text = JSON.stringify(encodeTable(PERSON, many))
    expect(text.split('What brings you?')).toHaveLength(2)
    expect(text.length / many.length).toBeLessThan(40)
    expect(decodeTable(PERSON, JSON.parse(text), 't')).toEqual(many)
  })

  it.each<[string, (stored: Record<string, unknown>) => unknown, RegExp]>([
    ['not an object', () => [], /^t: expected a column-wise table/],
    ['no count', ({ columns }) => ({ columns }), /^t\.count: /],
    ['a count past the limit', ({ columns }) => ({ count: 1e12, columns }), /^t\.count: /],
    ['a missing column', ({ count }) => ({ count, columns: {} }), /^t\.columns\.id: missing/],
    [
      'list lengths that do not add up',
      (stored) => withColumn(stored, 'emails', { lengths: [5, 0, 1], items: ['a'] }),
      /^t\.columns\.emails\.items: expected 6 cells/,
    ],
    [
      'a nested table of the wrong size',
      (stored) =>
        withColumn(stored, 'platformIds', {
          lengths: [1, 0, 0],
          table: { count: 2, columns: {} },
        }),
      /^t\.columns\.platformIds\.table\.count: /,
    ],
    [
      'a shape naming a key twice',
      (stored) =>
        withColumn(stored, 'answers', {
          keys: ['a'],
          shapes: [[0, 0]],
          shape: [0, 0, 0],
          values: [[]],
        }),
      /^t\.columns\.answers\.shapes\.0: /,
    ],
    [
      'a row with a shape that is not there',
      (stored) =>
        withColumn(stored, 'answers', { keys: [], shapes: [[]], shape: [0, 1, 0], values: [] }),
      /^t\.columns\.answers\.shape\.1: /,
    ],
    [
      'answers with too few values',
      (stored) =>
        withColumn(stored, 'answers', {
          keys: ['a'],
          shapes: [[0]],
          shape: [0, 0, 0],
          values: [['x']],
        }),
      /^t\.columns\.answers\.values\.0: expected 3 cells/,
    ],
  ])('%s: damaged, with the place and the reason', (_case, damage, reason) => {
    const stored = damage(throughJson(encodeTable(PERSON, rows)) as Record<string, unknown>)
    expect(() => decodeTable(PERSON, stored, 't')).toThrow(DamagedColumnsError)
    expect(() => decodeTable(PERSON, stored, 't')).toThrow(reason)
  })

  it('whatever a stored table holds, is read or refused as damaged, never a TypeError', () => {
    const stored = throughJson(encodeTable(PERSON, rows)) as Record<string, unknown>
    const columns = stored['columns'] as Record<string, unknown>
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(PERSON), 'count'),
        fc.jsonValue(),
        (field, value) => {
          const damaged =
            field === 'count'
              ? { ...stored, count: value }
              : { ...stored, columns: { ...columns, [field]: value } }
          try {
            decodeTable(PERSON, damaged, 't')
          } catch (error) {
            expect(error).toBeInstanceOf(DamagedColumnsError)
          }
        },
      ),
    )
  })
})

function withColumn(stored: Record<string, unknown>, field: string, column: unknown): unknown {
  return { ...stored, columns: { ...(stored['columns'] as object), [field]: column } }
}

describe('a list of ids that names rows', () => {
  const column = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5']
  const valueAt = (row: number) => column[row]

  it.each<[string[], unknown]>([
    [[], []],
    [column, [[0, 6]]],
    [
      ['r2', 'r3', 'gone', 'r4', 'r0'],
      [[2, 2], 'gone', [4, 1], [0, 1]],
    ],
    [
      ['r5', 'r4'],
      [
        [5, 1],
        [4, 1],
      ],
    ],
  ])('%j is stored as runs of rows and the ids no row holds, in its order', (ids, stored) => {
    expect(encodeIdList(ids, column.length, valueAt)).toEqual(stored)
    expect(
      decodeIdList(throughJson(encodeIdList(ids, column.length, valueAt)), column, 'l'),
    ).toEqual(ids)
  })

  it('finds ids anywhere in a long column, in any order', () => {
    const long = Array.from({ length: 5000 }, (_, row) => `id-${row}`)
    const ids = [...long.slice(4000), 'gone-1', ...long.slice(0, 10).reverse(), 'gone-2', 'id-7']
    const stored = encodeIdList(ids, long.length, (row) => long[row])
    expect(stored.slice(0, 3)).toEqual([[4000, 1000], 'gone-1', [9, 1]])
    expect(decodeIdList(throughJson(stored), long, 'l')).toEqual(ids)
  })

  it.each<[unknown, RegExp]>([
    ['r0', /^l: expected a list/],
    [[[0, 7]], /^l\.0: /],
    [[[6, 1]], /^l\.0: /],
    [[[0, 0]], /^l\.0: /],
    [[[0]], /^l\.0: /],
    [[5], /^l\.0: /],
  ])('%j is damaged', (stored, reason) => {
    expect(() => decodeIdList(stored, column, 'l')).toThrow(reason)
  })

  it('a run over a row that holds no id is damaged', () => {
    expect(() => decodeIdList([[0, 2]], ['r0', null], 'l')).toThrow(/^l\.0: row 1 holds no id/)
  })
})
