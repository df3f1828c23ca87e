/**
 * Import throughput on a large Eventbrite attendee report: how much the whole import (parse,
 * platform and column guess, row mapping, identity resolution, persisting) costs on top of
 * papaparse alone, and the memory it peaks at.
 */
import { rmSync, writeFileSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Papa from 'papaparse'
import { applyImport } from '../src/shared/identity/apply-import'
import { guessColumnMapping } from '../src/shared/import/column-mapping'
import { detectPlatform } from '../src/shared/import/detect-platform'
import { mapRows } from '../src/shared/import/map-rows'
import { parseTable } from '../src/shared/import/parse'
import { storedFile } from '../src/shared/schema/migrations'
import { emptyWorkspaceFiles } from '../src/shared/schema/workspace'
import type { BenchFigure, BenchSuite } from './index'

export const BENCH_ROWS = 200_000

// FORMATS.md: the Eventbrite attendee report's columns, one question, then Job Title and Company.
const EVENTBRITE_HEADER = [
  'Order #',
  'Order Date',
  'First Name',
  'Last Name',
  'Email',
  'Quantity',
  'Price Tier',
  'Ticket Type',
  'Attendee #',
  'Group',
  'Order Type',
  'Currency',
  'Total Paid',
  'Fees Paid',
  'Eventbrite Fees',
  'Eventbrite Payment Processing',
  'Attendee Status',
  'Home Address 1',
  'Home Address 2',
  'Home City',
  'Home State',
  'Home Zip',
  'Home Country',
  'What brings you to the meetup?',
  'Job Title',
  'Company',
]

const STATUSES = ['Checked In', 'Attending', 'Checked In', 'Not Attending'] as const
// Quoted answers with commas and a line break, so the parser does real quote handling.
const ANSWERS = ['"Demos, mostly"', '', 'Networking', '"Hiring,\nand demos"'] as const

/** A report of `rows` attendees: every 5th order has two tickets, so orders repeat as they do. */
export function eventbriteCsv(rows: number): string {
  const lines = [EVENTBRITE_HEADER.join(',')]
  for (let index = 0; index < rows; index += 1) {
    const order = 10_000_000_000 + Math.floor(index / 2) * 2 + (index % 5 === 1 ? 0 : index % 2)
    const cells = [
      String(order),
      `11/${String((index % 28) + 1).padStart(2, '0')}/24 22:28`,
      `First${index}`,
      `Last${index}`,
      `person${index}@example.com`,
      '1',
      '',
      'General Admission',
      String(1_550_000_000 + index),
      '',
      'Eventbrite Completed',
      'USD',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      STATUSES[index % STATUSES.length] ?? 'Attending',
      '',
      '',
      'Portland',
      'OR',
      '04101',
      'US',
      ANSWERS[index % ANSWERS.length] ?? '',
      'Developer Advocate',
      'Acme Corp',
    ]
    lines.push(cells.join(','))
  }
  return lines.join('\n') + '\n'
}

function milliseconds(ms: number): string {
  return `${ms.toFixed(0)} ms`
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`
}

export const importBench: BenchSuite = {
  name: 'import',
  description: `${BENCH_ROWS.toLocaleString('en-US')}-row Eventbrite CSV, bare papaparse vs the whole import`,
  run(): BenchFigure[] {
    const path = join(tmpdir(), `devrel-os-bench-eventbrite-${process.pid}.csv`)
    writeFileSync(path, eventbriteCsv(BENCH_ROWS))
    try {
      const buffer = readFileSync(path)
      const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
      // Decoded outside the timing: the baseline is papaparse's own work on the text.
      const text = new TextDecoder().decode(bytes)

      const bareStart = performance.now()
      const bare = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' })
      const bareMs = performance.now() - bareStart
      const bareRecords = bare.data.length - 1

      // Stage marks only read the clock; the whole import is still timed from start to end.
      const importStart = performance.now()
      const parsed = parseTable(bytes)
      if (!parsed.ok) throw new Error(`the generated CSV did not parse: ${parsed.reason}`)
      const parsedAt = performance.now()
      const { platform } = detectPlatform(parsed.table.header)
      const mapping = guessColumnMapping(parsed.table.header, platform)
      const mapped = mapRows(parsed.table, mapping, platform)
      const mappedAt = performance.now()
      const workspace = emptyWorkspaceFiles()
      let nextId = 0
      const result = applyImport(
        { ...workspace.people, ...workspace.registrations },
        {
          eventId: 'bench-event',
          platform,
          fileName: path,
          rows: mapped.rows,
          rowErrors: mapped.rowErrors,
          duplicatesCollapsed: mapped.duplicatesCollapsed,
        },
        { now: new Date(), newId: () => `bench-${(nextId += 1)}` },
      )
      const appliedAt = performance.now()
      // The persist step without the disk: what the store serialises, in its stored form.
      const persisted =
        JSON.stringify(storedFile('people', { ...workspace.people, people: result.people }))
          .length +
        JSON.stringify(
          storedFile('registrations', {
            registrations: result.registrations,
            imports: result.imports,
          }),
        ).length
      const importEnd = performance.now()
      const importMs = importEnd - importStart

      // maxRSS is in kilobytes and covers the whole run, generation included.
      const peakRss = process.resourceUsage().maxRSS * 1024
      return [
        { label: 'file size', value: megabytes(bytes.byteLength) },
        { label: 'platform detected', value: platform },
        { label: 'records (bare papaparse)', value: bareRecords.toLocaleString('en-US') },
        { label: 'rows imported', value: result.report.rowsImported.toLocaleString('en-US') },
        { label: 'people created', value: result.report.peopleCreated.toLocaleString('en-US') },
        { label: 'persisted JSON', value: megabytes(persisted) },
        { label: 'bare papaparse parse', value: milliseconds(bareMs) },
        { label: 'whole import', value: milliseconds(importMs) },
        { label: 'ratio (import / bare parse)', value: `${(importMs / bareMs).toFixed(1)}×` },
        { label: '  decode + parse', value: milliseconds(parsedAt - importStart) },
        { label: '  guess + map rows', value: milliseconds(mappedAt - parsedAt) },
        { label: '  identity + apply', value: milliseconds(appliedAt - mappedAt) },
        { label: '  JSON as persisted', value: milliseconds(importEnd - appliedAt) },
        { label: 'RSS at end', value: megabytes(process.memoryUsage().rss) },
        { label: 'peak RSS (maxRSS)', value: megabytes(peakRss) },
      ]
    } finally {
      rmSync(path, { force: true })
    }
  },
}
