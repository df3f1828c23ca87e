/**
 * The chat reader worker: a year of a busy group's messages takes a second or more to read, and
 * on the UI thread the window would freeze meanwhile. Our own file, for the strict CSP
 * (worker-src 'self').
 */
import { readChatExport } from '../../../../shared/chat/read-chat-export'

globalThis.onmessage = (event: MessageEvent<{ bytes: Uint8Array; fileName: string }>) => {
  globalThis.postMessage(readChatExport(event.data.bytes, event.data.fileName))
}
