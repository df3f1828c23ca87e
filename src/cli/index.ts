/**
 * `devrel-os <command> …` — the command line, for scripts and for checking an import before
 * running it. A small dispatcher: each command lives in its own `*-command.ts` and registers in
 * `commands` below.
 */
import { pathToFileURL } from 'node:url'
import { analyzeCommand } from './analyze-command'
import { inspectCommand } from './inspect-command'
import { readInputFile } from './read-input'

/** Where a command reads and writes, injected so commands are tested without a process. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readFile: (path: string) => Uint8Array
}

export interface CliCommand {
  /** The command and its arguments, as the usage text shows them. */
  usage: string
  summary: string
  /** Returns the exit code. */
  run: (args: readonly string[], io: CliIo) => number | Promise<number>
}

export const commands: Readonly<Record<string, CliCommand>> = {
  inspect: inspectCommand,
  // ── Register further commands here. `analyze` goes in ./analyze-command.ts as
  // `analyzeCommand: CliCommand` and is added to this map as `analyze: analyzeCommand`.
  analyze: analyzeCommand,
}

/** The usage text: every registered command with its arguments and what it does. */
export function usageText(): string {
  const lines = ['Usage: devrel-os <command> [options]', '', 'Commands:']
  for (const command of Object.values(commands)) {
    lines.push(`  ${command.usage}`, `      ${command.summary}`)
  }
  lines.push('', 'Run from the repository with: npm run cli -- <command> …')
  return lines.join('\n')
}

/** Run one command line and return its exit code (2 for usage errors). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(usageText())
    return name === undefined ? 2 : 0
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (!command) {
    io.stderr(`devrel-os: unknown command “${name}”\n\n${usageText()}`)
    return 2
  }
  return command.run(args, io)
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => readInputFile(path),
}

const entryPoint = process.argv[1]
if (entryPoint !== undefined && import.meta.url === pathToFileURL(entryPoint).href) {
  process.exitCode = await runCli(process.argv.slice(2), processIo)
}
