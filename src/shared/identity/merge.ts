/**
 * Merging two people into one, and taking it back (DESIGN.md §1.3: "Every merge can be undone").
 * A merge is always the organizer's decision; import only ever suggests one.
 */
import { describeLimit, TEXT_LIMITS } from '../domain/limits'
import type { MergeRecord, MergeSuggestion, Person, Registration } from '../domain/schemas'
import type { ImportRecord } from '../schema/workspace'
import { isBetterName, pairKey } from './resolve-identity'

export interface MergeState {
  people: readonly Person[]
  registrations: readonly Registration[]
  mergeSuggestions: readonly MergeSuggestion[]
  merges: readonly MergeRecord[]
}

export interface MergedState {
  people: Person[]
  registrations: Registration[]
  mergeSuggestions: MergeSuggestion[]
  merges: MergeRecord[]
}

export type MergeResult =
  { ok: true; state: MergedState; record: MergeRecord } | { ok: false; reason: string }

export type UnmergeResult = { ok: true; state: MergedState } | { ok: false; reason: string }

/**
 * The one person two records become: the survivor's id, primary e-mail and name (unless the
 * absorbed one has the full form of an abbreviated name), every e-mail, platform id and tag of
 * both, both notes, and the earlier `createdAt`, since the person was known from then on.
 */
export function combinePeople(survivor: Person, absorbed: Person): Person {
  const platformIds = [...survivor.platformIds]
  const seenPlatformIds = new Set(platformIds.map((entry) => `${entry.platform}:${entry.id}`))
  for (const entry of absorbed.platformIds) {
    const key = `${entry.platform}:${entry.id}`
    if (seenPlatformIds.has(key)) continue
    seenPlatformIds.add(key)
    platformIds.push(entry)
  }
  const notes = [survivor.notes, absorbed.notes].filter((note) => note.trim() !== '')
  return {
    ...survivor,
    name: isBetterName(survivor.name, absorbed.name) ? absorbed.name : survivor.name,
    emails: union(survivor.emails, absorbed.emails),
    platformIds,
    tags: union(survivor.tags, absorbed.tags),
    notes: notes[0] === notes[1] ? (notes[0] ?? '') : notes.join('\n\n'),
    createdAt:
      Date.parse(absorbed.createdAt) < Date.parse(survivor.createdAt)
        ? absorbed.createdAt
        : survivor.createdAt,
  }
}

/**
 * Merges `absorbedId` into `survivorId` at the organizer's request (DESIGN.md §1.3: uncertain
 * matches are offered for review, never merged silently; every merge can be undone). Moves the
 * absorbed person's registrations, marks an open suggestion for the pair as merged, and records
 * both people's previous versions so that `unmergePeople` can restore them exactly.
 *
 * Other suggestions naming the absorbed person are left as they are: they become valid again on
 * unmerge, and `openSuggestions` hides them meanwhile.
 */
export function mergePeople(
  state: MergeState,
  survivorId: string,
  absorbedId: string,
  ctx: { now: Date; newId: () => string },
): MergeResult {
  if (survivorId === absorbedId)
    return { ok: false, reason: 'A person cannot be merged with themselves.' }
  const survivor = state.people.find((person) => person.id === survivorId)
  const absorbed = state.people.find((person) => person.id === absorbedId)
  if (survivor === undefined || absorbed === undefined) {
    return { ok: false, reason: 'One of these people no longer exists.' }
  }

  const merged = combinePeople(survivor, absorbed)
  if (merged.notes.length > TEXT_LIMITS.personNotes) {
    return {
      ok: false,
      reason:
        `Their notes together are longer than ${describeLimit(TEXT_LIMITS.personNotes)}: ` +
        'shorten one of them, then merge.',
    }
  }
  const movedRegistrationIds: string[] = []
  const registrations = state.registrations.map((registration) => {
    if (registration.personId !== absorbedId) return registration
    movedRegistrationIds.push(registration.id)
    return { ...registration, personId: survivorId }
  })
  const record: MergeRecord = {
    id: ctx.newId(),
    survivorBefore: survivor,
    absorbed,
    movedRegistrationIds,
    mergedAt: ctx.now.toISOString(),
    undoneAt: null,
  }
  const pair = pairKey(survivorId, absorbedId)
  return {
    ok: true,
    record,
    state: {
      people: state.people.flatMap((person) => {
        if (person.id === absorbedId) return []
        return person.id === survivorId ? [merged] : [person]
      }),
      registrations,
      // Only an open suggestion changes, so unmerging can set it back to open and be exact; a
      // dismissed one keeps the organizer's earlier judgement on record.
      mergeSuggestions: state.mergeSuggestions.map((suggestion) =>
        suggestion.status === 'open' &&
        pairKey(suggestion.personIds[0], suggestion.personIds[1]) === pair
          ? { ...suggestion, status: 'merged' as const }
          : suggestion,
      ),
      merges: [...state.merges, record],
    },
  }
}

/**
 * Takes a merge back (DESIGN.md §1.3: "Every merge can be undone"): both people as they were, and
 * exactly the registrations the merge moved go back to the absorbed person. What was added to the
 * merged person afterwards (a new e-mail, tag or platform id, an edited name or notes) stays with
 * the survivor rather than being lost.
 *
 * Refused while a later merge involving the survivor is in effect, or while a later import that
 * changed the merged person can still be undone: that undo would put the merged version back.
 */
