/**
 * The store bench's work, one step per process so that each step's peak RSS (`maxRSS`, which only
 * grows) is its own: `import <folder>` applies a 200k-row Eventbrite import with the app's own ids
 * (random UUIDs) and saves it through the real repository; `open <folder>` opens what was saved;
 * `save <folder>` opens it and saves people and registrations again, as a large edit does. Prints
 * its figures as JSON on the last line of stdout.
 */
import { readdirSync, statSync } from 'node:fs'
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
import { loadMain, type MainModules } from './scale-bench'

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const perRow = (bytes: number, rows: number): string => `${(bytes / rows).toFixed(0)} B`
/** The process's peak resident memory so far, in bytes (maxRSS is in kilobytes). */
const peakRss = (): number => process.resourceUsage().maxRSS * 1024

/** Wall time and CPU time of `run`: on a shared machine the CPU time is the steadier figure. */
function timed<T>(run: () => T): { value: T; text: string } {
  const wallStart = performance.now()
  const cpuStart = process.cpuUsage()
  const value = run()
  const cpu = process.cpuUsage(cpuStart)
  const wall = performance.now() - wallStart
  return {
    value,
    text: `${wall.toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`,
  }
}

function importAndSave(main: MainModules, directory: string): BenchFigure[] {
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

  const { repository } = main.openWorkspace({ directory })
  const save = timed(() =>
    repository.transaction(() => {
      repository.write('people', { ...repository.read('people'), people: result.people })
      repository.write('registrations', {
        registrations: result.registrations,
        imports: result.imports,
      })
    }),
  )
  const size = (name: string): number => statSync(join(directory, `${name}.json`)).size
  const workspaceBytes = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .reduce((total, name) => total + statSync(join(directory, name)).size, 0)
  return [
    { label: 'registrations saved', value: rows.toLocaleString('en-US') },
    {
      label: 'persisted bytes per registration after a 200k-row import',
      value: perRow(workspaceBytes, rows),
    },
    { label: '  registrations.json, per registration', value: perRow(size('registrations'), rows) },
    { label: '  people.json, per registration', value: perRow(size('people'), rows) },
    { label: '  floor: the CSV file, per row', value: perRow(bytes.byteLength, rows) },
    { label: '  floor: JSON.stringify of the CSV rows, per row', value: perRow(bareJson, rows) },
    {
      label: 'files: registrations / people',
      value: `${megabytes(size('registrations'))} / ${megabytes(size('people'))}`,
    },
    { label: 'import: save (people + registrations, one transaction)', value: save.text },
    {
      label: 'import: peak RSS before the save / through it',
      value: `${megabytes(rssImported)} / ${megabytes(peakRss())}`,
    },
  ]
}

function open(main: MainModules, directory: string): ReturnType<MainModules['openWorkspace']> {
  const opened = main.openWorkspace({ directory })
  if (opened.notices.length > 0) {
    throw new Error(`the saved workspace did not open cleanly: ${JSON.stringify(opened.notices)}`)
  }
  return opened
}

function openOnly(main: MainModules, directory: string): BenchFigure[] {
  const opening = timed(() => open(main, directory))
  return [
    { label: 'open the saved workspace', value: opening.text },
    { label: '  peak RSS of a process that only opens it', value: megabytes(peakRss()) },
  ]
}

function openAndSave(main: MainModules, directory: string): BenchFigure[] {
  const { repository } = open(main, directory)
  const rssOpened = peakRss()
  const people = repository.read('people')
  const registrations = repository.read('registrations')
  const [first, ...rest] = registrations.registrations
  if (first === undefined) throw new Error('nothing was saved')
  const save = timed(() =>
    repository.transaction(() => {
      repository.write('people', { ...people, people: [...people.people] })
      repository.write('registrations', {
        ...registrations,
        registrations: [{ ...first, status: 'cancelled' }, ...rest],
      })
    }),
  )
  return [
    { label: 'save both files again after opening', value: save.text },
    {
      label: '  peak RSS: opened / through the save',
      value: `${megabytes(rssOpened)} / ${megabytes(peakRss())}`,
    },
  ]
}

const [step, directory] = process.argv.slice(2)
if (directory === undefined)
  throw new Error('usage: store-bench-child.ts import|open|save <folder>')
const main = await loadMain()
const figures =
  step === 'import'
    ? importAndSave(main, directory)
    : step === 'open'
      ? openOnly(main, directory)
      : openAndSave(main, directory)
console.log(JSON.stringify(figures))
