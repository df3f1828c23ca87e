import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../tests/fixtures/csv/read-fixture'
import type { CliIo } from './index'
import { inspectCommand } from './inspect-command'

interface Captured {
  code: number
  stdout: string[]
  stderr: string[]
}

function run(args: string[]): Captured {
  const stdout: string[] = []
  const stderr: string[] = []
  const io: CliIo = {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    readFile: (path) => {
      if (path === 'folder') throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' })
      if (path === 'locked.csv') throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
      if (!path.endsWith('.csv') || path.startsWith('missing')) {
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      }
      return readFixture(path)
    },
  }
  const code = inspectCommand.run(args, io)
  if (typeof code !== 'number') throw new Error('inspect runs synchronously')
  return { code, stdout, stderr }
}

describe('inspect command', () => {
  it('prints the report and exits 0 for a readable CSV', () => {
    const result = run(['luma-old.csv'])
    expect(result.code).toBe(0)
    expect(result.stderr).toEqual([])
    expect(result.stdout[0]).toContain(
      'Platform    Luma: has api_id, approval_status and checked_in_at',
    )
  })

  it('prints JSON with --json', () => {
    const result = run(['zoom-webinar-report.csv', '--json'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout[0] ?? '')
    expect(report).toMatchObject({ ok: true, platform: 'zoom', headerLine: 12, importedRows: 3 })
    expect(report.rows).toHaveLength(3)
  })

  it('prints JSON even for a file whose rows all have problems', () => {
    const result = run(['ragged-rows.csv', '--json'])
    expect(JSON.parse(result.stdout[0] ?? '').problems).toHaveLength(2)
  })

  it.each([
    [
      'png-renamed.csv',
      'devrel-os inspect: png-renamed.csv: looks like a PNG image, not a CSV file',
    ],
    [
      'xlsx-renamed.csv',
      'devrel-os inspect: xlsx-renamed.csv: looks like an Excel .xlsx or a zip file — export as CSV',
    ],
    ['empty.csv', 'devrel-os inspect: empty.csv: the file is empty'],
    ['header-only.csv', 'devrel-os inspect: header-only.csv: the file has a header but no rows'],
    ['missing.csv', 'devrel-os inspect: missing.csv: no such file'],
    ['folder', 'devrel-os inspect: folder: is a folder, not a file'],
    ['locked.csv', 'devrel-os inspect: locked.csv: cannot be read (permission denied)'],
  ])('refuses %s with exit 1 and one line on stderr', (file, line) => {
    for (const args of [[file], [file, '--json']]) {
      const result = run(args)
      expect(result).toEqual({ code: 1, stdout: [], stderr: [line] })
    }
  })

  it.each([
    [[], 'devrel-os inspect: give one file; usage: devrel-os inspect <file.csv> [--json]'],
    [
      ['a.csv', 'b.csv'],
      'devrel-os inspect: give one file; usage: devrel-os inspect <file.csv> [--json]',
    ],
    [
      ['a.csv', '--yaml'],
      'devrel-os inspect: unknown option --yaml; usage: devrel-os inspect <file.csv> [--json]',
    ],
  ])('exits 2 on a usage error: %j', (args, line) => {
    expect(run(args)).toEqual({ code: 2, stdout: [], stderr: [line] })
  })
})

describe('inspect command on a chat export', () => {
  function runChat(args: string[]): Captured {
    const stdout: string[] = []
    const stderr: string[] = []
    const io: CliIo = {
      stdout: (text) => stdout.push(text),
      stderr: (text) => stderr.push(text),
      readFile: (path) => readFileSync(join('tests/fixtures/chat', path)),
    }
    const code = inspectCommand.run(args, io)
    if (typeof code !== 'number') throw new Error('inspect runs synchronously')
    return { code, stdout, stderr }
  }

  it('recognises a WhatsApp export and prints its messages, span, voices and date order', () => {
    const result = runChat(['WhatsApp Chat with Leeds Builders.txt'])
    expect(result.code).toBe(0)
    expect(result.stdout[0]?.split('\n')).toEqual([
      'WhatsApp Chat with Leeds Builders.txt: WhatsApp export (.txt)',
      '',
      'Chat        Leeds Builders',
      'Messages    18 (1 media, 1 deleted, 0 replies); 5 notices set aside',
      "From – to   2024-02-20 10:02 – 2024-03-13 18:00 (the phone's clock, read in the workspace's time zone on import)",
      'Voices      6 (Tom Becker 5, Priya Shah 4, +44 7700 900123 3, Lena Fischer 3, Sam Okafor 2, …)',
      'Dates       Read day first: 20/2/2024 on line 1 can only start with a day.',
      'Problems    none',
    ])
  })

  it('lists every chat of a whole-account Telegram export as JSON', () => {
    const result = runChat(['telegram-account-result.json', '--json'])
    const report = JSON.parse(result.stdout[0] ?? '{}') as {
      chats: { chatName: string; messages: number }[]
    }
    expect(report.chats.map((chat) => [chat.chatName, chat.messages])).toEqual([
      ['Leeds Builders', 2],
      ['Organisers', 1],
      ['Tom Becker', 1],
    ])
  })
})
