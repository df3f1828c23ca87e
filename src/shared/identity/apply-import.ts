/**
 * The workspace-changing half of an attendee import (DESIGN.md §1.3): resolved rows become people
 * and registrations, re-imports update instead of duplicating, and the import keeps what it needs
 * to be undone exactly.
 */
import type { DoorEntry } from '../domain/night-schemas'
import type {
  Event,
  MergeSuggestion,
  Person,
  Platform,
  Registration,
  Tombstone,
} from '../domain/schemas'
import type { ImportedRow, RowError } from '../import/types'
import type { ImportRecord, NightLink } from '../schema/workspace'
import { doorCheckIns } from '../night/door-rules'
import { resolveIdentity } from './resolve-identity'

/** How many of the most recent imports keep undo data, so files do not grow without bound. */
export const UNDOABLE_IMPORTS = 5

export interface ImportReport {
  importId: string
  eventId: string
  platform: Platform
  fileName: string
  /** Rows that became (or updated) a registration. */
  rowsImported: number
  peopleCreated: number
  /** Distinct people already in the workspace whom rows were matched to. */
  peopleMatched: number
  /** Registrations that did not exist before this import. */
  registrationsAdded: number
  /** Registrations that existed before this import and were written again from a row. */
  registrationsUpdated: number
  /** Bad rows and rows of deleted people, by line, each with its reason. */
  rowsSkipped: { line: number; reason: string }[]
  duplicatesCollapsed: number
  /** Possible duplicates found by this import, offered for review (never merged silently). */
  suggestions: MergeSuggestion[]
  /**
   * Rows linked by name to the one person on another list of the same night ("matched by name
   * within this night"), one group with its evidence, each reversible.
   */
  nightLinks: NightLink[]
  /** What this list merged with the door's record of the night; null where the door recorded none. */
  doorMerge: DoorMerge | null
}

/**
 * An export imported after the door was open (DESIGN.md §1.10): the door's check-ins stand, with
 * the door's times, and a person on both counts once.
 */
export interface DoorMerge {
  /** People on this list whom the door checked in. */
  checkedInAtDoor: number
  /** Of them, those the list has as not checked in: the door's check-in stands. */
  keptFromDoor: number
  /** People the door checked in who are not on this list (walk-ins, other lists). */
  notOnList: number
}

export interface ApplyImportInput {
  people: readonly Person[]
  tombstones: readonly Tombstone[]
  mergeSuggestions: readonly MergeSuggestion[]
  registrations: readonly Registration[]
  imports: readonly ImportRecord[]
  /** For the event's title in suggestion evidence; optional because nothing else needs it. */
  events?: readonly Event[]
  /** The door's record of the nights (journal): its check-ins win over the list's attendance. */
  doorLog?: readonly DoorEntry[]
}

export interface ApplyImportRequest {
  eventId: string
  platform: Platform
  fileName: string
  rows: readonly ImportedRow[]
  rowErrors: readonly RowError[]
  duplicatesCollapsed: number
  /** The event was created for this import: undoing it removes the event while it is unused. */
  isEventCreated?: boolean
}

export interface ApplyImportResult {
  people: Person[]
  mergeSuggestions: MergeSuggestion[]
  registrations: Registration[]
  imports: ImportRecord[]
  report: ImportReport
}

/**
 * Applies one event's imported rows to the workspace (DESIGN.md §1.3: "Re-importing the same file,
 * or a newer export of the same event, updates; it never duplicates"; "one bad row never stops the
 * good ones, and nothing already stored is lost").
 *
 * A registration is the same one again when it has the same (event, platform, row key); a row
 * without a key updates the person's registration for the event on the same platform. The platform
 * is part of a keyless match because a person can be on both the Luma and the Meetup list of one
 * event; letting a Meetup row overwrite the Luma registration would lose its key, and the next Luma
 * re-import would then duplicate it.
 */
