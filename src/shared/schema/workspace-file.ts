/**
 * The whole workspace in one file, for moving to another computer or keeping a copy elsewhere: a
 * format marker, the schema version it was written at, and every file's data. Reading one goes
 * through the same migrations as opening the workspace: an older file is migrated, a newer one is
 * refused, and a damaged or half-written one is refused with the reason.
 */
import type { Person, Registration, Tombstone } from '../domain/schemas'
import {
  deletePerson,
  emailHash,
  platformIdHash,
  registrationKeyHash,
  tombstoneHashSet,
} from '../identity/delete-person'
import { forgetPerson } from '../identity/forget-person'
import { CURRENT_SCHEMA_VERSION, migrateFile } from './migrations'
import {
  emptyWorkspaceFiles,
  WORKSPACE_FILE_NAMES,
  type WorkspaceFileName,
  type WorkspaceFiles,
} from './workspace'

export const WORKSPACE_FILE_FORMAT = 'devrel-os-workspace'

export type WorkspaceFilesResult =
  | { kind: 'ok'; files: WorkspaceFiles; migratedFrom: number | null }
  | { kind: 'too-new'; version: number }
  | { kind: 'invalid'; reason: string }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The workspace as one JSON document. Compact: with 50,000 people, indentation doubles the size. */
export function buildWorkspaceFile(files: WorkspaceFiles, exportedAt: string): string {
  return JSON.stringify({
    format: WORKSPACE_FILE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt,
    files,
  })
}

/** Reads a workspace file's text: migrated and validated files, or why it cannot be used. Pure. */
export function readWorkspaceFile(text: string): WorkspaceFilesResult {
  if (text.trim() === '') return { kind: 'invalid', reason: 'the file is empty' }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return {
      kind: 'invalid',
      reason: 'the file is incomplete or damaged (it is not valid JSON; it may have been cut off)',
    }
  }
  if (!isObject(parsed) || parsed['format'] !== WORKSPACE_FILE_FORMAT) {
    return { kind: 'invalid', reason: 'it is not a DevRel OS workspace file' }
  }
  const { schemaVersion, files } = parsed
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return { kind: 'invalid', reason: 'the file has no schema version' }
  }
  if (schemaVersion > CURRENT_SCHEMA_VERSION) return { kind: 'too-new', version: schemaVersion }
  if (!isObject(files)) return { kind: 'invalid', reason: 'the file holds no workspace data' }
  const parts: Partial<Record<WorkspaceFileName, unknown>> = {}
  for (const name of WORKSPACE_FILE_NAMES) {
    const data = files[name]
    if (data === undefined) {
      // A file this version has must be there; an older version may predate some files.
      if (schemaVersion === CURRENT_SCHEMA_VERSION) {
        return { kind: 'invalid', reason: `the file is incomplete: it has no ${name}` }
      }
      continue
    }
    if (!isObject(data)) return { kind: 'invalid', reason: `${name}: not an object` }
    parts[name] = { ...data, schemaVersion }
  }
  return migrateWorkspaceFiles(parts)
}

/**
 * Migrates and validates a set of parsed files, each carrying its own `schemaVersion`; a file that
 * is absent starts empty, as when the workspace was saved before that file existed.
 */
export function migrateWorkspaceFiles(
  parts: Partial<Record<WorkspaceFileName, unknown>>,
): WorkspaceFilesResult {
  const files = emptyWorkspaceFiles()
  let migratedFrom: number | null = null
  for (const name of WORKSPACE_FILE_NAMES) {
    if (parts[name] === undefined) continue
    const result = migrateFile(name, parts[name])
    if (result.kind === 'too-new') return result
    if (result.kind === 'invalid') return { kind: 'invalid', reason: `${name}: ${result.reason}` }
    setFile(files, name, result.data)
    if (result.migratedFrom !== null) {
      migratedFrom = Math.min(migratedFrom ?? result.migratedFrom, result.migratedFrom)
    }
  }
  return { kind: 'ok', files, migratedFrom }
}

/**
 * Keeps people deleted at their request deleted when a whole workspace replaces this one (an
 * import, a restore; DESIGN.md §1.3): the tombstones live in the people file the replacement
 * overwrites, so an export taken before a deletion would otherwise bring the person back and drop
 * their tombstone. The current tombstones join the incoming ones, and every incoming person one of
 * the added ones recognises is deleted again the way `attendees:delete-person` deletes:
 * `deletePerson` for the people and registration files, `forgetPerson` for their card, follow-ups,
 * intros and retro picks. Returns how many people were deleted again. Pure.
 */
export function keepDeletedPeopleDeleted(
  incoming: WorkspaceFiles,
  tombstones: readonly Tombstone[],
  now: Date,
): { files: WorkspaceFiles; keptDeleted: number } {
  const known = tombstoneHashSet(incoming.people.tombstones)
  const missing = tombstones.filter((tombstone) => !known.has(tombstone.hash))
  // Only deletions the incoming workspace does not know of can have left someone in it. Usually
  // there are none (a backup or an export taken after them), and hashing 50,000 people's
  // identifiers, about 2 s, is skipped.
  const deleted =
    missing.length === 0
      ? []
      : recognisedPeople(incoming.people.people, incoming.registrations, tombstoneHashSet(missing))
  const merged = [...incoming.people.tombstones, ...missing]
  let state = {
    ...incoming.people,
    ...incoming.registrations,
    tombstones: merged,
  }
  let board = incoming.board.board
  let journal = incoming.journal
  for (const personId of deleted) {
    const result = deletePerson(state, personId, now)
    if (!result.ok) continue
    state = result.state
    ;({ board, journal } = forgetPerson(board, journal, personId))
  }
  return {
    files: {
      ...incoming,
      people: {
        people: state.people,
        tombstones: state.tombstones,
        mergeSuggestions: state.mergeSuggestions,
        merges: state.merges,
      },
      registrations: { registrations: state.registrations, imports: state.imports },
      board: { board },
      journal,
    },
    keptDeleted: deleted.length,
  }
}

/**
 * The ids of the people a tombstone recognises, by the rule an attendee import applies to each row
 * (`isTombstoned`): any e-mail or platform id; a row's key only for someone with neither, because
 * a ticket reference can be reassigned to someone else, whose own identifiers then speak for them.
 */
function recognisedPeople(
  people: readonly Person[],
  registrations: { registrations: readonly Registration[] },
  hashes: ReadonlySet<string>,
): string[] {
  const keyed = new Map<string, Registration[]>()
  for (const registration of registrations.registrations) {
    if (registration.sourceKey.trim() === '') continue
    const theirs = keyed.get(registration.personId)
    if (theirs === undefined) keyed.set(registration.personId, [registration])
    else theirs.push(registration)
  }
  return people
    .filter((person) => {
      const emails = person.emails.filter((email) => email.trim() !== '')
      if (emails.some((email) => hashes.has(emailHash(email)))) return true
      if (person.platformIds.some(({ platform, id }) => hashes.has(platformIdHash(platform, id))))
        return true
      if (emails.length > 0 || person.platformIds.length > 0) return false
      return (keyed.get(person.id) ?? []).some((registration) =>
        hashes.has(
          registrationKeyHash(registration.eventId, registration.platform, registration.sourceKey),
        ),
      )
    })
    .map((person) => person.id)
}

function setFile<N extends WorkspaceFileName>(
  files: WorkspaceFiles,
  name: N,
  data: WorkspaceFiles[N],
): void {
  files[name] = data
}
