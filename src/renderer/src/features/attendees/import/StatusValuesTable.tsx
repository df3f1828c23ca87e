import type { Platform, RegistrationStatus } from '../../../../../shared/domain/schemas'
import { REGISTRATION_STATUSES } from '../../../../../shared/domain/schemas'
import { platformLabel } from '../../../../../shared/identity/resolve-identity'
import {
  STATUS_READING_LABELS,
  type ReadingSource,
  type StatusValueTable,
} from '../../../../../shared/import/status-reading'
import { capitalise } from '../../../../../shared/util/text'
import { formatCount } from '../../../../../shared/util/format-number'

/** Why a value reads as it does, in a few words beside its reading. */
function sourceWords(source: ReadingSource, platform: Platform): string {
  if (source === 'yours') return 'your reading'
  if (source === 'platform') return `${platformLabel(platform)}’s word`
  if (source === 'common') return 'from the wording'
  return 'not understood'
}

function rowsWord(count: number): string {
  return `${formatCount(count)} row${count === 1 ? '' : 's'}`
}

/**
 * The status column's values (DESIGN.md §1.3): each distinct value, its rows in the file and how
 * it will be read, with a select to read it otherwise. Values the importer cannot read are listed
 * as a warning: they import as `unknown`, never as going.
 */
export function StatusValuesTable({
  column,
  table,
  platform,
  onChange,
}: {
  /** The column mapped to status, if any. */
  column: string | undefined
  /** Null when the column has too many distinct values to list (times, free text). */
  table: StatusValueTable | null
  platform: Platform
  onChange: (word: string, reading: RegistrationStatus) => void
}) {
  if (column === undefined) {
    return (
      <p className="small muted" data-testid="status-values-none">
        No status or RSVP column: everyone in the file is read as going. If the file has one (a form
        question such as “Will you attend?”), choose it as the status column below.
      </p>
    )
  }
  if (table === null) {
    return (
      <p className="small muted" data-testid="status-values-many">
        “{column}” has too many different values to list: each is read by {platformLabel(platform)}
        ’s rules, and one nobody can read is imported as unknown, never as going.
      </p>
    )
  }
  const unknown = table.values.filter((entry) => entry.reading === 'unknown')
  const rowsReadAs = (readings: readonly RegistrationStatus[]) =>
    table.values.reduce(
      (sum, entry) => sum + (readings.includes(entry.reading) ? entry.rows : 0),
      0,
    )
  const going = rowsReadAs(['going'])
  const maybe = rowsReadAs(['maybe'])
  const notGoing = rowsReadAs(['declined', 'cancelled'])
  return (
    <div className="stack">
      {unknown.length > 0 && (
        <div className="callout callout-warning" role="alert" data-testid="status-values-warning">
          {unknown.length === 1
            ? `1 answer (${rowsWord(unknown[0]?.rows ?? 0)}) cannot be read`
            : `${unknown.length} answers (${rowsWord(table.unknownRows)}) cannot be read`}
          : {unknown.map((entry) => `“${entry.value === '' ? '(empty)' : entry.value}”`).join(', ')}
          . They are imported as unknown and never counted as going. Choose a reading below.
        </div>
      )}
      <div className="table-scroll">
        <table className="table table-compact status-values" aria-label={`Answers in ${column}`}>
          <thead>
            <tr>
              <th>Answer</th>
              <th className="tabular status-values-rows">Rows</th>
              <th>Counts as</th>
            </tr>
          </thead>
          <tbody>
            {table.values.map((entry) => {
              const shown = entry.value === '' ? '(empty)' : entry.value
              return (
                <tr
                  key={entry.word}
                  data-testid="status-value"
                  data-reading={entry.reading}
                  className={entry.reading === 'unknown' ? 'status-value-unknown' : undefined}
                >
                  <td className="status-values-answer">
                    {entry.value === '' ? <span className="faint">(empty)</span> : entry.value}
                  </td>
                  <td className="tabular status-values-rows">{formatCount(entry.rows)}</td>
                  <td>
                    <div className="row status-values-reading">
                      <select
                        className="select select-inline"
                        aria-label={`Reading of ${shown}`}
                        value={entry.reading}
                        onChange={(event) =>
                          onChange(entry.word, event.target.value as RegistrationStatus)
                        }
                      >
                        {REGISTRATION_STATUSES.map((status) => (
                          <option key={status} value={status}>
                            {capitalise(STATUS_READING_LABELS[status])}
                          </option>
                        ))}
                      </select>
                      <span className="small faint">{sourceWords(entry.source, platform)}</span>
                    </div>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <p className="small muted status-values-summary" data-testid="status-values-summary">
        In rows: <strong className="tabular">{formatCount(going)} going</strong>
        {maybe > 0 && ` (+${formatCount(maybe)} maybe)`}
        {notGoing > 0 && ` · ${formatCount(notGoing)} not going`}
        {table.unknownRows > 0 && ` · ${formatCount(table.unknownRows)} unknown`}. Only{' '}
        <em>going</em> counts toward attendance; a maybe is shown beside it. Someone who answered
        twice counts once, with their later answer. A reading you change is remembered for this
        question.
      </p>
      {table.isCut && <p className="small faint">Only the most frequent answers are listed.</p>}
    </div>
  )
}
