import { useState } from 'react'
import {
  readSpeakerTable,
  type SpeakerImportReport,
  type SpeakerReadResult,
} from '../../../../shared/demos/speaker-import'
import { formatBytes } from '../../../../shared/import/file-limits'
import { parseTable } from '../../../../shared/import/parse'
import { platformLabel } from '../../../../shared/identity/resolve-identity'
import { useAppStore } from '../../app/store-context'
import { Dialog } from '../../components/Dialog'

/** The largest speaker list read here; speaker lists are small, attendee lists go to the worker. */
// A speaker list has a row per speaker (at most 5,000 demos per request): far below an attendee
// export's limit, and parsed here in the window, so it is kept small.
const MAX_BYTES = 5 * 1024 * 1024

type Step =
  | { kind: 'choose'; error: string | null }
  | { kind: 'preview'; fileName: string; read: Extract<SpeakerReadResult, { ok: true }> }
  | { kind: 'report'; report: SpeakerImportReport }

/**
 * A speaker list (Sessionize sessions export, or a CSV with name, e-mail and title) becomes
 * proposed demos; presenters are matched to people by e-mail or platform id, never by name alone.
 */
export function SpeakerImportDialog({
  eventId,
  onClose,
}: {
  eventId: string
  onClose: () => void
}) {
  const importSpeakers = useAppStore((state) => state.importSpeakers)
  const [step, setStep] = useState<Step>({ kind: 'choose', error: null })
  const [isSaving, setIsSaving] = useState(false)

  const readFile = async (file: File) => {
    if (file.size > MAX_BYTES) {
      setStep({
        kind: 'choose',
        error: `${file.name} is ${formatBytes(file.size)}; a speaker list can be at most ${formatBytes(MAX_BYTES)}.`,
      })
      return
    }
    const parsed = parseTable(new Uint8Array(await file.arrayBuffer()))
    const read = parsed.ok ? readSpeakerTable(parsed.table) : parsed
    if (!read.ok) {
      setStep({ kind: 'choose', error: `${file.name} cannot be imported: ${read.reason}.` })
      return
    }
    setStep({ kind: 'preview', fileName: file.name, read })
  }

  const commit = async () => {
    if (step.kind !== 'preview') return
    setIsSaving(true)
    try {
      const report = await importSpeakers(eventId, step.read.platform, step.read.entries)
      setStep({ kind: 'report', report })
    } catch (error) {
      setStep({ kind: 'choose', error: `${(error as Error).message} Nothing was added.` })
    } finally {
      setIsSaving(false)
    }
  }

  return (
    <Dialog
      open
      wide
      title="Import speakers"
      description="Each row becomes a proposed demo; screening and confirming stay your call."
      onClose={onClose}
      footer={
        step.kind === 'preview' ? (
          <>
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={isSaving || step.read.entries.length === 0}
              onClick={() => void commit()}
            >
              Add {step.read.entries.length} demos
            </button>
          </>
        ) : (
          <button type="button" className="btn" onClick={onClose}>
            {step.kind === 'report' ? 'Done' : 'Cancel'}
          </button>
        )
      }
    >
      {step.kind === 'choose' && (
        <div className="stack">
          {step.error && (
            <div className="callout callout-error" role="alert">
              {step.error}
            </div>
          )}
          <label className="field">
            <span className="field-label">Speaker list (CSV)</span>
            <input
              type="file"
              accept=".csv,.tsv,.txt,text/csv"
              onChange={(event) => {
                const file = event.target.files?.[0]
                event.target.value = ''
                if (file) void readFile(file)
              }}
            />
          </label>
        </div>
      )}
      {step.kind === 'preview' && (
        <div className="stack">
          <p className="small muted">
            {step.fileName} · read as {platformLabel(step.read.platform)}
          </p>
          <div className="table-scroll">
            <table className="table table-compact" aria-label="Speakers to add">
              <thead>
                <tr>
                  <th>Line</th>
                  <th>Presenter</th>
                  <th>E-mail</th>
                  <th>Demo</th>
                </tr>
              </thead>
              <tbody>
                {step.read.entries.map((entry) => (
                  <tr key={entry.line}>
                    <td className="tabular faint">{entry.line}</td>
                    <td>{entry.name || <span className="faint">—</span>}</td>
                    <td>{entry.email || <span className="faint">—</span>}</td>
                    <td>{entry.title}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {step.read.problems.length > 0 && (
            <ul className="small muted">
              {step.read.problems.map((problem) => (
                <li key={`${problem.line}-${problem.reason}`}>
                  Line {problem.line} skipped: {problem.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {step.kind === 'report' && (
        <ul className="stack small" data-testid="speaker-report">
          <li>{step.report.demosAdded} demos added as proposed</li>
          <li>
            {step.report.peopleMatched} presenters matched to people you had,{' '}
            {step.report.peopleCreated} new
          </li>
          {step.report.alreadyThere > 0 && (
            <li>{step.report.alreadyThere} were already demos of this event</li>
          )}
          {step.report.skipped.map((row) => (
            <li key={row.line}>
              Line {row.line} skipped: {row.reason}
            </li>
          ))}
          {step.report.suggestions > 0 && (
            <li>{step.report.suggestions} possible duplicates to review on the People page</li>
          )}
        </ul>
      )}
    </Dialog>
  )
}
