/**
 * `devrel-os analyze [--json] FILE[=Event title]…`: what a set of exports says about a program —
 * per file what it holds, per event the returning builder rate (DESIGN.md §2). Everything is
 * imported into a throw-away in-memory workspace, so nothing on disk changes.
 */
import type { Event, Platform } from '../shared/domain/schemas'
import { createEvent, defaultDemoContract } from '../shared/events/event-lifecycle'
import { applySpeakerImport, readSpeakerTable } from '../shared/demos/speaker-import'
import type { Demo } from '../shared/domain/demo-schemas'
import { applyImport } from '../shared/identity/apply-import'
import { firstTimeDemoConversion } from '../shared/metrics/first-time-demo-conversion'
import { metricWindow } from '../shared/metrics/metric-window'
import { repeatSpeakerRate } from '../shared/metrics/repeat-speaker-rate'
import { guessColumnMapping } from '../shared/import/column-mapping'
import { detectPlatform } from '../shared/import/detect-platform'
import { mapRows } from '../shared/import/map-rows'
import { parseTable } from '../shared/import/parse'
import type { Problem } from '../shared/import/types'
import { returningBuilderRates } from '../shared/metrics/returning-builders'
import { emptyWorkspaceFiles } from '../shared/schema/workspace'
import type { CliCommand, CliIo } from './index'

export interface AnalyzedFile {
  path: string
  platform: Platform
  event: string
  /** Data rows of the file (for Zoom, the attendee section), before any row is refused. */
  rows: number
  rowsWithoutEmail: number
  distinctEmails: number
  /** Imported rows checked in; null where the file has no check-in data. */
  attendedRows: number | null
  attendedDistinctEmails: number | null
  problems: Problem[]
}

export interface AnalyzedEvent {
  event: string
  attendees: number
  estimated: boolean
  returning: number
  firstTimers: number
  returningBuilderRate: number | null
}

export interface AnalyzeMetrics {
  /** All time: first-timers who later presented, over first-timers (DESIGN.md §2). */
  firstTimeToDemoConversion: number | null
  /** Presenters at 2+ events over presenters at 1+. */
  repeatSpeakerRate: number | null
  /** The returning builder rate per event, oldest first. */
  returningBuilderRateTrend: (number | null)[]
}

export interface AnalyzeReport {
  files: AnalyzedFile[]
  events: AnalyzedEvent[]
  people: number
  distinctEmails: number
  /** Present when speaker lists were given with `--demos`. */
  metrics?: AnalyzeMetrics
}

/** A speaker list for `--demos`: its demos were presented at the named event. */
export interface DemoInput {
  path: string
  title: string
  bytes: Uint8Array
}

// After every synthetic event, so each counts as having happened for the metrics.
const METRICS_TIME = new Date('2100-01-01T00:00:00.000Z')

export type AnalyzeResult = { ok: true; report: AnalyzeReport } | { ok: false; reason: string }

// Fixed so the same files always give the same output; nothing here is ever stored.
const ANALYSIS_TIME = new Date('2000-01-01T00:00:00.000Z')
const DAY_MS = 24 * 60 * 60 * 1000

/** `path=Event title` → both parts; a bare path names its own event. */
export function parseFileArgument(argument: string): { path: string; title: string } {
  const equals = argument.indexOf('=')
  if (equals === -1) return { path: argument, title: argument }
  const path = argument.slice(0, equals)
  const title = argument.slice(equals + 1).trim()
  return { path, title: title === '' ? path : title }
}

/**
 * The k-th event (0-based) starts k days after 2000-01-01 UTC: the exports carry no reliable event
 * date, and the metric orders events by start time, so the order given becomes that order.
 */
function syntheticStart(index: number): { start: string; end: string } {
  const start = new Date(ANALYSIS_TIME.getTime() + index * DAY_MS)
  const end = new Date(start.getTime() + 60 * 60 * 1000)
  return { start: start.toISOString().slice(0, 16), end: end.toISOString().slice(0, 16) }
}

function normaliseEmail(cell: string): string {
  return cell.trim().toLowerCase()
}