export function unmergePeople(
  state: MergeState & { imports: readonly ImportRecord[] },
  mergeRecordId: string,
  now: Date,
): UnmergeResult {
  const record = state.merges.find((candidate) => candidate.id === mergeRecordId)
  if (record === undefined) return { ok: false, reason: 'This merge no longer exists.' }
  if (record.undoneAt !== null) return { ok: false, reason: 'This merge was already undone.' }
  const survivorId = record.survivorBefore.id
  const absorbedId = record.absorbed.id
  const pairNames = `“${record.survivorBefore.name}” and “${record.absorbed.name}”`
  const mergedAt = Date.parse(record.mergedAt)
  const laterMerge = state.merges.find(
    (candidate) =>
      candidate.id !== record.id &&
      candidate.undoneAt === null &&
      Date.parse(candidate.mergedAt) >= mergedAt &&
      (candidate.survivorBefore.id === survivorId || candidate.absorbed.id === survivorId),
  )
  if (laterMerge !== undefined) {
    return {
      ok: false,
      reason: `Unmerge “${laterMerge.survivorBefore.name}” and “${laterMerge.absorbed.name}” first: that merge came later.`,
    }
  }
  const current = state.people.find((person) => person.id === survivorId)
  if (current === undefined) {
    return { ok: false, reason: `${pairNames} cannot be separated: the person was deleted since.` }
  }
  if (state.people.some((person) => person.id === absorbedId)) {
    return { ok: false, reason: `${pairNames} are already separate.` }
  }

  const laterImport = state.imports.find(
    (candidate) =>
      candidate.undoneAt === null &&
      candidate.undo !== null &&
      Date.parse(candidate.importedAt) >= mergedAt &&
      candidate.undo.previousPeople.some((person) => person.id === survivorId),
  )
  if (laterImport !== undefined) {
    return {
      ok: false,
      reason: `Undo “${laterImport.fileName}” first: it changed ${pairNames} after the merge.`,
    }
  }

  const merged = combinePeople(record.survivorBefore, record.absorbed)
  const before = record.survivorBefore
  const platformKey = (entry: Person['platformIds'][number]): string =>
    `${entry.platform}:${entry.id}`
  const mergedPlatformIds = new Set(merged.platformIds.map(platformKey))
  const survivor: Person = {
    ...before,
    name: current.name !== merged.name ? current.name : before.name,
    notes: current.notes !== merged.notes ? current.notes : before.notes,
    emails: [...before.emails, ...current.emails.filter((email) => !merged.emails.includes(email))],
    platformIds: [
      ...before.platformIds,
      ...current.platformIds.filter((entry) => !mergedPlatformIds.has(platformKey(entry))),
    ],
    tags: [...before.tags, ...current.tags.filter((tag) => !merged.tags.includes(tag))],
  }

  const moved = new Set(record.movedRegistrationIds)
  const pair = pairKey(survivorId, absorbedId)
  const people = state.people.map((person) => (person.id === survivorId ? survivor : person))
  // The record has no slot for the absorbed person's old position; people are appended as they are
  // first known, so going back in `createdAt` order puts them where they were.
  const absorbedAt = Date.parse(record.absorbed.createdAt)
  const position = people.findIndex((person) => Date.parse(person.createdAt) > absorbedAt)
  people.splice(position === -1 ? people.length : position, 0, record.absorbed)

  return {
    ok: true,
    state: {
      people,
      registrations: state.registrations.map((registration) =>
        moved.has(registration.id) && registration.personId === survivorId
          ? { ...registration, personId: absorbedId }
          : registration,
      ),
      mergeSuggestions: state.mergeSuggestions.map((suggestion) =>
        suggestion.status === 'merged' &&
        pairKey(suggestion.personIds[0], suggestion.personIds[1]) === pair
          ? { ...suggestion, status: 'open' as const }
          : suggestion,
      ),
      merges: state.merges.map((candidate) =>
        candidate.id === record.id ? { ...candidate, undoneAt: now.toISOString() } : candidate,
      ),
    },
  }
}

/**
 * Marks a suggestion as dismissed: the organizer judged the two to be different people, and the
 * pair is never suggested again (DESIGN.md §1.3: uncertain matches are offered for review).
 */
export function dismissSuggestion(
  suggestions: readonly MergeSuggestion[],
  suggestionId: string,
): MergeSuggestion[] {
  return suggestions.map((suggestion) =>
    suggestion.id === suggestionId && suggestion.status === 'open'
      ? { ...suggestion, status: 'dismissed' as const }
      : suggestion,
  )
}

/** Suggestions still to review: open, and both people still exist (not merged away since). */
export function openSuggestions(
  suggestions: readonly MergeSuggestion[],
  people: readonly Person[],
): MergeSuggestion[] {
  const ids = new Set(people.map((person) => person.id))
  return suggestions.filter(
    (suggestion) =>
      suggestion.status === 'open' &&
      ids.has(suggestion.personIds[0]) &&
      ids.has(suggestion.personIds[1]),
  )
}

function union(first: readonly string[], second: readonly string[]): string[] {
  const result = [...first]
  const seen = new Set(first)
  for (const value of second) {
    if (seen.has(value)) continue
    seen.add(value)
    result.push(value)
  }
  return result
}
