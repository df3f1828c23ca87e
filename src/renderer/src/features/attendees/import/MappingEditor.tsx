import { capitalise } from '../../../../../shared/util/text'
import { IMPORT_FIELD_LABELS } from '../../../../../shared/import/column-mapping'
import { answerColumns, withColumn } from '../../../../../shared/import/import-preview'
import type { ColumnMapping, ImportField } from '../../../../../shared/import/types'
import { IMPORT_FIELDS } from '../../../../../shared/import/types'

const NOT_MAPPED = ''

/** One select per field: which column of the file fills it. Unmapped columns become answers. */
export function MappingEditor({
  header,
  mapping,
  onChange,
}: {
  header: readonly string[]
  mapping: ColumnMapping
  onChange: (mapping: ColumnMapping) => void
}) {
  const answers = answerColumns(header, mapping)
  return (
    <div className="stack">
      <div className="mapping-grid">
        {IMPORT_FIELDS.map((field: ImportField) => {
          const label = IMPORT_FIELD_LABELS[field]
          return (
            <label key={field} className="mapping-row">
              <span className="mapping-field">{capitalise(label)}</span>
              <select
                className="select"
                aria-label={`Column for ${label}`}
                value={mapping[field] ?? NOT_MAPPED}
                data-mapped={mapping[field] !== undefined || undefined}
                onChange={(event) => {
                  const value = event.target.value
                  onChange(withColumn(mapping, field, value === NOT_MAPPED ? null : value))
                }}
              >
                <option value={NOT_MAPPED}>— not in this file —</option>
                {header.map((column, index) =>
                  column === '' ? null : (
                    <option key={`${column}-${index}`} value={column}>
                      {column}
                    </option>
                  ),
                )}
              </select>
            </label>
          )
        })}
      </div>
      {answers.length > 0 && (
        <details className="small muted">
          <summary>
            {answers.length} other column{answers.length === 1 ? '' : 's'} kept as answers on each
            registration
          </summary>
          <p>{answers.map((name) => `“${name}”`).join(', ')}</p>
        </details>
      )}
    </div>
  )
}
