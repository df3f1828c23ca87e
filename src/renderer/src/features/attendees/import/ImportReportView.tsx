import { useState } from 'react'
import type { ImportReport } from '../../../../../shared/identity/apply-import'
import { platformLabel } from '../../../../../shared/identity/resolve-identity'
import type { NightLink } from '../../../../../shared/schema/workspace'
import { useAppStore } from '../../../app/store-context'
import { EventBuilders } from '../../events'
import { formatCount } from '../../../../../shared/util/format-number'

const SKIPPED_SHOWN = 100

/** What the import did, in numbers an organizer can check against the platform's own count. */
export function ImportReportView({
  report,
  eventTitle,
}: {
  report: ImportReport
  eventTitle: string
}) {
  const facts: [string, number][] = [
    ['Rows imported', report.rowsImported],
    ['People created', report.peopleCreated],
    ['Matched to people you had', report.peopleMatched],
    ['New registrations', report.registrationsAdded],
    ['Registrations updated', report.registrationsUpdated],
    ['Duplicate rows collapsed', report.duplicatesCollapsed],
    ['Rows skipped', report.rowsSkipped.length],
    ['Possible duplicates to review', report.suggestions.length],
  ]
  return (
    <div className="stack-lg" data-testid="import-report">
      <p>
        <strong>{report.fileName}</strong> ({platformLabel(report.platform)}) is now part of{' '}
        <strong>{eventTitle}</strong>.
      </p>
      {/* First: the news a cross-posted night brings, and the one thing to check. */}
      {report.nightLinks.length > 0 && <NightLinksGroup report={report} />}
      {report.doorMerge && (
        <p className="callout callout-info" data-testid="import-door-merge">
          Merged with the door: {doorMergeWords(report.doorMerge)}
        </p>
      )}
      <dl className="report-grid tabular">
        {facts.map(([label, value]) => (
          <div key={label} className="report-fact" data-zero={value === 0 || undefined}>
            <dt>{label}</dt>
            <dd>{formatCount(value)}</dd>
          </div>
        ))}
      </dl>
      <EventBuilders eventId={report.eventId} />
      {report.rowsSkipped.length > 0 && (
        <details className="problems" open={report.rowsSkipped.length <= 5}>
          <summary>Skipped rows, with the reason</summary>
          <ul className="small">
            {report.rowsSkipped.slice(0, SKIPPED_SHOWN).map((row) => (
              <li key={`${row.line}-${row.reason}`}>
                Line {row.line}: {row.reason}
              </li>
            ))}
            {report.rowsSkipped.length > SKIPPED_SHOWN && (
              <li className="faint">…and {report.rowsSkipped.length - SKIPPED_SHOWN} more</li>
            )}
          </ul>
        </details>
      )}
      {report.suggestions.length > 0 && (
        <p className="small muted">
          Same or similar names were not merged automatically: only an e-mail or a platform id
          decides that. Review them on the People page.
        </p>
      )}
    </div>
  )
}

/** What the list merged with the door's check-ins, in a sentence. */
function doorMergeWords(merge: NonNullable<ImportReport['doorMerge']>): string {
  const people = (n: number) => `${formatCount(n)} ${n === 1 ? 'person' : 'people'}`
  const parts = [
    `${people(merge.checkedInAtDoor)} the door checked in ${merge.checkedInAtDoor === 1 ? 'is' : 'are'} on this list`,
  ]
  if (merge.keptFromDoor > 0) {
    parts.push(
      `${people(merge.keptFromDoor)} the list has as not checked in stay checked in, with the door’s times`,
    )
  }
  if (merge.notOnList > 0)
    parts.push(`${people(merge.notOnList)} checked in at the door are on no list but the door’s`)
  return `${parts.join('; ')}. Nobody is counted twice.`
}

/**
 * The rows this import linked by name to someone on another list of the same night, as one group
 * with its evidence (DESIGN.md §1.3: cross-posting is linked by default, shown as such, undoable
 * as a group or one by one).
 */
function NightLinksGroup({ report }: { report: ImportReport }) {
  const people = useAppStore((state) => state.people)
  const setNightLinks = useAppStore((state) => state.setNightLinks)
  const showToast = useAppStore((state) => state.showToast)
  const [apart, setApart] = useState<ReadonlySet<string>>(new Set())
  const [error, setError] = useState<string | null>(null)
  const nameOf = (link: NightLink) =>
    people.find((person) => person.id === link.personId)?.name ?? 'someone'
  const label = platformLabel(report.platform)
  const linked = report.nightLinks.filter((link) => !apart.has(link.registrationId))

  const change = async (links: NightLink[], isLinked: boolean) => {
    const ids = links.map((link) => link.registrationId)
    try {
      setError(null)
      await setNightLinks(report.importId, ids, isLinked)
      setApart((current) => {
        const next = new Set(current)
        for (const id of ids) {
          if (isLinked) next.delete(id)
          else next.add(id)
        }
        return next
      })
      if (!isLinked) {
        showToast(
          links.length === 1
            ? `“${links[0]?.rowName ?? ''}” is now a separate person`
            : `${links.length} ${label} rows are now separate people`,
        )
      }
    } catch (caught) {
      setError((caught as Error).message)
    }
  }

  return (
    <section
      className="night-links stack"
      aria-label="Matched by name within this night"
      data-testid="night-links"
    >
      <div className="row-between">
        <h3>
          {linked.length} of {report.nightLinks.length} {label} rows matched by name within this
          night
        </h3>
        {linked.length > 0 && (
          <button type="button" className="btn btn-sm" onClick={() => void change(linked, false)}>
            Keep all apart
          </button>
        )}
      </div>
      <p className="small muted">
        Each names the only person of that name on the other list of this night, with no conflicting
        e-mail, so they count once. Anyone who is not the same person: keep apart.
      </p>
      {error !== null && (
        <div className="callout callout-error" role="alert">
          {error}
        </div>
      )}
      <ul className="night-link-list">
        {report.nightLinks.map((link) => {
          const isApart = apart.has(link.registrationId)
          return (
            <li key={link.registrationId} className="night-link" data-apart={isApart || undefined}>
              <div className="night-link-names">
                <strong>{link.rowName}</strong>
                <span className="muted"> {isApart ? 'kept apart from' : 'is'} </span>
                <strong>{nameOf(link)}</strong>
                <div className="small faint">{link.evidence.join(' · ')}</div>
              </div>
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                aria-label={`${isApart ? 'Link again' : 'Keep apart'}: ${link.rowName}`}
                onClick={() => void change([link], isApart)}
              >
                {isApart ? 'Link again' : 'Keep apart'}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
