/**
 * registrations.json as it is written from schema version 5 on (issue 17, a lean store): the
 * registrations column-wise (column-codec.ts), with the values that repeat (event, platform,
 * status, attendance, ticket type, import) stored once and referenced, answers by question, and
 * each import's undo data compact too: the ids of the registrations it added and of the people it
 * created as runs of rows of the registrations (200,000 ids become `[[0, 200000]]`), the rows it
 * replaced and the people it overwrote column-wise. Memory keeps the shapes of workspace.ts. Pure.
 */
import {
  decodeIdList,
  decodeTable,
  decodingSafely,
  DamagedColumnsError,
  encodeIdList,
  encodeTable,
  storedObject,
  type StoredForm,
  type TableForm,
} from './column-codec'
import { decodePeople, encodePeople } from './people-encoding'
import type { ImportRecord, WorkspaceFiles } from './workspace'

/** A registration's fields, in registrationSchema's order. */
export const REGISTRATION_TABLE: TableForm = {
  id: 'cell',
  eventId: 'cell',
  personId: 'cell',
  platform: 'cell',
  sourceKey: 'cell',
  status: 'cell',
  attendance: 'cell',
  ticketType: 'cell',
  registeredAt: 'cell',
  answers: 'answers',
  importId: 'cell',
}

function encodeRegistrationsFile(data: WorkspaceFiles['registrations']): Record<string, unknown> {
  const { registrations } = data
  const idAt = (row: number): unknown => registrations[row]?.id
  const personAt = (row: number): unknown => registrations[row]?.personId
  const encodeImport = (record: ImportRecord): object => {
    const { undo } = record
    if (undo === null) return record
    return {
      ...record,
      undo: {
        createdPersonIds: encodeIdList(undo.createdPersonIds, registrations.length, personAt),
        addedRegistrationIds: encodeIdList(undo.addedRegistrationIds, registrations.length, idAt),
        replacedRegistrations: encodeTable(REGISTRATION_TABLE, undo.replacedRegistrations),
        previousPeople: encodePeople(undo.previousPeople),
      },
    }
  }
  return {
    ...data,
    registrations: encodeTable(REGISTRATION_TABLE, registrations),
    imports: data.imports.map(encodeImport),
  }
}

function decodeRegistrationsFile(stored: Record<string, unknown>): Record<string, unknown> {
  const registrations = decodeTable(REGISTRATION_TABLE, stored['registrations'], 'registrations')
  const imports = stored['imports']
  if (!Array.isArray(imports)) throw new DamagedColumnsError('imports', 'expected a list')
  let columns: { id: unknown[]; personId: unknown[] } | null = null
  const columnsOf = () =>
    (columns ??= {
      id: registrations.map((registration) => registration['id']),
      personId: registrations.map((registration) => registration['personId']),
    })
  return {
    ...stored,
    registrations,
    imports: imports.map((record: unknown, index) => {
      const path = `imports.${index}`
      const undo = storedObject(record, path)['undo']
      // No undo data (null), or a value the schema check after this will name.
      if (undo === null || typeof undo !== 'object' || Array.isArray(undo)) return record
      const parts = storedObject(undo, `${path}.undo`)
      return {
        ...(record as object),
        undo: {
          createdPersonIds: decodeIdList(
            parts['createdPersonIds'],
            columnsOf().personId,
            `${path}.undo.createdPersonIds`,
          ),
          addedRegistrationIds: decodeIdList(
            parts['addedRegistrationIds'],
            columnsOf().id,
            `${path}.undo.addedRegistrationIds`,
          ),
          replacedRegistrations: decodeTable(
            REGISTRATION_TABLE,
            parts['replacedRegistrations'],
            `${path}.undo.replacedRegistrations`,
          ),
          previousPeople: decodePeople(parts['previousPeople'], `${path}.undo.previousPeople`),
        },
      }
    }),
  }
}

export const REGISTRATIONS_FILE_FORM: StoredForm<WorkspaceFiles['registrations']> = {
  encode: encodeRegistrationsFile,
  decode: decodingSafely(decodeRegistrationsFile),
}
