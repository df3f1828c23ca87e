import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DoorEntry, StageEntry } from '../domain/night-schemas'
import { everythingVersion3Held, version3Files } from '../testing/version-3-workspace'
import { everythingVersion4Held, version4Files } from '../testing/version-4-workspace'
import {
  CURRENT_SCHEMA_VERSION,
  filesAtVersion,
  migrateFile,
  MIGRATIONS,
  storedFile,
  type Migration,
} from './migrations'
import { DEFAULT_SETTINGS, WORKSPACE_FILE_NAMES, type WorkspaceFileName } from './workspace'

/** An event as version 1 wrote it (tests/fixtures/workspace-v1), and as version 2 did. */
const v1Event = {
  id: 'v1-event-1',
  title: 'AI Demo Night #1',
  start: '2026-10-15T18:30',
  end: '2026-10-15T21:30',
  timeZone: 'Europe/Berlin',
  venue: 'Kreuzberg Loft',
  city: 'Berlin',
  capacity: 100,
  status: 'planning',
  statusHistory: [{ status: 'planning', at: '2026-09-01T10:00:00.000Z' }],
  createdAt: '2026-09-01T10:00:00.000Z',
}
const v2Event = {
  ...v1Event,
  demoContract: {
    slotCount: 6,
    minutesPerDemo: 7,
    expectations: 'Show it working.',
    isWipWelcome: true,
    demoTarget: 3,
  },
  gateOverrides: [
    {
      id: 'o1',
      gate: 'announce-demos',
      reason: 'Venue needed the date public this week',
      at: '2026-09-02T08:59:00.000Z',
    },
  ],
  demoTargetMetAt: null,
}

describe('migrateFile', () => {
  it('reads a current file as it is', () => {
    const result = migrateFile('events', {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      events: [],
      demos: [],
    })
    expect(result).toEqual({ kind: 'ok', data: { events: [], demos: [] }, migratedFrom: null })
  })

  it('runs each step above the file version, in order, then validates', () => {
    const steps: Migration[] = [
      { to: 2, description: 'rename', up: { settings: (data) => ({ renamed: data['original'] }) } },
      {
        to: 3,
        description: 'reshape',
        up: {
          settings: (data) => ({
            settings: { ...DEFAULT_SETTINGS, defaultDemoTarget: Number(data['renamed']) },
          }),
        },
      },
    ]
    const result = migrateFile('settings', { schemaVersion: 1, original: '4' }, steps, 3)
    expect(result).toEqual({
      kind: 'ok',
      migratedFrom: 1,
      data: { settings: { ...DEFAULT_SETTINGS, defaultDemoTarget: 4 } },
    })
  })

  it.each([
    [
      { schemaVersion: CURRENT_SCHEMA_VERSION + 1, events: [] },
      { kind: 'too-new', version: CURRENT_SCHEMA_VERSION + 1 },
    ],
    [null, { kind: 'invalid', reason: 'the file does not hold a JSON object' }],
    [[], { kind: 'invalid', reason: 'the file does not hold a JSON object' }],
    [{ events: [] }, { kind: 'invalid', reason: 'the file has no schema version' }],
    [
      { schemaVersion: 0, events: [] },
      { kind: 'invalid', reason: 'the file has no schema version' },
    ],
  ])('refuses %j', (input, expected) => {
    expect(migrateFile('events', input)).toEqual(expected)
  })

  it('names the field that does not match', () => {
    const result = migrateFile('events', {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      events: [{ id: 'x' }],
    })
    expect(result.kind).toBe('invalid')
    expect(result.kind === 'invalid' && result.reason).toMatch(/^events\.0\.title:/)
  })

  it('ignores the key electron-store adds for itself', () => {
    const result = migrateFile('events', {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      events: [],
      demos: [],
      __internal__: {},
    })
    expect(result).toEqual({ kind: 'ok', data: { events: [], demos: [] }, migratedFrom: null })
  })

  it('reports a step that throws as a damaged file, never throws itself', () => {
    const steps: Migration[] = [
      {
        to: 2,
        description: 'breaks',
        up: {
          events: () => {
            throw new TypeError("Cannot read properties of null (reading 'map')")
          },
        },
      },
    ]
    expect(migrateFile('events', { schemaVersion: 1, events: [] }, steps, 2)).toEqual({
      kind: 'invalid',
      reason:
        "it could not be updated to version 2 (Cannot read properties of null (reading 'map'))",
    })
  })
})

