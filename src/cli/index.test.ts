import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { CliIo } from './index'
import { commands, runCli, usageText } from './index'

const root = fileURLToPath(new URL('../..', import.meta.url))

function memoryIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: () => {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
    },
  }
}

describe('runCli', () => {
  it('registers inspect', () => {
    expect(Object.keys(commands)).toContain('inspect')
    expect(usageText()).toContain('inspect <file.csv> [--json]')
  })

  it.each([
    [['help'], 0],
    [['--help'], 0],
    [[], 2],
  ])('prints usage for %j and exits %i', async (argv, code) => {
    const io = memoryIo()
    expect(await runCli(argv, io)).toBe(code)
    expect(io.out).toEqual([usageText()])
  })

  it.each([['analyse'], ['toString'], ['__proto__']])(
    'prints usage for the unknown command %s and exits 2',
    async (name) => {
      const io = memoryIo()
      expect(await runCli([name], io)).toBe(2)
      expect(io.err).toEqual([`devrel-os: unknown command “${name}”\n\n${usageText()}`])
    },
  )

  it('hands the remaining arguments to the command', async () => {
    const io = memoryIo()
    expect(await runCli(['inspect', 'nowhere.csv'], io)).toBe(1)
    expect(io.err).toEqual(['devrel-os inspect: nowhere.csv: no such file'])
  })
})

describe('the real process', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      // A command that reads a device forever is a failure, not a hung test run.
      timeout: 60_000,
    })

  it('exits 0 and prints the report for a readable CSV', () => {
    const result = cli('inspect', 'tests/fixtures/csv/pretix-german.csv')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      'pretix: has Bestellnummer, Name des Teilnehmers and Eingecheckt',
    )
  })

  it('exits 1 with one line on stderr for a file that is not a CSV', () => {
    const result = cli('inspect', 'tests/fixtures/csv/xlsx-renamed.csv', '--json')
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'devrel-os inspect: tests/fixtures/csv/xlsx-renamed.csv: looks like an Excel .xlsx or a zip file — export as CSV\n',
    )
  })

  it.each([['inspect'], ['analyze']])('%s refuses /dev/zero as not a regular file', (command) => {
    const result = cli(command, '/dev/zero')
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(
      `devrel-os ${command}: /dev/zero: is not a regular file (a device, a pipe or a socket); give a CSV file\n`,
    )
  })
})
