/**
 * Reads a chat export off the UI thread (chat-reader.worker.ts); where a worker cannot start or
 * fails before answering, the same reader runs here instead, after the "Reading…" state painted.
 */
import { readChatExport } from '../../../../shared/chat/read-chat-export'
import type { ChatReadResult } from '../../../../shared/chat/types'

export function readChatFile(bytes: Uint8Array, fileName: string): Promise<ChatReadResult> {
  const inline = (): Promise<ChatReadResult> =>
    new Promise((resolve) => setTimeout(() => resolve(readChatExport(bytes, fileName)), 0))
  let worker: Worker
  try {
    worker = new Worker(new URL('./chat-reader.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return inline()
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<ChatReadResult>) => {
      worker.terminate()
      resolve(event.data)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      resolve(inline())
    }
    // Copied, not transferred: the inline fallback may still need the bytes.
    worker.postMessage({ bytes, fileName })
  })
}