/** Import the files, in the order given, into an empty in-memory workspace and measure them. */
export function analyzeFiles(
  inputs: readonly { path: string; title: string; bytes: Uint8Array }[],
  demoInputs: readonly DemoInput[] = [],
): AnalyzeResult {
  const workspace = emptyWorkspaceFiles()
  const contract = defaultDemoContract(workspace.settings.settings)
  let nextId = 0
  const newId = (): string => `analyze-${(nextId += 1)}`
  const ctx = { now: ANALYSIS_TIME, newId }

  const events: Event[] = []
  const eventByTitle = new Map<string, Event>()
  const files: AnalyzedFile[] = []
  const allEmails = new Set<string>()
  // Nobody is deleted during an analysis, so the tombstones stay the empty workspace's.
  const { tombstones } = workspace.people
  let { people, mergeSuggestions } = workspace.people
  let { registrations, imports } = workspace.registrations

  for (const input of inputs) {
    const parsed = parseTable(input.bytes)
    if (!parsed.ok) return { ok: false, reason: `${input.path}: ${parsed.reason}` }
    const { table } = parsed
    const { platform } = detectPlatform(table.header)
    const mapping = guessColumnMapping(table.header, platform)
    const mapped = mapRows(table, mapping, platform)

    let event = eventByTitle.get(input.title)
    if (!event) {
      event = createEvent(
        {
          title: input.title,
          ...syntheticStart(events.length),
          timeZone: 'UTC',
          venue: '',
          city: '',
          capacity: null,
        },
        { id: newId(), now: ANALYSIS_TIME, contract },
      )
      events.push(event)
      eventByTitle.set(input.title, event)
    }

    // Counted from the file's own e-mail cells, so refused and collapsed rows still show.
    const emailColumn = mapping.email === undefined ? -1 : table.header.indexOf(mapping.email)
    const fileEmails = new Set<string>()
    let rowsWithoutEmail = 0
    for (const record of table.records) {
      const email = normaliseEmail(record.cells[emailColumn] ?? '')
      if (email === '') rowsWithoutEmail += 1
      else fileEmails.add(email)
    }
    for (const email of fileEmails) allEmails.add(email)

    // Attendance needs each platform's reading of its cells (Zoom's `Attended`, Luma's
    // `checked_in_at`), so it comes from the mapped rows.
    const attended = mapped.rows.filter((row) => row.attendance === 'checked-in')
    const attendedEmails = new Set(attended.map((row) => row.email).filter((email) => email !== ''))

    const problems: Problem[] = [
      ...table.problems,
      ...mapped.rowErrors.map((error) => ({ line: error.line, message: error.reason })),
    ].sort((a, b) => a.line - b.line)

    files.push({
      path: input.path,
      platform,
      event: input.title,
      rows: table.records.length,
      rowsWithoutEmail,
      distinctEmails: fileEmails.size,
      attendedRows: mapped.hasAttendanceData ? attended.length : null,
      attendedDistinctEmails: mapped.hasAttendanceData ? attendedEmails.size : null,
      problems,
    })

    const result = applyImport(
      { people, tombstones, mergeSuggestions, registrations, imports, events },
      {
        eventId: event.id,
        platform,
        fileName: input.path,
        rows: mapped.rows,
        rowErrors: mapped.rowErrors,
        duplicatesCollapsed: mapped.duplicatesCollapsed,
      },
      ctx,
    )
    ;({ people, mergeSuggestions, registrations, imports } = result)
  }

  // Speaker lists: their people go through the same identity rules, and their demos count as
  // presented at the event they name (the list is what happened on the night).
  let demos: Demo[] = []
  for (const input of demoInputs) {
    const parsed = parseTable(input.bytes)
    if (!parsed.ok) return { ok: false, reason: `${input.path}: ${parsed.reason}` }
    const read = readSpeakerTable(parsed.table)
    if (!read.ok) return { ok: false, reason: `${input.path}: ${read.reason}` }
    const event = eventByTitle.get(input.title)
    if (event === undefined) {
      return {
        ok: false,
        reason: `${input.path}: no attendee file names the event “${input.title}”`,
      }
    }
    const imported = applySpeakerImport(
      { event, people, tombstones, mergeSuggestions, registrations, demos },
      read.platform,
      read.entries,
      ctx,
    )
    people = imported.people
    mergeSuggestions = imported.mergeSuggestions
    demos = imported.demos.map((demo) =>
      demo.eventId === event.id && demo.state === 'proposed'
        ? { ...demo, state: 'presented' }
        : demo,
    )
  }

  const titleOf = new Map(events.map((event) => [event.id, event.title]))
  const rates = returningBuilderRates(events, registrations)
  const metrics: AnalyzeMetrics | undefined =
    demoInputs.length === 0
      ? undefined
      : {
          firstTimeToDemoConversion: firstTimeDemoConversion(
            events,
            registrations,
            demos,
            metricWindow('all-time', events, METRICS_TIME),
          ).value,
          repeatSpeakerRate: repeatSpeakerRate(events, demos).value,
          returningBuilderRateTrend: rates.map((rate) => rate.rate),
        }
  return {
    ok: true,
    report: {
      files,
      events: rates.map((rate) => ({
        event: titleOf.get(rate.eventId) ?? rate.eventId,
        attendees: rate.attendees,
        estimated: rate.isEstimated,
        returning: rate.returning,
        firstTimers: rate.firstTimers,
        returningBuilderRate: rate.rate,
      })),
      people: people.length,
      distinctEmails: allEmails.size,
      ...(metrics === undefined ? {} : { metrics }),
    },
  }
}

