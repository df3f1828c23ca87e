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
import { forgetPersonInChats, keepDeletedAuthorsDeleted } from '../chat/apply-chat-import'
import { CURRENT_SCHEMA_VERSION, migrateFile, storedFile } from './migrations'
import {
  emptyWorkspaceFiles,
  WORKSPACE_FILE_NAMES,
  type WorkspaceFileName,
  type WorkspaceFiles,
} from './workspace'

export const WORKSPACE_FILE_FORMAT = 'devrel-os-workspace'

/**
 * What a workspace file may hold, checked before anything in it is validated, so a crafted file
 * is refused in moments (one of 6 MB holding 2,000,000 empty people took 68 s and every byte of
 * memory). Generous: a chapter with 250,000 registrations and the people behind them writes a
 * file of about 150 MB, and no list in it comes near a million.
 */
export const WORKSPACE_FILE_LIMITS = {
  /** Bytes on disk; below the longest text JavaScript can hold (about 512 MB). */
  maxBytes: 400 * 1024 * 1024,
  /** Items in any one list: people, registrations, events… */
  maxItemsPerList: 1_000_000,
} as const

export type WorkspaceFilesResult =
  | { kind: 'ok'; files: WorkspaceFiles; migratedFrom: number | null }
  | { kind: 'too-new'; version: number }
  | { kind: 'invalid'; reason: string }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The workspace as one JSON document. Compact: with 50,000 people, indentation doubles the size.
 * Each file in the form the workspace folder stores it at this version (registrations and people
 * column-wise from version 5), read back by the version at the top, so an older export still reads.
 */
export function buildWorkspaceFile(files: WorkspaceFiles, exportedAt: string): string {
  const stored = WORKSPACE_FILE_NAMES.map((name) => {
    const { schemaVersion: _version, ...data } = storedFile(name, files[name])
    return [name, data] as const
  })
  return JSON.stringify({
    format: WORKSPACE_FILE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt,
    files: Object.fromEntries(stored),
  })
}

/** Reads a workspace file's text: migrated and validated files, or why it cannot be used. Pure. */
export function readWorkspaceFile(text: string): WorkspaceFilesResult {
  // Editors on Windows may save JSON with a byte order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body.trim() === '') return { kind: 'invalid', reason: 'the file is empty' }
  // UTF-8 never takes fewer bytes than characters, so this holds whoever read the file.
  if (body.length > WORKSPACE_FILE_LIMITS.maxBytes) return tooBig()
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
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
  const overfull = overfullList(files)
  if (overfull !== null) return { kind: 'invalid', reason: overfull }
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

const tooBig = (): WorkspaceFilesResult => ({
  kind: 'invalid',
  reason: `the file is larger than a workspace file can be (${fileSize(WORKSPACE_FILE_LIMITS.maxBytes)})`,
})

/** `419 MB`, `12 KB`: rounded up, as a file manager shows a size. */
export function fileSize(bytes: number): string {
  const megabyte = 1024 * 1024
  return bytes < megabyte ? `${Math.ceil(bytes / 1024)} KB` : `${Math.ceil(bytes / megabyte)} MB`
}

/**
 * The first list, anywhere in the files, longer than any workspace has: counted before the
 * records in it are validated, which for millions of them would take minutes and gigabytes. A
 * column-wise table (version 5) counts as the list of its `count` rows, which runs of repeated
 * values could otherwise claim in a few bytes.
 */
function overfullList(files: Record<string, unknown>): string | null {
  const max = WORKSPACE_FILE_LIMITS.maxItemsPerList
  interface Place {
    value: object
    key: string
    parent: Place | null
  }
  const pathOf = (place: Place): string => {
    const keys: string[] = []
    for (let at: Place | null = place; at !== null && at.parent !== null; at = at.parent) {
      keys.unshift(at.key)
    }
    return keys.join('.')
  }
  const pending: Place[] = [{ value: files, key: '', parent: null }]
  for (let place = pending.pop(); place !== undefined; place = pending.pop()) {
    const { value } = place
    const visit = (child: unknown, key: string) => {
      if (typeof child === 'object' && child !== null)
        pending.push({ value: child, key, parent: place })
    }
    if (Array.isArray(value)) {
      if (value.length > max) {
        return (
          `${pathOf(place)} holds ${value.length.toLocaleString('en-US')} items; a workspace file ` +
          `can hold at most ${max.toLocaleString('en-US')} in any list`
        )
      }
      for (let index = 0; index < value.length; index += 1) visit(value[index], String(index))
    } else {
      const { count, columns } = value as Record<string, unknown>
      if (typeof count === 'number' && count > max && typeof columns === 'object') {
        return (
          `${pathOf(place)} holds ${count.toLocaleString('en-US')} rows; a workspace file ` +
          `can hold at most ${max.toLocaleString('en-US')} in any list`
        )
      }
      for (const key in value) {
        if (Object.hasOwn(value, key)) visit((value as Record<string, unknown>)[key], key)
      }
    }
  }
  return null
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
  chatTombstones: readonly string[] = [],
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
  // Group chats too (DESIGN.md §1.11): the authors of people deleted here, and of people the
  // incoming workspace linked and who are deleted again now, leave its chat file.
  let chat = keepDeletedAuthorsDeleted(incoming.chat, chatTombstones)
  for (const personId of deleted) {
    const result = deletePerson(state, personId, now)
    if (!result.ok) continue
    state = result.state
    ;({ board, journal } = forgetPerson(board, journal, personId))
    chat = forgetPersonInChats(chat, personId).file
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
      chat,
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
