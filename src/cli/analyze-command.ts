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
import { proposeNightForFile } from '../shared/import/night-evidence'
import { parseTable } from '../shared/import/parse'
import { nightLinksOfEvent } from '../shared/identity/night-links'
import { eventHeadcount } from '../shared/metrics/attendance-rule'
import type { Problem } from '../shared/import/types'
import { returningBuilderRates } from '../shared/metrics/returning-builders'
import { emptyWorkspaceFiles } from '../shared/schema/workspace'
import type { CliCommand, CliIo } from './index'
import { describeReadFailure } from './read-input'

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
  /** The night's date (`YYYY-MM-DD`, in the event's own zone); null when no file said it. */
  date: string | null
  /** Why that date: "from 30 check-in times on 19 Mar 2026", or why there is none. */
  dateEvidence: string
  /** People, not rows: someone on two lists of the night counts once (DESIGN.md §2). */
  registered: number
  going: number
  /** Answered "maybe": beside going, never in it. */
  maybe: number
  attended: number
  /** Rows linked by name to a person on another list of the same night, not confirmed by anyone. */
  unconfirmedMatches: number
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

/**
 * `path=Event title` → both parts; a bare path has no title (null): its night is read from the
 * file, as the app proposes it (title from the file name, date from its evidence).
 */
export function parseFileArgument(argument: string): { path: string; title: string | null } {
  const equals = argument.indexOf('=')
  if (equals === -1) return { path: argument, title: null }
  const path = argument.slice(0, equals)
  const title = argument.slice(equals + 1).trim()
  return { path, title: title === '' ? null : title }
}

// The zone a night read from a file is placed in: the CLI has no workspace settings to ask.
const ANALYSIS_ZONE = 'UTC'

/**
 * A start for a night no file dates: the metric orders events by start time, so placing it after
 * the latest night so far keeps the order the files were given in.
 */
function syntheticStart(at: number): { start: string; end: string } {
  const start = new Date(at)
  const end = new Date(start.getTime() + 60 * 60 * 1000)
  return { start: start.toISOString().slice(0, 16), end: end.toISOString().slice(0, 16) }
}

function baseNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function normaliseEmail(cell: string): string {
  return cell.trim().toLowerCase()
}

