/**
 * people.json as it is written from schema version 5 on: the people column-wise (column-codec.ts),
 * so 50,000 people do not repeat every key 50,000 times; tombstones, merge suggestions and merges
 * (few, and read whole) as they are. Memory keeps the shapes of workspace.ts. Pure.
 */
import type { Person } from '../domain/schemas'
import {
  decodeTable,
  decodingSafely,
  encodeTable,
  type StoredForm,
  type TableForm,
} from './column-codec'
import type { WorkspaceFiles } from './workspace'

/** A person's fields, in personSchema's order. */
export const PERSON_TABLE: TableForm = {
  id: 'cell',
  name: 'cell',
  emails: 'text-list',
  platformIds: { table: { platform: 'cell', id: 'cell' } },
  notes: 'cell',
  tags: 'text-list',
  createdAt: 'cell',
}

/** People column-wise; also the form of an import's undo data `previousPeople`. */
export function encodePeople(people: readonly Person[]): unknown {
  return encodeTable(PERSON_TABLE, people)
}

/** The people of a stored table; throws DamagedColumnsError (column-codec.ts) when damaged. */
export function decodePeople(stored: unknown, path: string): Record<string, unknown>[] {
  return decodeTable(PERSON_TABLE, stored, path)
}

export const PEOPLE_FILE_FORM: StoredForm<WorkspaceFiles['people']> = {
  encode: (data) => ({ ...data, people: encodePeople(data.people) }),
  decode: decodingSafely((stored) => ({
    ...stored,
    people: decodePeople(stored['people'], 'people'),
  })),
}
