import type { ImportReport } from '../../../../../shared/identity/apply-import'
import { platformLabel } from '../../../../../shared/identity/resolve-identity'
import { EventBuilders } from '../../events/EventBuilders'

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
      <dl className="report-grid tabular">
        {facts.map(([label, value]) => (
          <div key={label} className="report-fact" data-zero={value === 0 || undefined}>
            <dt>{label}</dt>
            <dd>{value.toLocaleString()}</dd>
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