/** Import the files, in the order given, into an empty in-memory workspace and measure them. */
export function analyzeFiles(
  inputs: readonly { path: string; title: string | null; bytes: Uint8Array }[],
  demoInputs: readonly DemoInput[] = [],
): AnalyzeResult {
  const workspace = emptyWorkspaceFiles()
  const contract = defaultDemoContract(workspace.settings.settings)
  let nextId = 0
  const newId = (): string => `analyze-${(nextId += 1)}`
  const ctx = { now: ANALYSIS_TIME, newId }

  const events: Event[] = []
  const eventByTitle = new Map<string, Event>()
  const evidenceOf = new Map<string, { date: string | null; evidence: string }>()
  // Nights without a date keep the order given: each starts a day after the latest so far.
  let latestStart = ANALYSIS_TIME.getTime() - DAY_MS
  const files: AnalyzedFile[] = []
  const allEmails = new Set<string>()
  // Nobody is deleted during an analysis, so the tombstones stay the empty workspace's.
  const { tombstones } = workspace.people
  let { people, mergeSuggestions } = workspace.people
  let { registrations, imports } = workspace.registrations

  // Each file parsed once, with the night it proposes. Nights are placed on the files' own dates
  // when every file has one; otherwise in the order given, as before dates were read.
  const parsedInputs = []
  for (const input of inputs) {
    const parsed = parseTable(input.bytes)
    if (!parsed.ok) return { ok: false, reason: `${input.path}: ${parsed.reason}` }
    const proposal = proposeNightForFile(input.bytes, parsed.table, input.path, ANALYSIS_ZONE)
    parsedInputs.push({ input, table: parsed.table, proposal })
  }
  const isDatedByFiles = parsedInputs.every((entry) => entry.proposal.date !== null)

  for (const { input, table, proposal } of parsedInputs) {
    const { platform } = detectPlatform(table.header)
    const mapping = guessColumnMapping(table.header, platform, table.records)
    const mapped = mapRows(table, mapping, platform)

    const title = input.title ?? (proposal.title !== '' ? proposal.title : baseNameOf(input.path))
    let event = eventByTitle.get(title)
    if (!event) {
      const start =
        isDatedByFiles && proposal.date !== null
          ? { start: `${proposal.date}T18:30`, end: `${proposal.date}T21:30` }
          : syntheticStart(latestStart + DAY_MS)
      latestStart = Math.max(latestStart, Date.parse(`${start.start}:00Z`))
      event = createEvent(
        { title, ...start, timeZone: ANALYSIS_ZONE, venue: '', city: '', capacity: null },
        { id: newId(), now: ANALYSIS_TIME, contract },
      )
      events.push(event)
      eventByTitle.set(title, event)
      evidenceOf.set(event.id, {
        date: proposal.date,
        evidence: proposal.date !== null ? capitaliseFirst(proposal.evidence) : proposal.evidence,
      })
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
      event: title,
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
    const event = input.title === null ? undefined : eventByTitle.get(input.title)
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
      events: rates.map((rate) => {
        const headcount = eventHeadcount(registrations, rate.eventId)
        const evidence = evidenceOf.get(rate.eventId)
        return {
          event: titleOf.get(rate.eventId) ?? rate.eventId,
          date: evidence?.date ?? null,
          dateEvidence: evidence?.evidence ?? '',
          registered: headcount.registered,
          going: headcount.going,
          maybe: headcount.maybe,
          attended: headcount.attended,
          unconfirmedMatches: nightLinksOfEvent(imports, rate.eventId).length,
          attendees: rate.attendees,
          estimated: rate.isEstimated,
          returning: rate.returning,
          firstTimers: rate.firstTimers,
          returningBuilderRate: rate.rate,
        }
      }),
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
      [
        'event',
        'date',
        'registered',
        'going',
        'attendees',
        'returning',
        'first-time',
        'returning rate',
      ],
      ...report.events.map((event) => [
        event.event,
        event.date ?? '—',
        String(event.registered),
        `${event.going}${event.maybe > 0 ? ` (+${event.maybe} maybe)` : ''}`,
        `${event.attendees}${event.estimated ? ' (estimated)' : ''}`,
        String(event.returning),
        String(event.firstTimers),
        percent(event.returningBuilderRate),
      ]),
    ]).map((line) => `  ${line}`),
  )
  for (const event of report.events) {
    lines.push(
      `  ${event.event}: ${event.date === null ? event.dateEvidence : `${event.date}, ${event.dateEvidence.charAt(0).toLowerCase()}${event.dateEvidence.slice(1)}`}`,
    )
    if (event.unconfirmedMatches > 0) {
      lines.push(
        `    ${event.unconfirmedMatches} people matched by name within this night (not confirmed)`,
      )
    }
  }
  lines.push('', `People ${report.people}, distinct e-mails ${report.distinctEmails}`)
  if (report.metrics !== undefined) {
    lines.push(
      `First-time → demo conversion ${percent(report.metrics.firstTimeToDemoConversion)}, repeat speaker rate ${percent(report.metrics.repeatSpeakerRate)}`,
    )
  }
  return lines.join('\n')
}

export const analyzeCommand: CliCommand = {
  usage:
    'analyze [--json] <file.csv>[=<event title>]… [--demos <speakers.csv>=<event title>]… (without =title, the night is read from the file)',
  summary:
    'import CSVs (one event per file, oldest first) into a throw-away workspace and show returning builder rates',
  run(args: readonly string[], io: CliIo): number {
    const isJson = args.includes('--json')
    // `--demos FILE=Title` takes the next argument; everything else not a flag is an attendee file.
    const demoArguments: { path: string; title: string | null }[] = []
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

    const inputs: { path: string; title: string | null; bytes: Uint8Array }[] = []
    for (const argument of arguments_) {
      try {
        inputs.push({ ...argument, bytes: io.readFile(argument.path) })
      } catch (error) {
        io.stderr(`devrel-os analyze: ${argument.path}: ${describeReadFailure(error)}`)
        return 1
      }
    }

    const demoInputs: DemoInput[] = []
    for (const argument of demoArguments) {
      try {
        demoInputs.push({
          path: argument.path,
          title: argument.title ?? argument.path,
          bytes: io.readFile(argument.path),
        })
      } catch (error) {
        io.stderr(`devrel-os analyze: ${argument.path}: ${describeReadFailure(error)}`)
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
