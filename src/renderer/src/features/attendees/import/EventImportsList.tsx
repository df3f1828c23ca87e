import { useState } from 'react'
import { platformLabel } from '../../../../../shared/identity/resolve-identity'
import { useAppStore } from '../../../app/store-context'
import { countOf } from '../../../../../shared/util/format-number'

/**
 * The files imported into an event, newest first, each undoable as one step while its undo data
 * is kept (the most recent imports); main refuses with the reason when a later change depends on it.
 */
export function EventImportsList({ eventId }: { eventId: string }) {
  const imports = useAppStore((state) => state.imports)
  const undoImport = useAppStore((state) => state.undoImport)
  const showToast = useAppStore((state) => state.showToast)
  const [busyId, setBusyId] = useState<string | null>(null)
  const own = imports.filter((record) => record.eventId === eventId).reverse()
  if (own.length === 0) return null
  return (
    <div className="stack" style={{ gap: 'var(--space-2)' }}>
      <h3 className="small muted">Imported files</h3>
      <ul className="import-list" role="list">
        {own.map((record) => (
          <li key={record.id} className="row-between small" data-testid="import-record">
            <span>
              {record.fileName}{' '}
              <span className="faint">
                · {platformLabel(record.platform)} · {countOf(record.rowCount, 'row')} ·{' '}
                {new Date(record.importedAt).toLocaleString()}
              </span>
            </span>
            {record.undoneAt !== null ? (
              <span className="badge">Undone</span>
            ) : record.undo !== null ? (
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                disabled={busyId !== null}
                onClick={() => {
                  setBusyId(record.id)
                  undoImport(record.id, record.fileName)
                    .catch((error: Error) => showToast(error.message, { tone: 'error' }))
                    .finally(() => setBusyId(null))
                }}
              >
                Undo import
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