/**
 * A file that does not fit its own version's shape is damaged: refused with the field that does
 * not fit (so the open restores it from a backup, and an import says what is wrong), before any
 * step reads it. Issue 14: `{"schemaVersion":1,"events":null}` stopped the app from starting.
 */
describe('a file that does not fit its version', () => {
  it.each<[string, number, WorkspaceFileName, Record<string, unknown>, RegExp]>([
    ['events that are null', 1, 'events', { events: null }, /^events: .*expected array/],
    ['events that are text', 1, 'events', { events: 'abc' }, /^events: .*expected array/],
    ['no events at all', 1, 'events', {}, /^events: .*expected array/],
    ['an event that is null', 1, 'events', { events: [null] }, /^events\.0: .*expected object/],
    [
      'an event whose title is a number',
      1,
      'events',
      { events: [{ ...v1Event, title: 5 }] },
      /^events\.0\.title: .*expected string/,
    ],
    ['settings that are text', 1, 'settings', { settings: 'abc' }, /^settings: .*expected object/],
    ['settings that are null', 1, 'settings', { settings: null }, /^settings: .*expected object/],
    [
      'a setting of the wrong type',
      1,
      'settings',
      { settings: { defaultDemoTarget: '4' } },
      /^settings\.defaultDemoTarget: .*expected number/,
    ],
    ['people that are null', 1, 'people', { people: null }, /^people: .*expected array/],
    [
      'registrations holding a number',
      1,
      'registrations',
      { registrations: [1], imports: [] },
      /^registrations\.0: .*expected object/,
    ],
    ['events that are null', 2, 'events', { events: null, demos: [] }, /^events: .*expected array/],
    [
      'gate overrides that are text',
      2,
      'events',
      { events: [{ ...v2Event, gateOverrides: 'x' }], demos: [] },
      /^events\.0\.gateOverrides: .*expected array/,
    ],
    [
      'a gate override that is null',
      2,
      'events',
      { events: [{ ...v2Event, gateOverrides: [null] }], demos: [] },
      /^events\.0\.gateOverrides\.0: .*expected object/,
    ],
    ['demos that are text', 2, 'events', { events: [], demos: 'x' }, /^demos: .*expected array/],
    ['a board that is a list', 2, 'board', { board: [] }, /^board: .*expected object/],
  ])(
    '%s in a version %i file is refused, naming the field',
    (_case, version, name, data, reason) => {
      const result = migrateFile(name, { schemaVersion: version, ...data })
      expect(result).toMatchObject({ kind: 'invalid' })
      expect(result.kind === 'invalid' && result.reason).toMatch(reason)
    },
  )

  it.each([
    [1, { events: [v1Event] }],
    [2, { events: [v2Event], demos: [] }],
  ])('reads a good version %i events file', (version, data) => {
    expect(migrateFile('events', { schemaVersion: version, ...data })).toMatchObject({ kind: 'ok' })
  })

  it('never throws, whatever a file of any old version holds in any field', () => {
    const versions = Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, index) => index + 1)
    fc.assert(
      fc.property(
        fc.constantFrom(...versions),
        fc.constantFrom(...WORKSPACE_FILE_NAMES),
        fc.dictionary(
          fc.constantFrom('events', 'demos', 'settings', 'people', 'registrations', 'board'),
          fc.jsonValue(),
        ),
        (version, name, data) => {
          const result = migrateFile(name, { schemaVersion: version, ...data })
          expect(['ok', 'invalid']).toContain(result.kind)
        },
      ),
    )
  })
})

/**
 * Version 4: version 3 added the statuses maybe, invited and unknown, the Humanitix platform and
 * night links without a bump (an older app read such a file as damaged instead of refusing it as
 * newer), and kept the status readings among the column mappings.
 */
