/**
 * Deleting a person on request (DESIGN.md §1.3): everything about them goes, and only one-way
 * hashes of their identifiers stay behind, so that a later import recognises and skips them without
 * the workspace still knowing who they were.
 */
import type {
  MergeRecord,
  MergeSuggestion,
  Person,
  Platform,
  Registration,
  Tombstone,
} from '../domain/schemas'
import { normaliseEmail } from '../import/normalise'
import type { ImportedRow } from '../import/types'
import type { ImportRecord } from '../schema/workspace'
import { sha256Hex } from '../util/sha256'

/**
 * The tombstone hash of an e-mail. Unsalted SHA-256 of a normalised e-mail resists casual reading
 * of the file but not a dictionary of known addresses; a per-workspace salt would need a place in
 * the schema, and the hash must stay stable across machines that share a workspace.
 */
export function emailHash(email: string): string {
  return sha256Hex(normaliseEmail(email))
}

/** The tombstone hash of a platform's own person id, hashed as `platform:id`. */
export function platformIdHash(platform: Platform, id: string): string {
  return sha256Hex(`${platform}:${id.trim()}`)
}

/**
 * The tombstone hash of one row on an event's list. Rows without e-mail or platform id (door sales,
 * phone-only invites) can only be recognised by their key, so re-importing the same file after a
 * deletion does not bring the person back. The `registration:` prefix keeps it apart from
 * `platform:id` hashes.
 */
export function registrationKeyHash(
  eventId: string,
  platform: Platform,
  sourceKey: string,
): string {
  return sha256Hex(`registration:${eventId}:${platform}:${sourceKey.trim()}`)
}

/** The set of tombstone hashes, built once per import so each row checks in constant time. */
export function tombstoneHashSet(tombstones: readonly Tombstone[]): Set<string> {
  return new Set(tombstones.map((tombstone) => tombstone.hash))
}

/**
 * Whether an imported row belongs to a deleted person (DESIGN.md §1.3: "Deleting a person leaves a
 * hashed marker so that a later import does not bring them back"). Any one identifier suffices: a
 * row carrying a deleted e-mail is skipped even when its other identifiers are new. The row's key
 * counts only when it has no e-mail and no platform id, because a ticket reference can be
 * reassigned to someone else, whose own identifiers then speak for them.
 */
export function isTombstoned(
  row: Pick<ImportedRow, 'email' | 'platformPersonId' | 'sourceKey'>,
  tombstoneHashes: ReadonlySet<string>,
  source: { eventId: string; platform: Platform },
): boolean {
  if (tombstoneHashes.size === 0) return false
  const email = normaliseEmail(row.email)
  const platformPersonId = row.platformPersonId.trim()
  if (email !== '' && tombstoneHashes.has(emailHash(email))) return true
  if (
    platformPersonId !== '' &&
    tombstoneHashes.has(platformIdHash(source.platform, platformPersonId))
  )
    return true
  if (email === '' && platformPersonId === '' && row.sourceKey.trim() !== '') {
    return tombstoneHashes.has(registrationKeyHash(source.eventId, source.platform, row.sourceKey))
  }
  return false
}

export interface DeletePersonState {
  people: readonly Person[]
  registrations: readonly Registration[]
  tombstones: readonly Tombstone[]
  mergeSuggestions: readonly MergeSuggestion[]
  merges: readonly MergeRecord[]
  imports: readonly ImportRecord[]
}

export interface DeletedPersonState {
  people: Person[]
  registrations: Registration[]
  tombstones: Tombstone[]
  mergeSuggestions: MergeSuggestion[]
  merges: MergeRecord[]
  imports: ImportRecord[]
}

export type DeletePersonResult =
  | { ok: true; state: DeletedPersonState; tombstonesAdded: number; registrationsRemoved: number }
  | { ok: false; reason: string }

/**
 * Deletes a person at their request (DESIGN.md §1.3): removes the person and their registrations
 * and leaves a `Tombstone` per identifier (each normalised e-mail, each `platform:id`, each keyed
 * row) so a later import skips them. Copies of their data elsewhere go too: merge suggestions
 * naming them (the evidence quotes their name), merge records holding their old versions (which
 * makes those merges permanent), and their entries in import undo data (which is why undoing such
 * an import never brings them back).
 */
export function deletePerson(
  state: DeletePersonState,
  personId: string,
  now: Date,
): DeletePersonResult {
  const person = state.people.find((candidate) => candidate.id === personId)
  if (person === undefined) return { ok: false, reason: 'This person no longer exists.' }

  const ownRegistrations = state.registrations.filter(
    (registration) => registration.personId === personId,
  )
  const hashes = [
    ...person.emails.filter((email) => normaliseEmail(email) !== '').map(emailHash),
    ...person.platformIds.map((platformId) => platformIdHash(platformId.platform, platformId.id)),
    ...ownRegistrations
      .filter((registration) => registration.sourceKey.trim() !== '')
      .map((registration) =>
        registrationKeyHash(registration.eventId, registration.platform, registration.sourceKey),
      ),
  ]
  const known = tombstoneHashSet(state.tombstones)
  const deletedAt = now.toISOString()
  const added: Tombstone[] = []
  for (const hash of hashes) {
    if (known.has(hash)) continue
    known.add(hash)
    added.push({ hash, deletedAt })
  }

  return {
    ok: true,
    tombstonesAdded: added.length,
    registrationsRemoved: ownRegistrations.length,
    state: {
      people: state.people.filter((candidate) => candidate.id !== personId),
      registrations: state.registrations.filter(
        (registration) => registration.personId !== personId,
      ),
      tombstones: [...state.tombstones, ...added],
      mergeSuggestions: state.mergeSuggestions.filter(
        (suggestion) => !suggestion.personIds.includes(personId),
      ),
      merges: state.merges.filter(
        (record) => record.survivorBefore.id !== personId && record.absorbed.id !== personId,
      ),
      imports: state.imports.map((record) => withoutPerson(record, personId)),
    },
  }
}

function withoutPerson(record: ImportRecord, personId: string): ImportRecord {
  const undo = record.undo
  if (undo === null) return record
  const isMentioned =
    undo.createdPersonIds.includes(personId) ||
    undo.previousPeople.some((person) => person.id === personId) ||
    undo.replacedRegistrations.some((registration) => registration.personId === personId)
  if (!isMentioned) return record
  const [theirs, others] = partition(
    undo.replacedRegistrations,
    (registration) => registration.personId === personId,
  )
  return {
    ...record,
    undo: {
      createdPersonIds: undo.createdPersonIds.filter((id) => id !== personId),
      // Before the import such a registration was theirs, so undoing it must remove it rather
      // than restore their copy: tracked from now on as if the import had added it.
      addedRegistrationIds: [
        ...undo.addedRegistrationIds,
        ...theirs.map((registration) => registration.id),
      ],
      replacedRegistrations: others,
      previousPeople: undo.previousPeople.filter((person) => person.id !== personId),
    },
  }
}

function partition<T>(items: readonly T[], isFirst: (item: T) => boolean): [T[], T[]] {
  const first: T[] = []
  const second: T[] = []
  for (const item of items) (isFirst(item) ? first : second).push(item)
  return [first, second]
}
