/**
 * Taking back, and putting back, the links an import made by name within one night (DESIGN.md
 * §1.3: "within one night, two platforms' lists that name the same person unambiguously … are
 * linked for that night by default, shown as such, undoable as a group"). One link or the whole
 * group: the row becomes its own person again, and the person loses exactly what the row taught.
 */
import type { MergeSuggestion, Person, Registration } from '../domain/schemas'
import type { ImportRecord, NightLink } from '../schema/workspace'
import { pairKey } from './resolve-identity'

export interface NightLinkState {
  people: readonly Person[]
  registrations: readonly Registration[]
  mergeSuggestions: readonly MergeSuggestion[]
  imports: readonly ImportRecord[]
}

export interface ChangedNightLinkState {
  people: Person[]
  registrations: Registration[]
  mergeSuggestions: MergeSuggestion[]
  imports: ImportRecord[]
}

export type NightLinkResult =
  { ok: true; state: ChangedNightLinkState; changed: number } | { ok: false; reason: string }

/** The links of one import still in effect (or undone, for `relink`). */
export function activeNightLinks(record: ImportRecord): NightLink[] {
  return (record.nightLinks ?? []).filter((link) => link.undoneAt === null)
}

/** Every link of every import that is still in effect, for one event: the night's unconfirmed matches. */
export function nightLinksOfEvent(imports: readonly ImportRecord[], eventId: string): NightLink[] {
  return imports
    .filter((record) => record.eventId === eventId && record.undoneAt === null)
    .flatMap(activeNightLinks)
}

/**
 * Separates linked rows from the people they were linked to: all of the import's links, or the
 * ones whose registration ids are given. Each row becomes a person of its own (its name, e-mail
 * and platform id as on the row), and a dismissed suggestion keeps the pair from being offered
 * again: the organizer has said they are two people.
 */
export function unlinkNightMatches(
  state: NightLinkState,
  importId: string,
  registrationIds: readonly string[] | null,
  ctx: { now: Date; newId: () => string },
): NightLinkResult {
  const record = state.imports.find((candidate) => candidate.id === importId)
  if (record === undefined) return { ok: false, reason: 'This import no longer exists.' }
  if (record.undoneAt !== null) return { ok: false, reason: 'This import was undone.' }
  const wanted = registrationIds === null ? null : new Set(registrationIds)
  const links = activeNightLinks(record).filter(
    (link) => wanted === null || wanted.has(link.registrationId),
  )
  if (links.length === 0) return { ok: false, reason: 'These people are no longer linked.' }

  const people = [...state.people]
  const positionOf = new Map(people.map((person, position) => [person.id, position]))
  const registrationById = new Map(state.registrations.map((entry) => [entry.id, entry]))
  const moved = new Map<string, string>()
  const splitBy = new Map<string, string>()
  const suggestions: MergeSuggestion[] = []
  const at = ctx.now.toISOString()

  for (const link of links) {
    const position = positionOf.get(link.personId)
    const person = position === undefined ? undefined : people[position]
    const registration = registrationById.get(link.registrationId)
    if (person === undefined || position === undefined) {
      return { ok: false, reason: `“${link.rowName}” was linked to someone deleted since.` }
    }
    if (registration === undefined || registration.personId !== link.personId) {
      return {
        ok: false,
        reason: `The registration of “${link.rowName}” changed since (merged or re-imported); separate them from the person’s page.`,
      }
    }
    const split: Person = {
      id: ctx.newId(),
      name: link.rowName,
      emails: link.rowEmail === '' ? [] : [link.rowEmail],
      platformIds:
        link.platformPersonId === ''
          ? []
          : [{ platform: record.platform, id: link.platformPersonId }],
      notes: '',
      tags: [],
      createdAt: at,
    }
    people[position] = {
      ...person,
      name:
        link.nameBefore !== null && person.name === link.rowName ? link.nameBefore : person.name,
      emails: person.emails.filter((email) => email !== link.learnedEmail),
      platformIds: person.platformIds.filter(
        (entry) => !(entry.platform === record.platform && entry.id === link.learnedPlatformId),
      ),
    }
    people.push(split)
    moved.set(link.registrationId, split.id)
    splitBy.set(link.registrationId, split.id)
    suggestions.push({
      id: ctx.newId(),
      personIds: [person.id, split.id],
      evidence: [...link.evidence, 'separated by you after the import linked them'],
      createdAt: at,
      status: 'dismissed',
    })
  }

  return {
    ok: true,
    changed: links.length,
    state: {
      people,
      registrations: state.registrations.map((registration) => {
        const personId = moved.get(registration.id)
        return personId === undefined ? registration : { ...registration, personId }
      }),
      mergeSuggestions: [...state.mergeSuggestions, ...suggestions],
      imports: state.imports.map((candidate) => {
        if (candidate.id !== importId) return candidate
        const createdIds = [...splitBy.values()]
        return {
          ...candidate,
          // Undoing the import later removes the people its rows became.
          undo:
            candidate.undo === null
              ? null
              : {
                  ...candidate.undo,
                  createdPersonIds: [...candidate.undo.createdPersonIds, ...createdIds],
                },
          nightLinks: (candidate.nightLinks ?? []).map((link) => {
            const splitPersonId = splitBy.get(link.registrationId)
            return splitPersonId === undefined ? link : { ...link, undoneAt: at, splitPersonId }
          }),
        }
      }),
    },
  }
}

