/** Undoing an attendee import (DESIGN.md §1.3: "nothing already stored is lost"). */
import type { Demo } from '../domain/demo-schemas'
import type { Event, MergeRecord, MergeSuggestion, Person, Registration } from '../domain/schemas'
import type { ImportRecord } from '../schema/workspace'
import { UNDOABLE_IMPORTS } from './apply-import'

export interface UndoImportState {
  people: readonly Person[]
  registrations: readonly Registration[]
  mergeSuggestions: readonly MergeSuggestion[]
  imports: readonly ImportRecord[]
  merges: readonly MergeRecord[]
}

export interface UndoneImportState {
  people: Person[]
  registrations: Registration[]
  mergeSuggestions: MergeSuggestion[]
  imports: ImportRecord[]
}

export type UndoImportResult =
  { ok: true; state: UndoneImportState } | { ok: false; reason: string }

/**
 * Undoes an import, restoring exactly the people, registrations and merge suggestions as they were
 * before it (DESIGN.md §1.3: "nothing already stored is lost").
 *
 * Refused, with the reason in words, when the undo data was pruned, or when something later built
 * on this import and is still in effect: a later import that rewrote the same registrations or
 * changed the same people, a merge involving them, or registrations that arrived later for a
 * person this import created. Undoing regardless would restore stale versions over that later
 * work or leave registrations pointing at nobody. People deleted since (privacy requests) stay
 * deleted: an undo never brings back a person or their registrations.
 */
export function undoImport(state: UndoImportState, importId: string, now: Date): UndoImportResult {
  const position = state.imports.findIndex((record) => record.id === importId)
  const record = state.imports[position]
  if (record === undefined) return { ok: false, reason: 'This import no longer exists.' }
  const file = `“${record.fileName}”`
  if (record.undoneAt !== null) return { ok: false, reason: `${file} was already undone.` }
  const undo = record.undo
  if (undo === null) {
    return {
      ok: false,
      reason: `${file} can no longer be undone: undo data is kept only for the ${UNDOABLE_IMPORTS} most recent imports.`,
    }
  }

  const createdIds = new Set(undo.createdPersonIds)
  const changedIds = new Set(undo.previousPeople.map((person) => person.id))
  const addedIds = new Set(undo.addedRegistrationIds)
  const replacedById = new Map(
    undo.replacedRegistrations.map((registration) => [registration.id, registration]),
  )
  const importsById = new Map(state.imports.map((candidate) => [candidate.id, candidate]))

  for (const later of state.imports.slice(position + 1)) {
    if (later.undoneAt !== null || later.undo === null) continue
    const hasChangedSamePeople = later.undo.previousPeople.some(
      (person) => createdIds.has(person.id) || changedIds.has(person.id),
    )
    if (hasChangedSamePeople) {
      return {
        ok: false,
        reason: `Undo “${later.fileName}” first: it changed people that ${file} created or updated.`,
      }
    }
  }

  const involvedPeople = new Set([...createdIds, ...changedIds])
  for (const registration of undo.replacedRegistrations) involvedPeople.add(registration.personId)
  let hasLaterRegistrations = false
  for (const registration of state.registrations) {
    const isOwn = addedIds.has(registration.id) || replacedById.has(registration.id)
    if (isOwn) {
      involvedPeople.add(registration.personId)
      if (registration.importId !== record.id) {
        const later =
          registration.importId === null ? undefined : importsById.get(registration.importId)
        return {
          ok: false,
          reason:
            later === undefined
              ? `A registration ${file} wrote was changed since; it cannot be undone.`
              : `Undo “${later.fileName}” first: it changed registrations that ${file} wrote.`,
        }
      }
    } else if (createdIds.has(registration.personId)) {
      hasLaterRegistrations = true
    }
  }

  const importedAt = Date.parse(record.importedAt)
  for (const merge of state.merges) {
    if (merge.undoneAt !== null || Date.parse(merge.mergedAt) < importedAt) continue
    if (involvedPeople.has(merge.survivorBefore.id) || involvedPeople.has(merge.absorbed.id)) {
      return {
        ok: false,
        reason: `Unmerge “${merge.survivorBefore.name}” and “${merge.absorbed.name}” first: they were merged after ${file}.`,
      }
    }
  }

  // Checked after merges, whose message is more useful when a merge is what moved them here.
  if (hasLaterRegistrations) {
    return {
      ok: false,
      reason: `People ${file} created have registrations added since; undo those imports first.`,
    }
  }

  const previousById = new Map(undo.previousPeople.map((person) => [person.id, person]))
  // Restoring only people who still exist: someone deleted since stays deleted.
  const people = state.people
    .filter((person) => !createdIds.has(person.id))
    .map((person) => previousById.get(person.id) ?? person)
  const remainingIds = new Set(people.map((person) => person.id))

  const restored = new Set<string>()
  const registrations = state.registrations.flatMap((registration) => {
    if (addedIds.has(registration.id)) return []
    const previous = replacedById.get(registration.id)
    if (previous === undefined) return [registration]
    restored.add(previous.id)
    return remainingIds.has(previous.personId) ? [previous] : []
  })
  // A rewritten registration whose new owner was deleted since still belongs to its old owner.
  for (const previous of undo.replacedRegistrations) {
    if (!restored.has(previous.id) && remainingIds.has(previous.personId)) {
      registrations.push(previous)
    }
  }

  return {
    ok: true,
    state: {
      people,
      registrations,
      // This import's suggestions always name a person it created (only new people are compared
      // by name), so dropping those restores the list as it was.
      mergeSuggestions: state.mergeSuggestions.filter(
        (suggestion) => !suggestion.personIds.some((id) => createdIds.has(id)),
      ),
      imports: state.imports.map((candidate) =>
        candidate.id === record.id
          ? { ...candidate, undo: null, undoneAt: now.toISOString() }
          : candidate,
      ),
    },
  }
}

/** What else could hang on an event, to tell whether an import's own event is still unused. */
export interface EventUse {
  events: readonly Event[]
  registrations: readonly Registration[]
  imports: readonly ImportRecord[]
  demos: readonly Pick<Demo, 'eventId'>[]
  journal: {
    retros: readonly { eventId: string }[]
    followUps: readonly { eventId: string }[]
    intros: readonly { eventId: string | null }[]
    checkIns: readonly { eventId: string }[]
  }
}

/**
 * The event an undone import had created, when nothing else was added to it since (DESIGN.md
 * §1.3; issue 15: "Undo import removes an event the import created"): no registrations left, no
 * other import still in effect, no demo, retro, follow-up, intro or check-in, and still in the
 * status it was created in. Otherwise null: an event someone has worked on is kept.
 */
export function eventToRemoveAfterUndo(record: ImportRecord, use: EventUse): Event | null {
  const eventId = record.createdEventId
  if (eventId === undefined) return null
  const event = use.events.find((candidate) => candidate.id === eventId)
  if (event === undefined) return null
  const isUsed =
    event.statusHistory.length > 1 ||
    event.gateOverrides.length > 0 ||
    use.registrations.some((registration) => registration.eventId === eventId) ||
    use.imports.some(
      (other) => other.id !== record.id && other.eventId === eventId && other.undoneAt === null,
    ) ||
    use.demos.some((demo) => demo.eventId === eventId) ||
    use.journal.retros.some((retro) => retro.eventId === eventId) ||
    use.journal.followUps.some((followUp) => followUp.eventId === eventId) ||
    use.journal.intros.some((intro) => intro.eventId === eventId) ||
    use.journal.checkIns.some((checkIn) => checkIn.eventId === eventId)
  return isUsed ? null : event
}
