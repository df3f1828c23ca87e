/**
 * One entry point for every chat export the app reads (DESIGN.md §1.11): bytes and the file's name
 * in, the chats it holds out, or one line saying why it is none. Never throws.
 *
 * Zips are read with fflate: it is small, has no dependencies, runs the same in Node, Electron's
 * main and a browser, and reads only the entries asked for, so a WhatsApp zip "with media" does
 * not inflate its photos to find `_chat.txt`.
 */
import { unzipSync } from 'fflate'
import { isDiscordCsv, isDiscordJson, readDiscordCsv, readDiscordJson } from './discord'
import { readSlackFiles } from './slack'
import { isTelegramExport, readTelegramJson } from './telegram'
import type { ChatReadResult } from './types'
import { chatNameFromFileName, looksLikeWhatsApp, readWhatsAppText } from './whatsapp'

/** A chat export with media can be large; the text inside is what is read. */
export const MAX_CHAT_EXPORT_BYTES = 512 * 1024 * 1024

const NOT_A_CHAT =
  'is not a chat export this app reads: give WhatsApp’s .txt or .zip, Telegram Desktop’s result.json, a DiscordChatExporter .json or .csv, or a Slack export .zip'

function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 0x03 || bytes[2] === 0x05)
  )
}

function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '')
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function readZip(bytes: Uint8Array, fileName: string): ChatReadResult {
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes, {
      filter: (file) => /\.(txt|json)$/i.test(file.name) && !file.name.startsWith('__MACOSX/'),
    })
  } catch (error) {
    return {
      ok: false,
      reason: `is a zip that cannot be opened (${error instanceof Error ? error.message : String(error)})`,
    }
  }
  const names = Object.keys(entries)
  // A folder the zip was made from prefixes every path; Slack's own zips have none.
  const root = names
    .find((name) => /(^|\/)channels\.json$/.test(name))
    ?.replace(/channels\.json$/, '')
  if (root !== undefined) {
    const files = new Map<string, unknown>()
    for (const name of names) {
      if (!name.startsWith(root)) continue
      const data = entries[name]
      if (data !== undefined) files.set(name.slice(root.length), parseJson(decodeUtf8(data)))
    }
    const chats = readSlackFiles(files)
    if (chats.length === 0) return { ok: false, reason: 'is a Slack export without any channel' }
    return { ok: true, format: 'Slack workspace export (zip)', chats }
  }
  const telegram = names.find((name) => /(^|\/)result\.json$/.test(name))
  if (telegram !== undefined) {
    const json = parseJson(decodeUtf8(entries[telegram] ?? new Uint8Array()))
    if (isTelegramExport(json))
      return { ok: true, format: 'Telegram Desktop export (zip)', chats: readTelegramJson(json) }
  }
  const texts = names.filter((name) => /\.txt$/i.test(name))
  const chatText = texts.find((name) => /_chat\.txt$|WhatsApp Chat/i.test(name)) ?? texts[0]
  if (chatText !== undefined) {
    const text = decodeUtf8(entries[chatText] ?? new Uint8Array())
    if (looksLikeWhatsApp(text)) {
      const innerName = chatNameFromFileName(chatText) === null ? fileName : chatText
      return {
        ok: true,
        format: 'WhatsApp export (zip)',
        chats: [readWhatsAppText(text, innerName)],
      }
    }
  }
  return {
    ok: false,
    reason: `is a zip without a chat in it (${NOT_A_CHAT.replace(/^is not /, 'not ')})`,
  }
}

/** Reads any supported chat export. */
export function readChatExport(bytes: Uint8Array, fileName: string): ChatReadResult {
  if (bytes.length === 0) return { ok: false, reason: 'is empty' }
  if (bytes.length > MAX_CHAT_EXPORT_BYTES)
    return {
      ok: false,
      reason: 'is larger than the 512 MB a chat export can be; export without media',
    }
  if (isZip(bytes)) return readZip(bytes, fileName)
  let text: string
  try {
    text = decodeUtf8(bytes)
  } catch {
    return { ok: false, reason: NOT_A_CHAT }
  }
  // iOS WhatsApp lines start with `[` too: the text layout is tried before JSON.
  if (looksLikeWhatsApp(text))
    return { ok: true, format: 'WhatsApp export (.txt)', chats: [readWhatsAppText(text, fileName)] }
  const start = text.trimStart()[0]
  if (start === '{' || start === '[') {
    const json = parseJson(text)
    if (json === undefined)
      return { ok: false, reason: 'is JSON that cannot be read (cut off or damaged?)' }
    if (isDiscordJson(json))
      return { ok: true, format: 'DiscordChatExporter JSON', chats: [readDiscordJson(json)] }
    if (isTelegramExport(json)) {
      const chats = readTelegramJson(json)
      if (chats.length === 0) return { ok: false, reason: 'is a Telegram export without any chat' }
      return {
        ok: true,
        format:
          chats.length > 1 ? 'Telegram Desktop export (whole account)' : 'Telegram Desktop export',
        chats,
      }
    }
    return { ok: false, reason: NOT_A_CHAT }
  }
  if (isDiscordCsv(text))
    return { ok: true, format: 'DiscordChatExporter CSV', chats: [readDiscordCsv(text, fileName)] }
  return { ok: false, reason: NOT_A_CHAT }
}

/** Whether the bytes are a chat export rather than an attendee CSV: for `inspect` and drops. */
export function isChatExport(bytes: Uint8Array, fileName: string): boolean {
  // An .xlsx is a zip too: a spreadsheet's name keeps it with the attendee import's advice.
  if (isZip(bytes)) return !/\.(csv|tsv|txt|xlsx?|ods)$/i.test(fileName)
  const head = decodeUtf8(bytes.subarray(0, 8192))
  if (isDiscordCsv(head) || looksLikeWhatsApp(head)) return true
  return /^\s*[{[]/.test(head) || /\.(zip|json)$/i.test(fileName)
}
