/**
 * The dialog's handle on the worker: read a file (with byte progress), then map it with the
 * confirmed columns. Cancelling terminates the worker, which stops a parse mid-way at once.
 */
import type { Platform } from '../../../../../shared/domain/schemas'
import { MAX_IMPORT_BYTES, tooLargeReason } from '../../../../../shared/import/file-limits'
import type { ImportPreview } from '../../../../../shared/import/import-preview'
import type { NightProposal } from '../../../../../shared/import/night-evidence'
import type { StatusReadings } from '../../../../../shared/import/status-reading'
import type { ColumnMapping, MappedRows } from '../../../../../shared/import/types'
import type { FromWorker, ToWorker } from './import-protocol'
import { createImportWork } from './import-work'

export type ImportStage = 'reading' | 'parsing' | 'mapping'

export type ReadOutcome =
  { ok: true; preview: ImportPreview; night: NightProposal } | { ok: false; reason: string }

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.')
  }
}

export interface ImportReader {
  read(
    file: File,
    remembered: Record<string, Record<string, string>>,
    onProgress: (stage: ImportStage, fraction: number | null) => void,
    timeZone?: string,
  ): Promise<ReadOutcome>
  map(mapping: ColumnMapping, platform: Platform, readings?: StatusReadings): Promise<MappedRows>
  /** Stops whatever is running; pending calls reject with ImportCancelled. */
  cancel(): void
}

interface Channel {
  send(message: ToWorker): void
  terminate(): void
}

/**
 * A worker when the page can start one; otherwise the same work inline (slower, still correct).
 * A worker that fails to load (a packaging or protocol problem) falls back the same way, and the
 * message it missed is sent again; bytes are copied rather than transferred so that is possible.
 */
function openChannel(receive: (message: FromWorker) => void): Channel {
  let inline: ((message: ToWorker) => void) | null = null
  let isOpen = true
  let lastSent: ToWorker | null = null
  let hasHeardBack = false
  const goInline = (): void => {
    const work = createImportWork(receive)
    inline = (message) => setTimeout(() => isOpen && work(message), 0)
  }

  let worker: Worker | null = null
  try {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      hasHeardBack = true
      receive(event.data)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      if (!hasHeardBack) {
        worker?.terminate()
        goInline()
        if (lastSent !== null) inline?.(lastSent)
        return
      }
      receive({ type: 'failed', message: event.message || 'The import worker stopped.' })
    }
  } catch {
    goInline()
  }

  return {
    send: (message) => {
      lastSent = message
      if (inline !== null) inline(message)
      else worker?.postMessage(message)
    },
    terminate: () => {
      isOpen = false
      worker?.terminate()
    },
  }
}

export function createImportReader(): ImportReader {
  let channel: Channel | null = null
  let pending: { resolve: (message: FromWorker) => void; reject: (error: Error) => void } | null =
    null
  let onStage: ((stage: ImportStage) => void) | null = null
  let abort: AbortController | null = null

  const ensureChannel = (): Channel => {
    channel ??= openChannel((message) => {
      if (message.type === 'stage') onStage?.(message.stage)
      else pending?.resolve(message)
    })
    return channel
  }

  const request = (message: ToWorker): Promise<FromWorker> =>
    new Promise((resolve, reject) => {
      pending = { resolve, reject }
      ensureChannel().send(message)
    })

  return {
    async read(file, remembered, onProgress, timeZone = 'UTC') {
      // Refused before a byte is read: the file would be copied whole into memory, then parsed.
      if (file.size > MAX_IMPORT_BYTES) return { ok: false, reason: tooLargeReason(file.size) }
      abort = new AbortController()
      const signal = abort.signal
      const bytes = await readWithProgress(file, signal, (fraction) =>
        onProgress('reading', fraction),
      )
      // Cancelled between the last chunk and here: do not start a parse nobody waits for.
      if (signal.aborted) throw new ImportCancelled()
      onStage = (stage) => onProgress(stage, null)
      const reply = await request({
        type: 'read',
        bytes,
        fileName: file.name,
        remembered,
        timeZone,
      })
      if (reply.type === 'preview') return { ok: true, preview: reply.preview, night: reply.night }
      if (reply.type === 'refused') return { ok: false, reason: reply.reason }
      throw new Error(reply.type === 'failed' ? reply.message : 'Unexpected reply from the worker')
    },
    async map(mapping, platform, readings = {}) {
      const reply = await request({ type: 'map', mapping, platform, readings })
      if (reply.type === 'mapped') return reply.mapped
      throw new Error(reply.type === 'failed' ? reply.message : 'Unexpected reply from the worker')
    },
    cancel() {
      abort?.abort()
      channel?.terminate()
      channel = null
      pending?.reject(new ImportCancelled())
      pending = null
    },
  }
}

/** The file's bytes, read in chunks so a large export shows progress and can be cancelled. */
async function readWithProgress(
  file: File,
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): Promise<ArrayBuffer> {
  const bytes = new Uint8Array(file.size)
  const reader = file.stream().getReader()
  let offset = 0
  for (;;) {
    if (signal.aborted) {
      await reader.cancel()
      throw new ImportCancelled()
    }
    const { done, value } = await reader.read()
    if (done) break
    bytes.set(value, offset)
    offset += value.byteLength
    onProgress(file.size === 0 ? 1 : offset / file.size)
  }
  return bytes.buffer
}