export function applyImport(
  input: ApplyImportInput,
  request: ApplyImportRequest,
  ctx: { now: Date; newId: () => string },
): ApplyImportResult {
  const { eventId, platform } = request
  const importId = ctx.newId()
  const eventTitle = input.events?.find((event) => event.id === eventId)?.title ?? 'the same event'

  const identity = resolveIdentity(
    input,
    { eventId, eventTitle, platform, rows: request.rows },
    ctx,
  )

  // This event's list on this platform: the registrations it had, then the ones this import adds,
  // each at a fixed position and in its latest version. The indexes hold positions, so finding and
  // rewriting a registration needs no lookup by id; on a large import that is one map fewer for
  // every row.
  const list: Registration[] = []
  const positionOfId = new Map<string, number>()
  const byRowKey = new Map<string, number>()
  // A person mostly has one registration on the list: held as the position itself, since a
  // one-element set per row is 200,000 sets on a large import. Sets, not arrays, where a person
  // has several: one e-mail on 80,000 rows made an `includes` per row quadratic (43 s).
  const byPerson = new Map<string, number | Set<number>>()
  // The person's keyless registrations, which a keyed row may upgrade: kept apart so that a keyed
  // row does not walk every registration of its person to learn there is none.
  const keylessByPerson = new Map<string, Set<number>>()
  const indexRegistration = (position: number): void => {
    const registration = list[position]
    if (registration === undefined) return
    const { personId } = registration
    if (registration.sourceKey !== '') byRowKey.set(registration.sourceKey, position)
    else {
      const keyless = keylessByPerson.get(personId)
      if (keyless === undefined) keylessByPerson.set(personId, new Set([position]))
      else keyless.add(position)
    }
    const positions = byPerson.get(personId)
    if (positions === undefined) byPerson.set(personId, position)
    else if (typeof positions === 'number') {
      if (positions !== position) byPerson.set(personId, new Set([positions, position]))
    } else positions.add(position)
  }
  for (const registration of input.registrations) {
    if (registration.eventId !== eventId || registration.platform !== platform) continue
    // One position per id: a repeated id (a damaged file) takes its last version, as a map would.
    let position = positionOfId.get(registration.id)
    if (position === undefined) {
      position = list.length
      positionOfId.set(registration.id, position)
    }
    list[position] = registration
    indexRegistration(position)
  }
  // Positions from here on are registrations added by this import.
  const firstAdded = list.length

  const replaced = new Map<string, Registration>()
  const addedIds: string[] = []
  const matchedPeople = new Set<string>()
  const skipped: { line: number; reason: string }[] = request.rowErrors.map((error) => ({
    line: error.line,
    reason: error.reason,
  }))

  // The registrations the door checked in tonight, and their people: a row never takes back a
  // check-in the door saw happen, and is reported as merged with it.
  const doorCheckedIn = doorCheckIns(input.doorLog ?? [], eventId)
  const doorPeople = new Set<string>()
  if (doorCheckedIn.size > 0) {
    for (const registration of input.registrations) {
      if (doorCheckedIn.has(registration.id) && registration.attendance === 'checked-in') {
        doorPeople.add(registration.personId)
      }
    }
  }
  const mergedPeople = new Set<string>()
  const keptPeople = new Set<string>()

  const nightLinks: NightLink[] = []
  let rowsImported = 0
  for (const [index, resolution] of identity.resolutions.entries()) {
    if (resolution.kind === 'skipped') {
      skipped.push({ line: resolution.line, reason: resolution.reason })
      continue
    }
    rowsImported += 1
    if (resolution.kind === 'matched') matchedPeople.add(resolution.personId)
    // Resolutions come one per row, in the rows' order.
    const row = request.rows[index]
    if (row === undefined) continue
    if (doorPeople.has(resolution.personId)) {
      mergedPeople.add(resolution.personId)
      if (row.attendance !== 'checked-in') keptPeople.add(resolution.personId)
    }
    // A person created by this row has no registration yet to find under their id.
    const position = findRegistration(row, resolution.personId, resolution.kind !== 'created')
    const existing = position === undefined ? undefined : list[position]

    if (position === undefined || existing === undefined) {
      const registration: Registration = {
        id: ctx.newId(),
        eventId,
        personId: resolution.personId,
        platform,
        sourceKey: row.sourceKey,
        status: row.status,
        attendance: row.attendance,
        ticketType: row.ticketType,
        registeredAt: row.registeredAt,
        // Shared, not copied: this function never changes its rows, nothing changes an answers
        // object once imported (an update builds a new one), and a copy per row is 200,000
        // objects on a large import.
        answers: row.answers,
        importId,
      }
      addedIds.push(registration.id)
      list.push(registration)
      indexRegistration(list.length - 1)
      if (resolution.kind === 'matched' && resolution.night !== undefined) {
        nightLinks.push({
          registrationId: registration.id,
          personId: resolution.personId,
          ...resolution.night,
          undoneAt: null,
          splitPersonId: null,
        })
      }
      continue
    }

    const updated = updateRegistration(
      existing,
      row,
      resolution.personId,
      importId,
      doorCheckedIn.has(existing.id),
    )
    if (position < firstAdded && !replaced.has(existing.id)) replaced.set(existing.id, existing)
    list[position] = updated
    indexRegistration(position)
  }

  // Built by pushing into one array each: mapped-then-spread copies cost a 200,000-row import
  // two extra arrays of every person and every registration.
  const changedPeople = new Map(identity.changedPeople.map((person) => [person.id, person]))
  const people: Person[] = []
  for (const person of input.people) people.push(changedPeople.get(person.id) ?? person)
  for (const person of identity.createdPeople) people.push(person)
  const registrations: Registration[] = []
  for (const registration of input.registrations) {
    const position = replaced.has(registration.id) ? positionOfId.get(registration.id) : undefined
    registrations.push(position === undefined ? registration : (list[position] ?? registration))
  }
  for (let position = firstAdded; position < list.length; position += 1) {
    const registration = list[position]
    if (registration !== undefined) registrations.push(registration)
  }
  const record: ImportRecord = {
    id: importId,
    eventId,
    fileName: request.fileName,
    platform,
    importedAt: ctx.now.toISOString(),
    rowCount: rowsImported,
    undo: {
      createdPersonIds: identity.createdPeople.map((person) => person.id),
      addedRegistrationIds: addedIds,
      replacedRegistrations: [...replaced.values()],
      previousPeople: identity.previousPeople,
    },
    undoneAt: null,
    ...(request.isEventCreated === true ? { createdEventId: eventId } : {}),
    ...(nightLinks.length > 0 ? { nightLinks } : {}),
  }

  return {
    people,
    mergeSuggestions: [...input.mergeSuggestions, ...identity.suggestions],
    registrations,
    imports: pruneUndoData([...input.imports, record]),
    report: {
      importId,
      eventId,
      platform,
      fileName: request.fileName,
      rowsImported,
      peopleCreated: identity.createdPeople.length,
      peopleMatched: matchedPeople.size,
      registrationsAdded: addedIds.length,
      registrationsUpdated: replaced.size,
      rowsSkipped: skipped.sort((a, b) => a.line - b.line),
      duplicatesCollapsed: request.duplicatesCollapsed,
      suggestions: identity.suggestions,
      nightLinks,
      doorMerge:
        doorPeople.size === 0
          ? null
          : {
              checkedInAtDoor: mergedPeople.size,
              keptFromDoor: keptPeople.size,
              notOnList: doorPeople.size - mergedPeople.size,
            },
    },
  }

  /** The position on the list of the registration this row rewrites, if any. */
  function findRegistration(
    row: ImportedRow,
    personId: string,
    canHaveOwn: boolean,
  ): number | undefined {
    if (row.sourceKey !== '') {
      const keyed = byRowKey.get(row.sourceKey)
      if (keyed !== undefined) return keyed
    }
    if (!canHaveOwn) return undefined
    // A keyed row may upgrade the person's keyless registration (an older export without the key
    // column); a keyless row takes the person's registration on this list, keyless ones first.
    const keyless = keylessByPerson.get(personId)
    if (keyless !== undefined) {
      for (const position of keyless) {
        const registration = list[position]
        if (registration?.personId === personId && registration.sourceKey === '') return position
        // A registration that gained a key never loses it, and one that moved to another person
        // is indexed again if it comes back, so a stale entry goes: each is walked past once.
        keyless.delete(position)
      }
    }
    if (row.sourceKey !== '') return undefined
    const positions = byPerson.get(personId)
    if (typeof positions === 'number') {
      return list[positions]?.personId === personId ? positions : undefined
    }
    for (const position of positions ?? []) {
      if (list[position]?.personId === personId) return position
    }
    return undefined
  }
}