describe('version 3 to 4', () => {
  const NOW = new Date('2026-11-23T12:14:00.000Z')

  it('a version 3 workspace migrates: the readings move, nothing else changes', () => {
    const current = everythingVersion3Held(NOW)
    const old = version3Files(current)
    expect(Object.keys(old.settings?.['settings'] as object)).not.toContain('statusReadings')
    for (const name of filesAtVersion(3)) {
      expect(migrateFile(name, old[name]), name).toEqual({
        kind: 'ok',
        data: current[name],
        migratedFrom: 3,
      })
    }
  })

  it('moves only the status keys, and drops a stored reading that was no status, as v3 did', () => {
    const result = migrateFile('settings', {
      schemaVersion: 3,
      settings: {
        ...DEFAULT_SETTINGS,
        statusReadings: undefined,
        columnMappings: {
          luma: { email: 'email', name: 'name' },
          'status:generic:coming?': { yes: 'going', perhaps: 'probably' },
          'status:generic:__proto__': { yes: 'going' },
          statuses: { name: 'x' },
        },
      },
    })
    expect(result).toMatchObject({ kind: 'ok', migratedFrom: 3 })
    const settings = result.kind === 'ok' ? result.data.settings : DEFAULT_SETTINGS
    expect(settings.columnMappings).toEqual({
      luma: { email: 'email', name: 'name' },
      statuses: { name: 'x' },
    })
    expect(settings.statusReadings).toEqual({
      'generic:coming?': { yes: 'going' },
      'generic:__proto__': { yes: 'going' },
    })
    expect(Object.getPrototypeOf(settings.statusReadings)).toBe(Object.prototype)
  })

  it('a version 1 workspace arrives with empty readings and its mappings', () => {
    const result = migrateFile('settings', {
      schemaVersion: 1,
      settings: { defaultTimeZone: 'UTC', columnMappings: { luma: { email: 'email' } } },
    })
    expect(result).toMatchObject({
      kind: 'ok',
      data: { settings: { columnMappings: { luma: { email: 'email' } }, statusReadings: {} } },
    })
  })

  it('a version 3 settings file whose mappings are not text is damaged, naming the field', () => {
    const result = migrateFile('settings', {
      schemaVersion: 3,
      settings: { ...DEFAULT_SETTINGS, columnMappings: { 'status:generic:x': { yes: 1 } } },
    })
    expect(result).toMatchObject({ kind: 'invalid' })
    expect(result.kind === 'invalid' && result.reason).toMatch(
      /^settings\.columnMappings\.status:generic:x\.yes: /,
    )
  })

  it('a file from this version is too new for a version 3 app, not damaged', () => {
    const current = everythingVersion3Held(NOW)
    const v3Steps = MIGRATIONS.filter((step) => step.to <= 3)
    const written = { schemaVersion: CURRENT_SCHEMA_VERSION, ...current.registrations }
    expect(migrateFile('registrations', written, v3Steps, 3)).toEqual({
      kind: 'too-new',
      version: CURRENT_SCHEMA_VERSION,
    })
  })
})

/**
 * Version 5 changes how registrations and people are written (column-wise, repeated values once;
 * issue 17), not what they hold: the step has no `up`, only a stored form.
 */
