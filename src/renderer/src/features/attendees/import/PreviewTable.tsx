import { STATUS_READING_LABELS } from '../../../../../shared/import/status-reading'
import type { MappedRows } from '../../../../../shared/import/types'
import { capitalise } from '../../../../../shared/util/text'
const ATTENDANCE_WORDS = { 'checked-in': 'Checked in', 'no-show': 'No-show', unknown: '—' }

/** The first rows as the current mapping reads them, with the rows it cannot read and why. */
export function PreviewTable({ mapped }: { mapped: MappedRows }) {
  const entries = [
    ...mapped.rows.map((row) => ({ line: row.line, row, error: null })),
    ...mapped.rowErrors.map((error) => ({ line: error.line, row: null, error: error.reason })),
  ].sort((a, b) => a.line - b.line)
  return (
    <div className="table-scroll">
      <table className="table table-compact" aria-label="Preview of the first rows">
        <thead>
          <tr>
            <th className="tabular">Line</th>
            <th>Name</th>
            <th>E-mail</th>
            <th>Person id</th>
            <th>Status</th>
            <th>Attendance</th>
            <th>Ticket</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ line, row, error }) =>
            row === null ? (
              <tr key={line} className="row-error">
                <td className="tabular faint">{line}</td>
                <td colSpan={6}>Skipped: {error}</td>
              </tr>
            ) : (
              <tr key={line}>
                <td className="tabular faint">{line}</td>
                <td>{row.name || <span className="faint">(no name)</span>}</td>
                <td>{row.email || <span className="faint">—</span>}</td>
                <td className="tabular">
                  {row.platformPersonId || <span className="faint">—</span>}
                </td>
                <td>{capitalise(STATUS_READING_LABELS[row.status])}</td>
                <td>{ATTENDANCE_WORDS[row.attendance]}</td>
                <td>{row.ticketType || <span className="faint">—</span>}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {mapped.duplicatesCollapsed > 0 && (
        <p className="small faint">
          {mapped.duplicatesCollapsed} repeated row(s) in these first lines are folded into one.
        </p>
      )}
    </div>
  )
}
