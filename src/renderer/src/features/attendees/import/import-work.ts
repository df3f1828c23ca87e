/**
 * What the import worker does, apart from being a worker: parse once and keep the table, so
 * mapping with the corrected columns does not parse again. The same code runs inline when a
 * worker cannot start.
 */
import { previewTable } from '../../../../../shared/import/import-preview'
import { mapRows } from '../../../../../shared/import/map-rows'
import { proposeNightForFile } from '../../../../../shared/import/night-evidence'
import { parseTable } from '../../../../../shared/import/parse'
import type { ParsedTable } from '../../../../../shared/import/types'
import type { FromWorker, ToWorker } from './import-protocol'

export function createImportWork(post: (message: FromWorker) => void) {
  let table: ParsedTable | null = null
  return (message: ToWorker): void => {
    try {
      if (message.type === 'read') {
        post({ type: 'stage', stage: 'parsing' })
        const parsed = parseTable(new Uint8Array(message.bytes))
        if (!parsed.ok) {
          table = null
          post({ type: 'refused', reason: parsed.reason })
          return
        }
        table = parsed.table
        post({
          type: 'preview',
          preview: previewTable(table, message.fileName, message.remembered),
          // Read over every row here, off the UI thread: the preview itself holds only a sample.
          night: proposeNightForFile(
            new Uint8Array(message.bytes),
            table,
            message.fileName,
            message.timeZone,
          ),
        })
        return
      }
      if (table === null) {
        post({ type: 'failed', message: 'The file is no longer loaded; choose it again.' })
        return
      }
      post({ type: 'stage', stage: 'mapping' })
      const statusReadings = message.readings
      post({
        type: 'mapped',
        mapped: mapRows(table, message.mapping, message.platform, { statusReadings }),
      })
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  }
}
