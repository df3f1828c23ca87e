/**
 * The store bench's work, in a process of its own so that its peak RSS (`maxRSS`, which only
 * grows) is this work's and no earlier suite's: a 200k-row Eventbrite import applied with the
 * app's own ids (random UUIDs), saved through the real repository, then opened again. Prints its
 * figures as JSON on the last line of stdout.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { applyImport } from '../src/shared/identity/apply-import'
import { guessColumnMapping } from '../src/shared/import/column-mapping'
import { detectPlatform } from '../src/shared/import/detect-platform'
import { mapRows } from '../src/shared/import/map-rows'
import { parseTable } from '../src/shared/import/parse'
import { emptyWorkspaceFiles } from '../src/shared/schema/workspace'
import { BENCH_ROWS, eventbriteCsv } from './import-bench'
import type { BenchFigure } from './index'
import { loadMain } from './scale-bench'

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const perRow = (bytes: number, rows: number): string => `${(bytes / rows).toFixed(0)} B`
const ms = (value: number): string => `${value.toFixed(0)} ms`
/** The process's peak resident memory so far, in bytes (maxRSS is in kilobytes). */
const peakRss = (): number => process.resourceUsage().maxRSS * 1024

async function measure(): Promise<BenchFigure[]> {
  const main = await loadMain()
  const csv = eventbriteCsv(BENCH_ROWS)
  const bytes = new TextEncoder().encode(csv)
  const parsed = parseTable(bytes)
  if (!parsed.ok) throw new Error(`the generated CSV did not parse: ${parsed.reason}`)
  // The floor: the rows themselves, as JSON arrays of their cells, header excluded.
  const bareJson = JSON.stringify(parsed.table.records.map((record) => record.cells)).length
  const { platform } = detectPlatform(parsed.table.header)
  const mapping = guessColumnMapping(parsed.table.header, platform)
  const mapped = mapRows(parsed.table, mapping, platform)
  const workspace = emptyWorkspaceFiles()
  const newId = (): string => globalThis.crypto.randomUUID()
  const result = applyImport(
    { ...workspace.people, ...workspace.registrations },
    {
      eventId: newId(),
      platform,
      fileName: 'eventbrite-attendees.csv',
      rows: mapped.rows,
      rowErrors: mapped.rowErrors,
      duplicatesCollapsed: mapped.duplicatesCollapsed,
    },
    { now: new Date(), newId },
  )
  const rows = result.registrations.length
  const rssImported = peakRss()

  const directory = mkdtempSync(join(tmpdir(), 'devrel-os-store-'))
  try {
    const { repository } = main.openWorkspace({ directory })
    const saveStart = performance.now()
    repository.transaction(() => {
      repository.write('people', { ...repository.read('people'), people: result.people })
      repository.write('registrations', {
        registrations: result.registrations,
        imports: result.imports,
      })
    })
    const saveMs = performance.now() - saveStart
    const rssSaved = peakRss()
    const size = (name: string): number => statSync(join(directory, `${name}.json`)).size
    const workspaceBytes = readdirSync(directory)
      .filter((name) => name.endsWith('.json'))
      .reduce((total, name) => total + statSync(join(directory, name)).size, 0)

    const openStart = performance.now()
    const reopened = main.openWorkspace({ directory })
    const openMs = performance.now() - openStart
    if (
      reopened.notices.length > 0 ||
      reopened.repository.read('registrations').registrations.length !== rows
    ) {
      throw new Error(
        `the saved workspace did not open cleanly: ${JSON.stringify(reopened.notices)}`,
      )
    }
    return [
      { label: 'registrations saved', value: rows.toLocaleString('en-US') },
      {
        label: 'persisted bytes per registration: registrations.json',
        value: perRow(size('registrations'), rows),
      },
      { label: '  people.json, per registration', value: perRow(size('people'), rows) },
      { label: '  whole workspace folder, per registration', value: perRow(workspaceBytes, rows) },
      { label: '  floor: CSV file, per row', value: perRow(bytes.byteLength, rows) },
      { label: '  floor: JSON.stringify of the CSV rows, per row', value: perRow(bareJson, rows) },
      {
        label: 'files: registrations / people',
        value: `${megabytes(size('registrations'))} / ${megabytes(size('people'))}`,
      },
      { label: 'save (one transaction: people + registrations)', value: ms(saveMs) },
      { label: 'open the saved workspace', value: ms(openMs) },
      { label: 'peak RSS: after the import (not yet saved)', value: megabytes(rssImported) },
      { label: 'peak RSS: through the save', value: megabytes(rssSaved) },
      { label: 'peak RSS: through the reopen', value: megabytes(peakRss()) },
    ]
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

console.log(JSON.stringify(await measure()))
