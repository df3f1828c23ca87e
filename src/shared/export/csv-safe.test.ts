import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { FORMULA_START, toSafeCsv, UTF8_BOM } from './csv-safe'

/** What a spreadsheet user gets back: the cells of a safe CSV, parsed as Excel would. */
function parseCsv(csv: string): string[][] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true)
  expect(csv.endsWith('\r\n')).toBe(true)
  const parsed = Papa.parse<string[]>(csv.slice(UTF8_BOM.length, -2), {
    newline: '\r\n',
    delimiter: ',',
  })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

describe('toSafeCsv', () => {
  it.each([
    ['=1+1', `"'=1+1"`],
    ['+44 20 7946 0000', `"'+44 20 7946 0000"`],
    ['-2', `"'-2"`],
    ['@x', `"'@x"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['\nx', `"'\nx"`],
    ['\n=HYPERLINK("http://evil.example")', `"'\n=HYPERLINK(""http://evil.example"")"`],
    ['\0x', `"'\0x"`],
    ['|cmd', `"'|cmd"`],
    ['%APPDATA%', `"'%APPDATA%"`],
    ['\uFF1D1+1', `"'\uFF1D1+1"`],
    ['\uFF0B44', `"'\uFF0B44"`],
    ['\uFF0D2', `"'\uFF0D2"`],
    ['\uFF20x', `"'\uFF20x"`],
    ['\uFF5Ccmd', `"'\uFF5Ccmd"`],
    ['\uFF05x', `"'\uFF05x"`],
    ['\uFE66x', `"'\uFE66x"`],
    ['\uFE62x', `"'\uFE62x"`],
    ['\uFE63x', `"'\uFE63x"`],
    ['\uFE6Bx', `"'\uFE6Bx"`],
    [' =1+1', `"' =1+1"`],
    ['  +1', `"'  +1"`],
    ['\u00A0@x', `"'\u00A0@x"`],
    ['\u3000\uFF1D1', `"'\u3000\uFF1D1"`],
    ['\uFEFF=1', `"'\uFEFF=1"`],
    ['\0=1', `"'\0=1"`],
    ['\r\n=1', `"'\r\n=1"`],
    ['a\uFF1Db', 'a\uFF1Db'],
    ['100%', '100%'],
    ['a|b', 'a|b'],
    [' plain', '" plain"'],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['comma, inside', '"comma, inside"'],
    ['say "hi"', '"say ""hi"""'],
    ['01234', '01234'],
    ['Zoë 山田', 'Zoë 山田'],
  ])('writes %j as %j', (cell, written) => {
    expect(toSafeCsv(['h'], [[cell]])).toBe(`${UTF8_BOM}h\r\n${written}\r\n`)
  })

  it('starts with a BOM and ends every line with CRLF', () => {
    expect(
      toSafeCsv(
        ['Name', 'E-mail'],
        [
          ['Ana', 'ana@example.com'],
          ['Bo', ''],
        ],
      ),
    ).toBe('\uFEFFName,E-mail\r\nAna,ana@example.com\r\nBo,\r\n')
  })

  it('writes a lone empty cell as "" so the row is not read as a blank line', () => {
    expect(toSafeCsv(['Notes'], [[''], ['x']])).toBe(`${UTF8_BOM}Notes\r\n""\r\nx\r\n`)
  })

  it('escapes the header too', () => {
    expect(toSafeCsv(['=cmd'], [])).toBe(`${UTF8_BOM}"'=cmd"\r\n`)
  })

  it.each([['=1+1'], ['-2'], ['@x'], ['\tx'], ['\rx'], ['\nx']])(
    'reads %j back as text with a leading apostrophe',
    (cell) => {
      expect(parseCsv(toSafeCsv(['h'], [[cell]]))).toEqual([['h'], [`'${cell}`]])
    },
  )

  it('round-trips any cells: parsing gives them back, formula-looking ones behind a quote', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc
        .tuple(
          fc.constantFrom(
            '=',
            '+',
            '-',
            '@',
            '|',
            '%',
            '\t',
            '\r',
            '\n',
            '\r\n',
            '\0',
            '"',
            ',',
            ' ',
            "'",
            '\uFF1D',
            '\uFF0B',
            '\uFF0D',
            '\uFF20',
            ' =',
            '\u3000@',
          ),
          fc.string(),
        )
        .map(([start, rest]) => start + rest),
    )
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc.tuple(
          fc.array(cell, { minLength: width, maxLength: width }),
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
        ),
      )
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const parsed = parseCsv(toSafeCsv(header, rows))
        const unescaped = parsed.map((line, index) =>
          line.map((value, column) => {
            const original = (index === 0 ? header : rows[index - 1])?.[column] ?? ''
            expect(FORMULA_START.test(value)).toBe(false)
            return FORMULA_START.test(original) ? value.replace(/^'/, '') : value
          }),
        )
        expect(unescaped).toEqual([header, ...rows])
      }),
      { numRuns: 500 },
    )
  })
})
