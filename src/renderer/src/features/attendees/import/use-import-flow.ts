/**
 * The import dialog's steps: choose a file → read it (progress, cancel) → preview and correct the
 * mapping → save → report. Nothing is written before the organizer confirms the preview.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { EventDraft, Platform } from '../../../../../shared/domain/schemas'
import type { ImportReport } from '../../../../../shared/identity/apply-import'
import type { ImportPreview } from '../../../../../shared/import/import-preview'
import type { NightProposal } from '../../../../../shared/import/night-evidence'
import type { StatusReadings } from '../../../../../shared/import/status-reading'
import type { ColumnMapping } from '../../../../../shared/import/types'
import { useAppStore } from '../../../app/store-context'
import { createImportReader, ImportCancelled, type ImportStage } from './import-reader'
import { formatCount } from '../../../../../shared/util/format-number'

export type ImportFlow =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string; stage: ImportStage; fraction: number | null }
  | { step: 'refused'; fileName: string; reason: string }
  | { step: 'preview'; preview: ImportPreview; night: NightProposal; error: string | null }
  | {
      step: 'saving'
      preview: ImportPreview
      night: NightProposal
      stage: 'mapping' | 'saving'
    }
  | { step: 'report'; report: ImportReport }

/** Where the rows go: an existing event, or one created with the import. */
export type ImportTarget =
  { kind: 'existing'; eventId: string } | { kind: 'new'; draft: EventDraft }

export interface Confirmed {
  target: ImportTarget
  platform: Platform
  mapping: ColumnMapping
  /** How the organizer reads the status column's values; remembered for the question. */
  statusReadings?: { column: string; readings: StatusReadings }
}

export function useImportFlow(initialFile: File | null) {
  const remembered = useAppStore((state) => state.settings.columnMappings)
  const timeZone = useAppStore((state) => state.settings.defaultTimeZone)
  const commitImport = useAppStore((state) => state.commitImport)
  const createEvent = useAppStore((state) => state.createEvent)
  const [flow, setFlow] = useState<ImportFlow>({ step: 'choose' })
  const reader = useRef(createImportReader())
  const createdEventId = useRef<string | null>(null)

  useEffect(() => {
    const current = reader.current
    return () => current.cancel()
  }, [])

  const readFile = useCallback(
    async (file: File) => {
      setFlow({ step: 'reading', fileName: file.name, stage: 'reading', fraction: 0 })
      try {
        const outcome = await reader.current.read(
          file,
          remembered,
          (stage, fraction) => setFlow({ step: 'reading', fileName: file.name, stage, fraction }),
          timeZone,
        )
        setFlow(
          outcome.ok
            ? { step: 'preview', preview: outcome.preview, night: outcome.night, error: null }
            : { step: 'refused', fileName: file.name, reason: outcome.reason },
        )
      } catch (error) {
        if (error instanceof ImportCancelled) return
        setFlow({ step: 'refused', fileName: file.name, reason: (error as Error).message })
      }
    },
    [remembered, timeZone],
  )

  const initial = useRef(initialFile)
  useEffect(() => {
    if (initial.current !== null) void readFile(initial.current)
    initial.current = null
  }, [readFile])

  const cancelReading = useCallback(() => {
    reader.current.cancel()
    setFlow({ step: 'choose' })
  }, [])

  const confirm = useCallback(
    async (preview: ImportPreview, night: NightProposal, confirmed: Confirmed) => {
      setFlow({ step: 'saving', preview, night, stage: 'mapping' })
      try {
        const mapped = await reader.current.map(
          confirmed.mapping,
          confirmed.platform,
          confirmed.statusReadings?.readings ?? {},
        )
        if (mapped.rows.length === 0) {
          const reasons = [...new Set(mapped.rowErrors.map((error) => error.reason))].slice(0, 2)
          setFlow({
            step: 'preview',
            preview,
            night,
            error: `None of the ${formatCount(preview.dataRows)} rows can be imported with this mapping${
              reasons.length > 0 ? `: ${reasons.join('; ')}` : ''
            }. Nothing was written.`,
          })
          return
        }
        setFlow({ step: 'saving', preview, night, stage: 'saving' })
        // A new event is created once: a retry after a failed save imports into the same one.
        if (confirmed.target.kind === 'new' && createdEventId.current === null) {
          createdEventId.current = (await createEvent(confirmed.target.draft)).id
        }
        const eventId =
          confirmed.target.kind === 'existing' ? confirmed.target.eventId : createdEventId.current
        if (eventId === null) throw new Error('The new event could not be created.')
        const isEventCreated = confirmed.target.kind === 'new'
        const report = await commitImport({
          eventId,
          platform: confirmed.platform,
          fileName: preview.fileName,
          mapping: confirmed.mapping as Record<string, string>,
          rows: mapped.rows,
          rowErrors: mapped.rowErrors,
          duplicatesCollapsed: mapped.duplicatesCollapsed,
          isEventCreated,
          statusReadings: confirmed.statusReadings,
        })
        setFlow({ step: 'report', report })
      } catch (error) {
        if (error instanceof ImportCancelled) return
        const created =
          createdEventId.current !== null
            ? ' The new event was created; importing again uses it.'
            : ''
        setFlow({
          step: 'preview',
          preview,
          night,
          error: `${(error as Error).message} No rows were imported.${created}`,
        })
      }
    },
    [commitImport, createEvent],
  )

  const startOver = useCallback(() => {
    reader.current.cancel()
    setFlow({ step: 'choose' })
  }, [])

  return { flow, readFile, cancelReading, confirm, startOver }
}