/**
 * Puts separated links back (the undo of `unlinkNightMatches`): each row's person is folded back
 * into the person it was linked to, with the identifiers and name the row had taught them.
 */
export function relinkNightMatches(
  state: NightLinkState,
  importId: string,
  registrationIds: readonly string[],
): NightLinkResult {
  const record = state.imports.find((candidate) => candidate.id === importId)
  if (record === undefined) return { ok: false, reason: 'This import no longer exists.' }
  const wanted = new Set(registrationIds)
  const links = (record.nightLinks ?? []).filter(
    (link) => link.undoneAt !== null && wanted.has(link.registrationId),
  )
  if (links.length === 0) return { ok: false, reason: 'These people are already linked.' }
  const byId = new Map(state.people.map((person) => [person.id, person]))
  const removed = new Set<string>()
  const moved = new Map<string, string>()
  const pairs = new Set<string>()
  for (const link of links) {
    const split = link.splitPersonId === null ? undefined : byId.get(link.splitPersonId)
    const person = byId.get(link.personId)
    if (split === undefined || person === undefined) {
      return { ok: false, reason: `“${link.rowName}” or the person linked to them was deleted.` }
    }
    const hasOtherRegistrations = state.registrations.some(
      (registration) =>
        registration.personId === split.id && registration.id !== link.registrationId,
    )
    if (hasOtherRegistrations) {
      return {
        ok: false,
        reason: `“${link.rowName}” has registrations added since; merge them from the people list.`,
      }
    }
    byId.set(person.id, {
      ...person,
      name:
        link.nameBefore !== null && person.name === link.nameBefore ? link.rowName : person.name,
      emails:
        link.learnedEmail === '' || person.emails.includes(link.learnedEmail)
          ? person.emails
          : [...person.emails, link.learnedEmail],
      platformIds:
        link.learnedPlatformId === ''
          ? person.platformIds
          : [...person.platformIds, { platform: record.platform, id: link.learnedPlatformId }],
    })
    removed.add(split.id)
    moved.set(link.registrationId, person.id)
    pairs.add(pairKey(person.id, split.id))
  }
  const relinked = new Set(links.map((link) => link.registrationId))
  return {
    ok: true,
    changed: links.length,
    state: {
      people: state.people
        .filter((person) => !removed.has(person.id))
        .map((person) => byId.get(person.id) ?? person),
      registrations: state.registrations.map((registration) => {
        const personId = moved.get(registration.id)
        return personId === undefined ? registration : { ...registration, personId }
      }),
      mergeSuggestions: state.mergeSuggestions.filter(
        (suggestion) =>
          !(
            suggestion.status === 'dismissed' &&
            pairs.has(pairKey(suggestion.personIds[0], suggestion.personIds[1]))
          ),
      ),
      imports: state.imports.map((candidate) =>
        candidate.id !== importId
          ? candidate
          : {
              ...candidate,
              undo:
                candidate.undo === null
                  ? null
                  : {
                      ...candidate.undo,
                      createdPersonIds: candidate.undo.createdPersonIds.filter(
                        (id) => !removed.has(id),
                      ),
                    },
              nightLinks: (candidate.nightLinks ?? []).map((link) =>
                relinked.has(link.registrationId)
                  ? { ...link, undoneAt: null, splitPersonId: null }
                  : link,
              ),
            },
      ),
    },
  }
}
