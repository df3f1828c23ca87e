/** CSV that is safe to open in a spreadsheet (FORMATS.md, "Exports must be safe to open"). */
import Papa from 'papaparse'

/**
 * Cells a spreadsheet could run as a formula or that hide their start (FORMATS.md; OWASP CSV
 * injection): `=`, `+`, `-`, `@`, and `|` and `%` that older spreadsheets read as DDE or a
 * function; their full-width forms (`＝` `＋` `－` `＠` `｜` `％`, which spreadsheets with East Asian input
 * can read as the ASCII ones) and small forms (`﹦` `﹢` `﹣` `﹫`); each of these after
 * leading whitespace (a space, a no-break or ideographic space, a BOM), which spreadsheets skip;
 * and a cell starting with tab, CR, LF or NUL. papaparse's own `escapeFormulae: true` pattern is
 * `/^[=+\-@\t\r].*$/`, which misses a leading line feed, a second line, and all of the above.
 */
export const FORMULA_START =
  /^[\s\0]*[=+\-@|%\uFF1D\uFF0B\uFF0D\uFF20\uFF5C\uFF05\uFE66\uFE62\uFE63\uFE6B]|^[\t\r\n\0]/u

/** Excel reads a UTF-8 CSV as the machine's legacy code page unless it starts with a BOM. */
export const UTF8_BOM = '\uFEFF'

/**
 * A CSV document from a header and rows (FORMATS.md: no exported cell may start with `=`, `+`,
 * `-`, `@`, tab, CR, LF or NUL; prefix such cells with `'`). Cells FORMULA_START matches get a
 * leading `'`, which spreadsheets show as text; lines end in CRLF, as Excel writes them; the text starts with a
 * UTF-8 BOM so accents survive Excel. Every cell is written as text: nothing is typed or trimmed.
 */
export function toSafeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const table = [header, ...rows].map((cells) => [...cells])
  const options = { escapeFormulae: FORMULA_START, quotes: false, newline: '\r\n' }
  // A lone empty cell would be a blank line, which readers (ours included) skip as no row at all,
  // so such rows are written as `""`; one call for the whole table is twice as fast otherwise.
  const isLoneEmpty = (cells: string[]): boolean => cells.length === 1 && cells[0] === ''
  const body = table.some(isLoneEmpty)
    ? table
        .map((cells) => (isLoneEmpty(cells) ? '""' : Papa.unparse([cells], options)))
        .join('\r\n')
    : Papa.unparse(table, options)
  return `${UTF8_BOM}${body}\r\n`
}
