/** An empty workspace for the diagnostic tests, and people by id. Used by tests only. */
import { DEFAULT_BOARD } from '../domain/board-schemas'
import type { Person } from '../domain/schemas'
import { DEFAULT_SETTINGS } from '../schema/workspace'
import type { DiagnosticInput } from './diagnostic-facts'

export function emptyInput(overrides: Partial<DiagnosticInput> = {}): DiagnosticInput {
  return {
    settings: DEFAULT_SETTINGS,
    events: [],
    demos: [],
    people: [],
    merges: [],
    registrations: [],
    board: DEFAULT_BOARD,
    intros: [],
    checkIns: [],
    followUps: [],
    retros: [],
    frictions: [],
    clusters: [],
    ...overrides,
  }
}

export function peopleNamed(...ids: string[]): Person[] {
  return ids.map((id) => ({
    id,
    name: id,
    emails: [],
    platformIds: [],
    notes: '',
    tags: [],
    createdAt: '2026-01-01T10:00:00.000Z',
  }))
}