/**
 * The registration rewritten from a newer row. A row without check-in data (`unknown`) keeps a
 * known attendance, because "no data" is not "did not attend"; empty cells keep what was known.
 * A check-in the door recorded stands whatever the list says: the door saw them come in.
 */
function updateRegistration(
  existing: Registration,
  row: ImportedRow,
  personId: string,
  importId: string,
  isCheckedInAtDoor = false,
): Registration {
  return {
    ...existing,
    personId,
    sourceKey: row.sourceKey !== '' ? row.sourceKey : existing.sourceKey,
    status: row.status,
    attendance:
      row.attendance === 'unknown' || isCheckedInAtDoor ? existing.attendance : row.attendance,
    ticketType: row.ticketType !== '' ? row.ticketType : existing.ticketType,
    registeredAt: row.registeredAt !== '' ? row.registeredAt : existing.registeredAt,
    answers: { ...existing.answers, ...row.answers },
    importId,
  }
}

/**
 * Keeps undo data for the most recent imports that are still in effect and drops it for older
 * ones (DESIGN.md §3: files must not grow without bound). Undone imports do not count: they no
 * longer need their data.
 */
export function pruneUndoData(imports: readonly ImportRecord[]): ImportRecord[] {
  let kept = 0
  const pruned = [...imports]
  for (let index = pruned.length - 1; index >= 0; index -= 1) {
    const record = pruned[index]
    if (record === undefined || record.undo === null || record.undoneAt !== null) continue
    kept += 1
    if (kept > UNDOABLE_IMPORTS) pruned[index] = { ...record, undo: null }
  }
  return pruned
}
