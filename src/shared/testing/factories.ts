/**
 * Builders for test data: a complete, valid record with only what a test cares about spelled out.
 * Used by tests only.
 */
import type { Demo } from '../domain/demo-schemas'
import type { Event, Person, Registration } from '../domain/schemas'
import type { ImportedRow } from '../import/types'
import { defaultDemoContract } from '../events/event-lifecycle'
import { DEFAULT_SETTINGS } from '../schema/workspace'

/** An event that ran on 2026-10-20 in UTC, done, with the default contract; override any field. */
export function makeEvent(overrides: Partial<Event> & { id: string }): Event {
  return {
    title: `Event ${overrides.id}`,
    start: '2026-10-20T18:00',
    end: '2026-10-20T21:00',
    timeZone: 'UTC',
    venue: '',
    city: '',
    capacity: null,
    status: 'done',
    statusHistory: [],
    createdAt: '2026-09-01T10:00:00.000Z',
    demoContract: defaultDemoContract(DEFAULT_SETTINGS),
    gateOverrides: [],
    demoTargetMetAt: null,
    ...overrides,
  }
}

/** Ids `prefix1`, `prefix2`, … — deterministic, so tests can name what they expect. */
export function sequentialIds(prefix: string): () => string {
  let next = 0
  return () => `${prefix}${(next += 1)}`
}

/** An imported row at `line` with empty fields, going, attendance unknown; override any field. */
export function importedRow(line: number, fields: Partial<ImportedRow>): ImportedRow {
  return {
    line,
    name: '',
    email: '',
    platformPersonId: '',
    sourceKey: '',
    status: 'going',
    attendance: 'unknown',
    ticketType: '',
    registeredAt: '',
    answers: {},
    ...fields,
  }
}

/** A Luma registration, going, attendance unknown; override any field. */
export function makeRegistration(
  overrides: Partial<Registration> & { id: string; eventId: string; personId: string },
): Registration {
  return {
    platform: 'luma',
    sourceKey: overrides.id,
    status: 'going',
    attendance: 'unknown',
    ticketType: '',
    registeredAt: '',
    answers: {},
    importId: null,
    ...overrides,
  }
}

/** A demo of `eventId` in `state`; confirmed ones need their `runOrder` passed. */
export function makeDemo(id: string, state: Demo['state'], overrides: Partial<Demo> = {}): Demo {
  return {
    id,
    eventId: 'e1',
    personId: `p-${id}`,
    title: `Demo ${id}`,
    pitch: '',
    links: [],
    state,
    stateHistory: [{ state, at: '2026-11-01T10:00:00.000Z' }],
    screening: null,
    waitlistedAt: null,
    runOrder: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  }
}

/** A person known since 2026-01-01 with no e-mail, id, notes or tags; named by their id. */
export function makePerson(id: string, overrides: Partial<Person> = {}): Person {
  return {
    id,
    name: id,
    emails: [],
    platformIds: [],
    notes: '',
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  }
}
