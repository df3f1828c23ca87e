import { useCallback, useState } from 'react'
import {
  countWords,
  type ImportCount,
  type ImportPreview,
} from '../../../../../shared/import/import-preview'
import { capitalise } from '../../../../../shared/util/text'
import { useAppStore } from '../../../app/store-context'
import { Dialog } from '../../../components/Dialog'
import type { ImportLaunch } from '../attendees-slice'
import { ChooseFileStep } from './ChooseFileStep'
import { ImportProgress } from './ImportProgress'
import { ImportReportView } from './ImportReportView'
import { PREVIEW_FORM_ID, PreviewStep } from './PreviewStep'
import { useImportFlow } from './use-import-flow'
import './import.css'

/** Import attendees: choose → read → preview and correct → save → report, with undo. */
export function ImportDialog({ launch, onClose }: { launch: ImportLaunch; onClose: () => void }) {
  const { flow, readFile, cancelReading, confirm, startOver } = useImportFlow(launch.file)
  const events = useAppStore((state) => state.events)
  const undo = useAppStore((state) => state.undo)
  const navigate = useAppStore((state) => state.navigate)
  const isBusy = flow.step === 'reading' || flow.step === 'saving'
  // People, not rows, as the preview counts them; set by the preview as the mapping changes, and
  // only ever read for the preview it was counted for.
  const [counted, setCounted] = useState<{ preview: ImportPreview; count: ImportCount } | null>(
    null,
  )
  const countFor = useCallback(
    (count: ImportCount, preview: ImportPreview) => setCounted({ preview, count }),
    [],
  )
  // Saving is one atomic write in main; closing then would hide its outcome, not stop it.
  const close = () => {
    if (flow.step === 'saving') return
    cancelReading()
    onClose()
  }

  const description =
    flow.step === 'preview'
      ? `${flow.preview.fileName}: check who is coming, the event and the columns. Nothing is saved until you import.`
      : flow.step === 'report'
        ? 'Saved. Undo puts everything back as it was, now or later from the event’s page.'
        : 'People are matched across events by e-mail or platform id; similar names are only suggested.'

  return (
    <Dialog
      open
      wide
      title="Import attendees"
      description={description}
      onClose={close}
      footer={footer()}
    >
      {flow.step === 'choose' && <ChooseFileStep onFile={(file) => void readFile(file)} />}
      {flow.step === 'reading' && (
        <ImportProgress fileName={flow.fileName} stage={flow.stage} fraction={flow.fraction} />
      )}
      {flow.step === 'refused' && (
        <div className="callout callout-error stack" role="alert">
          <strong>{flow.fileName} cannot be imported</strong>
          <span>{capitalise(flow.reason)}. Nothing was changed.</span>
        </div>
      )}
      {flow.step === 'preview' && (
        <PreviewStep
          preview={flow.preview}
          presetEventId={launch.eventId}
          error={flow.error}
          night={flow.night}
          onConfirm={(confirmed) => void confirm(flow.preview, flow.night, confirmed)}
          onCountChange={countFor}
        />
      )}
      {flow.step === 'saving' && (
        <ImportProgress fileName={flow.preview.fileName} stage={flow.stage} fraction={null} />
      )}
      {flow.step === 'report' && (
        <ImportReportView
          report={flow.report}
          eventTitle={
            events.find((event) => event.id === flow.report.eventId)?.title ?? 'the event'
          }
        />
      )}
    </Dialog>
  )

  function footer() {
    switch (flow.step) {
      case 'choose':
        return (
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
        )
      case 'reading':
        return (
          <button type="button" className="btn" onClick={cancelReading}>
            Cancel
          </button>
        )
      case 'refused':
        return (
          <>
            <button type="button" className="btn" onClick={close}>
              Close
            </button>
            <button type="button" className="btn btn-primary" onClick={startOver}>
              Choose another file
            </button>
          </>
        )
      case 'preview':
        return (
          <>
            <button type="button" className="btn btn-ghost" onClick={startOver}>
              Choose another file
            </button>
            <button type="button" className="btn" onClick={close}>
              Cancel
            </button>
            <button type="submit" form={PREVIEW_FORM_ID} className="btn btn-primary">
              Import{' '}
              {countWords(
                counted?.preview === flow.preview
                  ? counted.count
                  : { count: flow.preview.people, unit: 'people' },
              )}
            </button>
          </>
        )
      case 'saving':
        return (
          <button type="button" className="btn" disabled={isBusy}>
            Saving…
          </button>
        )
      case 'report': {
        const { report } = flow
        return (
          <>
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => {
                void undo()
                onClose()
              }}
            >
              Undo import
            </button>
            {report.suggestions.length > 0 && (
              <button
                type="button"
                className="btn"
                onClick={() => {
                  navigate({ name: 'people' })
                  onClose()
                }}
              >
                Review {report.suggestions.length} possible duplicates
              </button>
            )}
            <button
              type="button"
              className="btn btn-primary"
              autoFocus
              onClick={() => {
                navigate({ name: 'event', eventId: report.eventId })
                onClose()
              }}
            >
              Done
            </button>
          </>
        )
      }
    }
  }
}