describe('version 4 to 5', () => {
  const NOW = new Date('2026-11-23T12:14:00.000Z')
  const current = everythingVersion4Held(NOW)
  const v5 = MIGRATIONS.find((step) => step.to === 5)

  it('changes only the encoding: no data step, a stored form for registrations and people', () => {
    expect(v5?.up).toEqual({})
    expect(Object.keys(v5?.storedForm ?? {}).sort()).toEqual(['people', 'registrations'])
  })

  it('a version 4 workspace, written as version 4 wrote it, migrates to the same data', () => {
    const old = JSON.parse(JSON.stringify(version4Files(current))) as ReturnType<
      typeof version4Files
    >
    for (const name of filesAtVersion(4)) {
      expect(migrateFile(name, old[name]), name).toEqual({
        kind: 'ok',
        data: current[name],
        migratedFrom: 4,
      })
    }
  })

  it('writes registrations and people column-wise, everything else as it is, and reads them back', () => {
    for (const name of WORKSPACE_FILE_NAMES) {
      const written = JSON.parse(JSON.stringify(storedFile(name, current[name])))
      expect(written.schemaVersion, name).toBe(CURRENT_SCHEMA_VERSION)
      if (name === 'registrations') {
        expect(written.registrations.count).toBe(current.registrations.registrations.length)
      } else if (name === 'people') {
        expect(written.people.count).toBe(current.people.people.length)
      } else {
        expect(written, name).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, ...current[name] })
      }
      expect(migrateFile(name, written), name).toEqual({
        kind: 'ok',
        data: current[name],
        migratedFrom: null,
      })
    }
  })

  it('a file from this version is too new for a version 4 app, not damaged', () => {
    const v4Steps = MIGRATIONS.filter((step) => step.to <= 4)
    expect(
      migrateFile('registrations', storedFile('registrations', current.registrations), v4Steps, 4),
    ).toEqual({ kind: 'too-new', version: CURRENT_SCHEMA_VERSION })
    expect(migrateFile('people', storedFile('people', current.people), v4Steps, 4)).toEqual({
      kind: 'too-new',
      version: CURRENT_SCHEMA_VERSION,
    })
    expect(migrateFile('settings', storedFile('settings', current.settings), v4Steps, 4)).toEqual({
      kind: 'too-new',
      version: CURRENT_SCHEMA_VERSION,
    })
  })

  it.each<[string, (stored: Record<string, unknown>) => Record<string, unknown>, RegExp]>([
    [
      'a column cut short',
      (stored) => {
        const table = stored['registrations'] as { columns: Record<string, unknown> }
        return {
          ...stored,
          registrations: { ...table, columns: { ...table.columns, sourceKey: ['a'] } },
        }
      },
      /^registrations\.columns\.sourceKey: expected \d+ cells, found 1$/,
    ],
    [
      'a status no registration can have',
      (stored) => {
        const table = stored['registrations'] as { count: number; columns: Record<string, unknown> }
        const status = Array<string>(table.count).fill('probably')
        return { ...stored, registrations: { ...table, columns: { ...table.columns, status } } }
      },
      /^registrations\.0\.status: /,
    ],
    [
      'registrations written one object each, under version 5',
      () => ({ schemaVersion: 5, ...current.registrations }),
      /^registrations: expected a column-wise table$/,
    ],
  ])(
    'a damaged version 5 file, %s, is refused with the place, never thrown',
    (_case, damage, reason) => {
      const stored = JSON.parse(JSON.stringify(storedFile('registrations', current.registrations)))
      const result = migrateFile('registrations', damage(stored))
      expect(result).toMatchObject({ kind: 'invalid' })
      expect(result.kind === 'invalid' && result.reason).toMatch(reason)
    },
  )

  it('reads a version 4 file as its data: version 4 had no stored form', () => {
    // Written by hand as version 4 did, so the test does not lean on the helper above.
    const text = JSON.stringify({ schemaVersion: 4, registrations: [], imports: [] })
    expect(migrateFile('registrations', JSON.parse(text))).toEqual({
      kind: 'ok',
      data: { registrations: [], imports: [] },
      migratedFrom: 4,
    })
  })
})

/**
 * Version 6 adds the community pulse's file (chat.json, issue 19): a workspace of version 5 has
 * none and opens with it empty; no other file changes.
 */
describe('version 5 to 6', () => {
  const NOW = new Date('2026-11-23T12:14:00.000Z')
  const current = everythingVersion4Held(NOW)
  const v6 = MIGRATIONS.find((step) => step.to === 6)

  it('adds the chat file and changes no data', () => {
    expect(v6?.up).toEqual({})
    expect(v6?.addsFiles).toEqual(['chat'])
    expect(filesAtVersion(5)).not.toContain('chat')
    expect(filesAtVersion(6)).toContain('chat')
  })

  it('every file of a version 5 workspace migrates to the same data', () => {
    for (const name of filesAtVersion(5)) {
      const written = JSON.parse(JSON.stringify(storedFile(name, current[name], MIGRATIONS, 5)))
      expect(written.schemaVersion, name).toBe(5)
      expect(migrateFile(name, written), name).toEqual({
        kind: 'ok',
        data: current[name],
        migratedFrom: 5,
      })
    }
  })

  it('a chat file from this version is too new for a version 5 app', () => {
    const v5Steps = MIGRATIONS.filter((step) => step.to <= 5)
    const chat = storedFile('chat', current.chat)
    expect(migrateFile('chat', chat, v5Steps, 5)).toEqual({
      kind: 'too-new',
      version: CURRENT_SCHEMA_VERSION,
    })
  })
})

