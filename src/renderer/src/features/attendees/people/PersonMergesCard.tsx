import { useMemo, useState } from 'react'
import type { Person } from '../../../../../shared/domain/schemas'
import { platformLabel } from '../../../../../shared/identity/resolve-identity'
import { activeMergesInto } from '../../../../../shared/identity/suggestion-review'
import { useAppStore } from '../../../app/store-context'

const MERGED_ON = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

/** Records merged into this person, each of which can be separated again (DESIGN.md §1.3). */
export function PersonMergesCard({ person }: { person: Person }) {
  const merges = useAppStore((state) => state.merges)
  const unmergePeople = useAppStore((state) => state.unmergePeople)
  const showToast = useAppStore((state) => state.showToast)
  const records = useMemo(() => activeMergesInto(merges, person.id), [merges, person.id])
  const [busyId, setBusyId] = useState<string | null>(null)
  if (records.length === 0) return null

  const unmerge = async (mergeId: string) => {
    setBusyId(mergeId)
    try {
      await unmergePeople(mergeId)
    } catch (error) {
      showToast((error as Error).message, { tone: 'error' })
    } finally {
      setBusyId(null)
    }
  }

  return (
    <section className="card card-body stack" aria-label="Merged records">
      <div className="stack" style={{ gap: 2 }}>
        <h2>Merged records</h2>
        <p className="muted small">
          Unmerge to make a record a separate person again, with the registrations it brought.
        </p>
      </div>
      <ul className="plain-list merged-records" role="list">
        {records.map((record) => {
          const absorbed = record.absorbed
          const identity =
            absorbed.emails[0] ??
            absorbed.platformIds
              .map((entry) => `${platformLabel(entry.platform)} ${entry.id}`)
              .join(', ')
          return (
            <li key={record.id} className="merged-record" data-testid="merged-record">
              <div className="grow stack" style={{ gap: 0 }}>
                <strong>{absorbed.name.trim() || 'No name'}</strong>
                {identity && (
                  <span className="faint small ellipsis" title={identity}>
                    {identity}
                  </span>
                )}
                <span className="faint small">
                  Merged {MERGED_ON.format(new Date(record.mergedAt))}
                </span>
              </div>
              <button
                type="button"
                className="btn btn-sm"
                disabled={busyId !== null}
                onClick={() => void unmerge(record.id)}
              >
                Unmerge
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
