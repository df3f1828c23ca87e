/**
 * `devrel-os inspect <file> [--json]`: what an import of this attendee CSV or chat export would bring in, without
 * importing it. Exit 0 for a readable CSV; 1 with one line on stderr for a file that is not one.
 */
import { formatChatInspectReport, summariseChat } from '../shared/chat/inspect-chat'
import { isChatExport, readChatExport } from '../shared/chat/read-chat-export'
import { formatInspectReport, inspectBytes } from '../shared/import/inspect'
import type { CliCommand, CliIo } from './index'
import { describeReadFailure } from './read-input'

export const inspectCommand: CliCommand = {
  usage: 'inspect <file.csv> [--json]',
  summary:
    'show what importing an attendee CSV (platform, mapping, rows, problems) or a group chat export (WhatsApp, Telegram, Discord, Slack: messages, dates, voices) would bring in',
  run(args: readonly string[], io: CliIo): number {
    const isJson = args.includes('--json')
    const unknownFlags = args.filter((arg) => arg.startsWith('-') && arg !== '--json')
    const files = args.filter((arg) => !arg.startsWith('-'))
    const [file] = files
    if (unknownFlags.length > 0 || files.length !== 1 || file === undefined) {
      const detail =
        unknownFlags.length > 0 ? `unknown option ${unknownFlags.join(' ')}` : 'give one file'
      io.stderr(`devrel-os inspect: ${detail}; usage: devrel-os ${inspectCommand.usage}`)
      return 2
    }

    let bytes: Uint8Array
    try {
      bytes = io.readFile(file)
    } catch (error) {
      io.stderr(`devrel-os inspect: ${file}: ${describeReadFailure(error)}`)
      return 1
    }

    if (isChatExport(bytes, file)) {
      const chat = readChatExport(bytes, file)
      if (!chat.ok) {
        io.stderr(`devrel-os inspect: ${file}: ${chat.reason}`)
        return 1
      }
      io.stdout(
        isJson
          ? JSON.stringify({ format: chat.format, chats: chat.chats.map(summariseChat) }, null, 2)
          : formatChatInspectReport(chat, file),
      )
      return 0
    }

    const report = inspectBytes(bytes, file)
    if (!report.ok) {
      io.stderr(`devrel-os inspect: ${file}: ${report.reason}`)
      return 1
    }
    io.stdout(isJson ? JSON.stringify(report, null, 2) : formatInspectReport(report))
    return 0
  },
}