function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)))
  }
  return rows.map((row) =>
    row
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd(),
  )
}

/** The report as a short table a person reads. */
export function formatAnalyzeReport(report: AnalyzeReport): string {
  const lines = ['Files']
  lines.push(
    ...table([
      ['file', 'platform', 'event', 'rows', 'no e-mail', 'e-mails', 'attended', 'problems'],
      ...report.files.map((file) => [
        file.path,
        file.platform,
        file.event,
        String(file.rows),
        String(file.rowsWithoutEmail),
        String(file.distinctEmails),
        file.attendedRows === null ? 'no data' : String(file.attendedRows),
        String(file.problems.length),
      ]),
    ]).map((line) => `  ${line}`),
  )
  lines.push('', 'Events (oldest first)')
  lines.push(
    ...table([
      ['event', 'attendees', 'returning', 'first-time', 'returning rate'],
      ...report.events.map((event) => [
        event.event,
        `${event.attendees}${event.estimated ? ' (estimated)' : ''}`,
        String(event.returning),
        String(event.firstTimers),
        percent(event.returningBuilderRate),
      ]),
    ]).map((line) => `  ${line}`),
  )
  lines.push('', `People ${report.people}, distinct e-mails ${report.distinctEmails}`)
  if (report.metrics !== undefined) {
    lines.push(
      `First-time → demo conversion ${percent(report.metrics.firstTimeToDemoConversion)}, repeat speaker rate ${percent(report.metrics.repeatSpeakerRate)}`,
    )
  }
  return lines.join('\n')
}

function readFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'is a folder, not a file'
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)'
  return `cannot be read (${error instanceof Error ? error.message : String(error)})`
}

export const analyzeCommand: CliCommand = {
  usage: 'analyze [--json] <file.csv>[=<event title>]… [--demos <speakers.csv>=<event title>]…',
  summary:
    'import CSVs (one event per file, oldest first) into a throw-away workspace and show returning builder rates',
  run(args: readonly string[], io: CliIo): number {
    const isJson = args.includes('--json')
    // `--demos FILE=Title` takes the next argument; everything else not a flag is an attendee file.
    const demoArguments: { path: string; title: string }[] = []
    const rest: string[] = []
    for (let index = 0; index < args.length; index += 1) {
      const arg = args[index] ?? ''
      if (arg === '--demos') {
        const next = args[index + 1]
        if (next !== undefined && !next.startsWith('-')) demoArguments.push(parseFileArgument(next))
        else rest.push('--demos-without-file')
        index += 1
      } else rest.push(arg)
    }
    const unknownFlags = rest.filter((arg) => arg.startsWith('-') && arg !== '--json')
    const arguments_ = rest.filter((arg) => !arg.startsWith('-')).map(parseFileArgument)
    if (unknownFlags.length > 0 || arguments_.length === 0) {
      const detail =
        unknownFlags.length > 0
          ? `unknown option ${unknownFlags.join(' ')}`
          : 'give at least one file'
      io.stderr(`devrel-os analyze: ${detail}; usage: devrel-os ${analyzeCommand.usage}`)
      return 2
    }

    const inputs: { path: string; title: string; bytes: Uint8Array }[] = []
    for (const argument of arguments_) {
      try {
        inputs.push({ ...argument, bytes: io.readFile(argument.path) })
      } catch (error) {
        io.stderr(`devrel-os analyze: ${argument.path}: ${readFailure(error)}`)
        return 1
      }
    }

    const demoInputs: DemoInput[] = []
    for (const argument of demoArguments) {
      try {
        demoInputs.push({ ...argument, bytes: io.readFile(argument.path) })
      } catch (error) {
        io.stderr(`devrel-os analyze: ${argument.path}: ${readFailure(error)}`)
        return 1
      }
    }

    const result = analyzeFiles(inputs, demoInputs)
    if (!result.ok) {
      io.stderr(`devrel-os analyze: ${result.reason}`)
      return 1
    }
    io.stdout(isJson ? JSON.stringify(result.report, null, 2) : formatAnalyzeReport(result.report))
    return 0
  },
}