/**
 * Version 7 is the night itself (issue 18): the journal's door and stage logs, an intro's topic and
 * walk-in registrations of the `door` platform. A journal of version 6 had no logs and opens with
 * them empty; a file of version 7 is refused by a version 6 app as newer, never read without them.
 */
describe('version 6 to 7', () => {
  const NOW = new Date('2026-11-23T12:14:00.000Z')
  const current = everythingVersion4Held(NOW)
  const v6Steps = MIGRATIONS.filter((step) => step.to <= 6)
  const doorEntry: DoorEntry = {
    id: 'door-1',
    eventId: 'e1',
    registrationId: 'r1',
    personId: 'p1',
    action: 'check-in',
    at: '2026-11-23T18:31:00.000Z',
    method: 'walk-in',
    reason: '',
    isFirstTime: true,
  }
  const stageEntry: StageEntry = {
    id: 'stage-1',
    eventId: 'e1',
    demoId: 'd1',
    outcome: 'ran',
    startedAt: '2026-11-23T19:00:00.000Z',
    endedAt: '2026-11-23T19:08:30.000Z',
    plannedMinutes: 7,
    seconds: 510,
  }

  it('a version 6 journal, which had no logs, opens with both empty and nothing else changed', () => {
    const { doorLog: _door, stageLog: _stage, ...journal } = current.journal
    const written = { schemaVersion: 6, ...journal }
    expect(migrateFile('journal', JSON.parse(JSON.stringify(written)))).toEqual({
      kind: 'ok',
      data: { ...journal, doorLog: [], stageLog: [] },
      migratedFrom: 6,
    })
  })

  it('keeps logs a build from before the bump already wrote under version 6', () => {
    const written = { schemaVersion: 6, ...current.journal, doorLog: [doorEntry] }
    const result = migrateFile('journal', written)
    expect(result.kind === 'ok' && result.data.doorLog).toEqual([doorEntry])
  })

  it('every other file of a version 6 workspace migrates to the same data', () => {
    for (const name of filesAtVersion(6)) {
      const written = JSON.parse(JSON.stringify(storedFile(name, current[name], MIGRATIONS, 6)))
      expect(migrateFile(name, written), name).toEqual({
        kind: 'ok',
        data: current[name],
        migratedFrom: 6,
      })
    }
  })

  it('a version 6 journal whose door log is not a list is damaged, naming the field', () => {
    const result = migrateFile('journal', { schemaVersion: 6, ...current.journal, doorLog: 'x' })
    expect(result).toMatchObject({ kind: 'invalid' })
    expect(result.kind === 'invalid' && result.reason).toMatch(/^doorLog: /)
  })

  it('a journal with a night and a walk-in registration from this version are too new for a version 6 app', () => {
    const journal = {
      ...current.journal,
      doorLog: [doorEntry],
      stageLog: [stageEntry],
      intros: current.journal.intros.map((intro) => ({ ...intro, about: 'GPU scheduling' })),
    }
    expect(migrateFile('journal', storedFile('journal', journal), v6Steps, 6)).toEqual({
      kind: 'too-new',
      version: CURRENT_SCHEMA_VERSION,
    })
    const walkIn = { ...current.registrations.registrations[0]!, platform: 'door' as const }
    const registrations = { ...current.registrations, registrations: [walkIn] }
    expect(
      migrateFile('registrations', storedFile('registrations', registrations), v6Steps, 6),
    ).toEqual({ kind: 'too-new', version: CURRENT_SCHEMA_VERSION })
    // Read back by this version, the night is all there.
    expect(migrateFile('journal', storedFile('journal', journal))).toEqual({
      kind: 'ok',
      data: journal,
      migratedFrom: null,
    })
  })
})
