/** Messages between the import dialog and the worker that reads files off the UI thread. */
import type { Platform } from '../../../../../shared/domain/schemas'
import type { ImportPreview } from '../../../../../shared/import/import-preview'
import type { NightProposal } from '../../../../../shared/import/night-evidence'
import type { StatusReadings } from '../../../../../shared/import/status-reading'
import type { ColumnMapping, MappedRows } from '../../../../../shared/import/types'

export type ToWorker =
  | {
      type: 'read'
      bytes: ArrayBuffer
      fileName: string
      remembered: Record<string, Record<string, string>>
      /** The zone a new night starts in: the file's instants are read as its days. */
      timeZone: string
    }
  | { type: 'map'; mapping: ColumnMapping; platform: Platform; readings: StatusReadings }

export type FromWorker =
  | { type: 'stage'; stage: 'parsing' | 'mapping' }
  | { type: 'preview'; preview: ImportPreview; night: NightProposal }
  | { type: 'refused'; reason: string }
  | { type: 'mapped'; mapped: MappedRows }
  | { type: 'failed'; message: string }
