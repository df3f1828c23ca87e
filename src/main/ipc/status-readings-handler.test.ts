/**
 * The organizer's readings of a status column's values are remembered with the import, per
 * platform and question, and survive a restart; an old settings file stays valid.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../tests/fixtures/csv/read-fixture'
import type { Settings } from '../../shared/schema/workspace'
import { guessColumnMapping } from '../../shared/import/column-mapping'
import { detectPlatform } from '../../shared/import/detect-platform'
import { mapRows } from '../../shared/import/map-rows'
import { parseTable } from '../../shared/import/parse'
import { rememberedReadings } from '../../shared/import/remembered-readings'
import { sequentialIds } from '../../shared/testing/factories'
import { bootWorkspace } from '../boot-workspace'
import { dispatch } from './dispatch'
import type { Handlers } from './handler-types'

let clock = Date.parse('2026-11-23T12:00:00.000Z')
const now = (): Date => new Date((clock += 1000))

async function call<T>(handlers: Handlers, channel: string, payload: unknown): Promise<T> {
  const result = await dispatch(handlers, channel, payload)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

describe('attendees:import remembers status readings', () => {
  it('keeps the organizer’s reading of a form answer for the next import of that question', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'devrel-readings-'))
    const { handlers } = bootWorkspace({ directory, now, newId: sequentialIds('id') })
    const event = await call<{ id: string }>(handlers, 'events:create', {
      title: 'RSVP night',
      start: '2026-03-19T18:30',
      end: '2026-03-19T21:30',
      timeZone: 'Europe/Berlin',
      venue: '',
      city: 'Berlin',
      capacity: null,
    })
    const parsed = parseTable(readFixture('google-forms-rsvp.csv'))
    if (!parsed.ok) throw new Error(parsed.reason)
    const { platform } = detectPlatform(parsed.table.header)
    const mapping = guessColumnMapping(parsed.table.header, platform, parsed.table.records)
    const readings = { 'only if the talks are not recorded': 'maybe' as const }
    const mapped = mapRows(parsed.table, mapping, platform, { statusReadings: readings })
    await call(handlers, 'attendees:import', {
      eventId: event.id,
      platform,
      fileName: 'google-forms-rsvp.csv',
      mapping,
      rows: mapped.rows,
      rowErrors: mapped.rowErrors,
      duplicatesCollapsed: mapped.duplicatesCollapsed,
      statusReadings: { column: 'Will you attend in person?', readings },
    })

    const restarted = bootWorkspace({ directory, now, newId: sequentialIds('id') })
    const loaded = await call<{ snapshot: { settings: Settings } }>(
      restarted.handlers,
      'workspace:load',
      undefined,
    )
    const { settings } = loaded.snapshot
    expect(
      rememberedReadings(settings.statusReadings, 'google-forms', 'Will you attend in person?'),
    ).toEqual(readings)
    expect(settings.columnMappings['google-forms']).toMatchObject({
      status: 'Will you attend in person?',
    })
    // The readings have their own place; the column mappings hold only platforms' mappings.
    expect(Object.keys(settings.columnMappings)).toEqual(['google-forms'])
  })

  it('refuses a reading that is no status', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'devrel-readings-'))
    const { handlers } = bootWorkspace({ directory, now, newId: sequentialIds('id') })
    const result = await dispatch(handlers, 'attendees:import', {
      eventId: 'id1',
      platform: 'generic',
      fileName: 'x.csv',
      mapping: {},
      rows: [],
      rowErrors: [],
      duplicatesCollapsed: 0,
      statusReadings: { column: 'Coming?', readings: { yes: 'probably' } },
    })
    expect(result.ok).toBe(false)
  })
})
