import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, migrateFile, type Migration } from './migrations'
import { DEFAULT_SETTINGS } from './workspace'

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
})
