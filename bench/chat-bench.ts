/**
 * A group chat's export at the size of a busy group's years (200,000 messages, WhatsApp .txt):
 * the whole import (read, date order, keys, wall times to instants, de-duplication against the
 * chat) beside a bare read of the same file (decode and split into lines), a re-import of the same
 * export (everything already held), the pulse over it (weeks, a night, recurring questions), the
 * file's size as stored, and the peak resident memory.
 */
import { performance } from 'node:perf_hooks'
import { applyChatImport } from '../src/shared/chat/apply-chat-import'
import { nightPulse, nightTerms } from '../src/shared/chat/night-pulse'
import { readChatExport } from '../src/shared/chat/read-chat-export'
import { recurringQuestions } from '../src/shared/chat/recurring-questions'
import { weeklyPulse } from '../src/shared/chat/weekly-pulse'
import { ANDROID_UK, writeWhatsAppText } from '../src/shared/chat/whatsapp'
import { EMPTY_CHAT_FILE } from '../src/shared/domain/chat-schemas'
import { chatRequests } from '../src/shared/ipc/channels/chat'
import { makeEvent } from '../src/shared/testing/factories'
import type { BenchFigure, BenchSuite } from './index'

export const BENCH_MESSAGES = 200_000

const WORDS =
  'demo night rust pizza slides venue parking python agents laptop hdmi talk great thanks who when repo link'.split(
    ' ',
  )
const QUESTIONS = [
  'Where do we park near the venue?',
  'Is there parking near the venue?',
  'Are the slides online?',
  'Where are the slides from the talk?',
]

/** A deterministic export: 300 members, a message every ~4 minutes over 1.5 years, some multi-line. */
function benchExport(): string {
  let seed = 42
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed / 2_147_483_648
  }
  const start = Date.UTC(2023, 0, 2, 8)
  const messages = Array.from({ length: BENCH_MESSAGES }, (_, index) => {
    const words = Array.from(
      { length: 4 + Math.floor(random() * 12) },
      () => WORDS[Math.floor(random() * WORDS.length)] ?? 'ok',
    )
    const roll = random()
    return {
      at: new Date(start + index * 237_000).toISOString().slice(0, 19),
      author:
        roll < 0.05
          ? `+44 7700 9${String(Math.floor(random() * 100_000)).padStart(5, '0')}`
          : `Member ${Math.floor(random() * 300)}`,
      text:
        roll > 0.99
          ? (QUESTIONS[Math.floor(random() * QUESTIONS.length)] ?? '')
          : roll > 0.9
            ? `${words.join(' ')}\n${words.reverse().join(' ')}`
            : words.join(' '),
      kind: roll > 0.97 && roll <= 0.99 ? ('media' as const) : ('text' as const),
    }
  })
  return writeWhatsAppText(messages, ANDROID_UK)
}

function time<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now()
  const value = run()
  return { value, ms: performance.now() - started }
}

export const chatBench: BenchSuite = {
  name: 'chat',
  description: `a WhatsApp export of ${BENCH_MESSAGES.toLocaleString('en')} messages: import against a bare read, re-import, pulse, stored size, RSS`,
  run(): BenchFigure[] {
    const text = benchExport()
    const bytes = new TextEncoder().encode(text)
    const bare = time(() => new TextDecoder().decode(bytes).split(/\r\n|\r|\n/).length)
    const read = time(() => readChatExport(bytes, 'WhatsApp Chat with Bench Group.txt'))
    if (!read.value.ok || read.value.chats[0] === undefined)
      throw new Error('bench export unreadable')
    const chat = read.value.chats[0]
    // What main does before writing: the renderer's request, checked against its schema.
    const request = { fileName: 'bench.txt', format: 'WhatsApp', chat }
    const checked = time(() => chatRequests['chat:import'].parse(request))
    const options = {
      importId: 'i1',
      newChatId: 'c1',
      fileName: 'bench.txt',
      format: 'WhatsApp',
      timeZone: 'Europe/London',
      now: new Date(),
    }
    const imported = time(() => applyChatImport(EMPTY_CHAT_FILE, chat, options))
    const again = time(() =>
      applyChatImport(imported.value.file, chat, { ...options, importId: 'i2' }),
    )
    const messages = imported.value.file.chatMessages
    const weeks = time(() => weeklyPulse(messages, 'Europe/London'))
    const event = makeEvent({
      id: 'e',
      title: 'Bench Group #40 — Rust agents',
      start: '2023-11-07T18:30',
      end: '2023-11-07T21:30',
      timeZone: 'Europe/London',
    })
    const night = time(() =>
      nightPulse(
        event,
        { id: 'c1', messages, lastImportAt: new Date().toISOString() },
        nightTerms(event, [], new Map(), 'Bench Group'),
      ),
    )
    const questions = time(() => recurringQuestions(messages))
    const stored = time(() => JSON.stringify(imported.value.file).length)
    const mb = (value: number): string => `${(value / 1024 / 1024).toFixed(1)} MB`
    return [
      { label: 'export size', value: mb(bytes.length) },
      { label: 'bare read (decode + split lines)', value: `${bare.ms.toFixed(0)} ms` },
      { label: 'read the export (parse, date order, keys)', value: `${read.ms.toFixed(0)} ms` },
      { label: 'check the import request (main)', value: `${checked.ms.toFixed(0)} ms` },
      { label: 'import into the chat file', value: `${imported.ms.toFixed(0)} ms` },
      {
        label: 'read + check + import ÷ bare read',
        value: `${((read.ms + checked.ms + imported.ms) / bare.ms).toFixed(1)}×`,
      },
      {
        label: 're-import of the same export (all held)',
        value: `${again.ms.toFixed(0)} ms (${again.value.report.alreadyHeld.toLocaleString('en')} held)`,
      },
      { label: 'week by week', value: `${weeks.ms.toFixed(0)} ms (${weeks.value.length} weeks)` },
      {
        label: 'one night against the usual level',
        value: `${night.ms.toFixed(1)} ms (${night.value.messages} messages)`,
      },
      {
        label: 'recurring questions',
        value: `${questions.ms.toFixed(0)} ms (${questions.value.length} found)`,
      },
      { label: 'chat file as JSON', value: `${mb(stored.value)} in ${stored.ms.toFixed(0)} ms` },
      { label: 'peak RSS', value: mb(process.resourceUsage().maxRSS * 1024) },
    ]
  },
}
