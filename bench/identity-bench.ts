/**
 * Identity at size (issue 17): a realistic 20,000-row guest list imported into an empty workspace
 * (how many possible duplicates it offers, how many of the planted true duplicates are among them,
 * and how long it takes), and a 1,000-row import into the biggest chapter through the real
 * handler. Each figure sits beside its floor in the same run: papaparse alone on the same file.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Papa from 'papaparse'
import { applyImport } from '../src/shared/identity/apply-import'
import { pairKey } from '../src/shared/identity/resolve-identity'
import { guessColumnMapping } from '../src/shared/import/column-mapping'
import { detectPlatform } from '../src/shared/import/detect-platform'
import { mapRows } from '../src/shared/import/map-rows'
import { parseTable } from '../src/shared/import/parse'
import { emptyWorkspaceFiles, WORKSPACE_FILE_NAMES } from '../src/shared/schema/workspace'
import { realisticRoster } from '../src/shared/testing/realistic-roster'
import { eventbriteCsv } from './import-bench'
import type { BenchFigure, BenchSuite } from './index'
import { chapterFiles, importRequest, IMPORT_ROWS, loadMain, NOW } from './scale-bench'

const ROSTER_ROWS = 20_000
const RUNS = 3

const ms = (value: number): string => `${value.toFixed(0)} ms`
/** Wall time with the process's CPU time beside it: on a shared machine the CPU time is steadier. */
const withCpu = (wallMs: number, cpuMs: number): string => `${ms(wallMs)} (CPU ${ms(cpuMs)})`

/** Milliseconds of CPU this process spent since `since`. */
function cpuSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}
const count = (value: number): string => value.toLocaleString('en-US')

/** Papaparse alone on the text, the least any import of it can cost. */
function bareParse(text: string): number {
  const start = performance.now()
  Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' })
  return performance.now() - start
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
}

interface RosterRun {
  bareMs: number
  importMs: number
  applyMs: number
  applyCpuMs: number
  result: ReturnType<typeof applyImport>
}

/** One import of the roster into an empty workspace, after papaparse alone on the same text. */
function importRoster(csv: string): RosterRun {
  const bytes = new TextEncoder().encode(csv)
  const bareMs = bareParse(csv)
  const start = performance.now()
  const parsed = parseTable(bytes)
  if (!parsed.ok) throw new Error(`the roster did not parse: ${parsed.reason}`)
  const { platform } = detectPlatform(parsed.table.header)
  const mapping = guessColumnMapping(parsed.table.header, platform)
  const mapped = mapRows(parsed.table, mapping, platform)
  const mappedAt = performance.now()
  const mappedCpu = process.cpuUsage()
  const workspace = emptyWorkspaceFiles()
  let nextId = 0
  const result = applyImport(
    { ...workspace.people, ...workspace.registrations },
    {
      eventId: 'bench-event',
      platform,
      fileName: 'roster.csv',
      rows: mapped.rows,
      rowErrors: mapped.rowErrors,
      duplicatesCollapsed: mapped.duplicatesCollapsed,
    },
    { now: new Date(), newId: () => `bench-${(nextId += 1)}` },
  )
  const end = performance.now()
  const applyCpuMs = cpuSince(mappedCpu)
  return { bareMs, importMs: end - start, applyMs: end - mappedAt, applyCpuMs, result }
}

function rosterFigures(): BenchFigure[] {
  const roster = realisticRoster(ROSTER_ROWS)
  // Alternated runs, each beside its own floor; the medians are shown.
  const runs = Array.from({ length: RUNS }, () => importRoster(roster.csv))
  const { result } = runs[0] ?? importRoster(roster.csv)

  // Which person each line became, through its registration's row key (`gst-<row index>`).
  const personOfLine = new Map<number, string>()
  for (const registration of result.registrations) {
    personOfLine.set(Number(registration.sourceKey.slice(4)) + 2, registration.personId)
  }
  const suggested = new Set(
    result.report.suggestions.map((suggestion) => pairKey(...suggestion.personIds)),
  )
  const found = roster.planted.filter(({ lines: [first, second] }) => {
    const a = personOfLine.get(first)
    const b = personOfLine.get(second)
    return a !== undefined && b !== undefined && (a === b || suggested.has(pairKey(a, b)))
  })
  const people = result.report.peopleCreated
  return [
    {
      label: `${count(ROSTER_ROWS)}-row guest list: people / possible duplicates`,
      value: `${count(people)} / ${count(result.report.suggestions.length)}`,
    },
    {
      label: '  possible duplicates per person',
      value: (result.report.suggestions.length / people).toFixed(2),
    },
    {
      label: '  planted true duplicates suggested',
      value: `${found.length} of ${roster.planted.length}`,
    },
    {
      label: `  floor: bare papaparse, median of ${RUNS}`,
      value: ms(median(runs.map((run) => run.bareMs))),
    },
    {
      label: '  whole import (parse, map, identity, apply)',
      value: ms(median(runs.map((run) => run.importMs))),
    },
    {
      label: '    of which identity + apply',
      value: withCpu(
        median(runs.map((run) => run.applyMs)),
        median(runs.map((run) => run.applyCpuMs)),
      ),
    },
  ]
}

async function chapterImportFigures(): Promise<BenchFigure[]> {
  const main = await loadMain()
  const directory = mkdtempSync(join(tmpdir(), 'devrel-os-identity-'))
  try {
    const files = chapterFiles()
    const fresh = main.openWorkspace({ directory }).repository
    for (const name of WORKSPACE_FILE_NAMES) fresh.write(name, files[name] as never)
    const { repository, handlers } = main.bootWorkspace({ directory, now: () => NOW })
    const csv = eventbriteCsv(IMPORT_ROWS)
    const request = importRequest(csv)
    const bareMs = bareParse(csv)
    // The domain's share of the handler: the same import applied in memory, nothing written.
    const people = repository.read('people')
    const registrations = repository.read('registrations')
    let nextId = 0
    const applyCpu = process.cpuUsage()
    const applyStart = performance.now()
    applyImport(
      { ...people, ...registrations, events: repository.read('events').events },
      request,
      { now: NOW, newId: () => `dry-${(nextId += 1)}` },
    )
    const applyMs = performance.now() - applyStart
    const applyCpuMs = cpuSince(applyCpu)
    const importCpu = process.cpuUsage()
    const start = performance.now()
    const imported = await main.dispatch(handlers, 'attendees:import', request)
    const importMs = performance.now() - start
    const importCpuMs = cpuSince(importCpu)
    if (!imported.ok) throw new Error(`import failed: ${imported.error.message}`)
    return [
      {
        label: `${count(IMPORT_ROWS)}-row import into the biggest chapter (handler)`,
        value: withCpu(importMs, importCpuMs),
      },
      { label: '  floor: bare papaparse of the same file', value: `${bareMs.toFixed(1)} ms` },
      {
        label: '  identity + apply alone (in memory, first run)',
        value: withCpu(applyMs, applyCpuMs),
      },
    ]
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

export const identityBench: BenchSuite = {
  name: 'identity',
  description:
    'possible duplicates on a realistic 20,000-row guest list; a 1,000-row import into the biggest chapter',
  run: async () => [...rosterFigures(), ...(await chapterImportFigures())],
}
