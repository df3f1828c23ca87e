import type { AnsweredItem } from '../../../../shared/devrel/diagnostic-checklist'
import { useNow } from '../../hooks/use-now'
import { DiagnosticItemRow } from './DiagnosticItemRow'
import { useDiagnostic } from './use-diagnostic'
import { VerdictBanner } from './VerdictBanner'
import './devrel.css'

/**
 * The diagnostic checklist (DESIGN.md §1.9): "pause amplification" vs "amplify confidently". The
 * app answers every item its data knows, with the numbers; the organizer answers the rest.
 */
export function DiagnosticPage() {
  const now = useNow()
  const checklist = useDiagnostic(now)
  return (
    <div className="page stack-lg">
      <header className="page-header stack" style={{ gap: 4 }}>
        <h1>Diagnostic</h1>
        <p className="muted">
          Should you amplify now (promote the nights, grow the room) or pause until the mechanisms
          hold? The app answers what your data knows; you answer the rest.
        </p>
      </header>
      <VerdictBanner verdict={checklist.verdict} />
      <div className="diagnostic-lists">
        <ChecklistSection title="Pause amplification if…" entries={checklist.pause} />
        <ChecklistSection title="Amplify confidently when…" entries={checklist.amplify} />
      </div>
    </div>
  )
}

function ChecklistSection({ title, entries }: { title: string; entries: AnsweredItem[] }) {
  return (
    <section className="card card-body stack" aria-label={title}>
      <h2>{title}</h2>
      <ul className="diagnostic-list" role="list">
        {entries.map((entry) => (
          <DiagnosticItemRow key={entry.item.id} entry={entry} />
        ))}
      </ul>
    </section>
  )
}
