/**
 * Who each imported row is (DESIGN.md §1.3). A row joins an existing person automatically only on
 * hard evidence: a normalised e-mail the person is known under, or the platform's own person id.
 * Softer evidence (the same name, an abbreviated name) never merges; it creates a separate person
 * and a `MergeSuggestion` with the evidence in words, for the organizer to decide.
 *
 * Everything is looked up in maps built once per import, so a 1,000-row import into 50,000 people
 * costs one pass over the people plus a constant amount per row.
 */
import type { MergeSuggestion, Person, Platform, Registration, Tombstone } from '../domain/schemas'
import { normaliseEmail, normaliseName } from '../import/normalise'
import { platformProfile } from '../import/platforms/registry'
import type { ImportedRow } from '../import/types'
import { isTombstoned, tombstoneHashSet } from './delete-person'

/** Shown to the organizer for rows of a deleted person. */
export const TOMBSTONED_REASON = "deleted at the person's request"

/**
 * At most this many suggestions per imported row: a common name ("John Smith") in a large
 * workspace would otherwise flood the review list with pairs nobody can judge from a name alone.
 */
export const MAX_SUGGESTIONS_PER_ROW = 5

/** How a platform is named in sentences a person reads: its profile's label. */
export function platformLabel(platform: Platform): string {
  return platformProfile(platform).label
}

/** Letters Unicode does not decompose into base letter + accent, spelled as people type them. */
const UNDECOMPOSED_LETTERS: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
}

/**
 * Text folded for comparison and search: compatibility-decomposed (so full-width letters and the
 * ideographic space compare like their plain forms), accents dropped, lower-case, spaces collapsed.
 * Used for names and search, never for e-mails, whose identity is the exact normalised string.
 */
export function foldText(text: string): string {
  // Most names in a large workspace are plain ASCII; skipping Unicode work for them halves the
  // time to index 50,000 people.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/ +/g, ' ').trim()
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßøłđæœþı]/g, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim()
}

export interface NameShape {
  /** The whole name, folded; empty when there is no name. */
  key: string
  /** First name + last initial (`tom b`), null for one-word names. */
  initialKey: string | null
  /** Whether the last part is a single letter (`Tom B.`, `Tom B`), as Meetup shows names. */
  isAbbreviated: boolean
}

/** The parts of a name that identity compares. */
export function nameShape(name: string): NameShape {
  const folded = foldText(name)
  // `foldText` leaves single spaces between non-empty words, so without dots or commas the folded
  // text already is the key, and the split, strip and join below would only copy it.
  if (!folded.includes('.') && !folded.includes(',')) {
    const firstSpace = folded.indexOf(' ')
    if (firstSpace === -1) return { key: folded, initialKey: null, isAbbreviated: false }
    const first = folded.slice(0, firstSpace)
    const last = folded.slice(folded.lastIndexOf(' ') + 1)
    return shapeOfWords(folded, first, last)
  }
  // Trailing dots and commas are typing noise, so "Tom B." and "Tom B" are the same name.
  const words = folded
    .split(' ')
    .map((word) => word.replace(/[.,]+$/u, ''))
    .filter((word) => word !== '')
  const key = words.join(' ')
  const first = words[0]
  const last = words.length >= 2 ? words[words.length - 1] : undefined
  if (first === undefined || last === undefined) {
    return { key, initialKey: null, isAbbreviated: false }
  }
  return shapeOfWords(key, first, last)
}

/** The shape of a name of two or more words, from its key and its first and last word. */
function shapeOfWords(key: string, first: string, last: string): NameShape {
  // The first code point, as `Array.from(last)[0]` would give it, without the array.
  const initial = String.fromCodePoint(last.codePointAt(0) ?? 0)
  return {
    key,
    initialKey: `${first} ${initial}`,
    isAbbreviated: initial.length === last.length && /\p{L}/u.test(initial),
  }
}

/**
 * Whether `candidate` should replace a person's `current` name: only when there is no name yet, or
 * when the current one is an abbreviation (`Tom B.`) of the candidate (`Tom Baker`). Never the
 * other way round, and never a different spelling, which may be the organizer's own correction.
 */
export function isBetterName(current: string, candidate: string): boolean {
  if (candidate.trim() === '') return false
  if (current.trim() === '') return true
  const currentShape = nameShape(current)
  const candidateShape = nameShape(candidate)
  return (
    currentShape.isAbbreviated &&
    !candidateShape.isAbbreviated &&
    currentShape.initialKey !== null &&
    currentShape.initialKey === candidateShape.initialKey
  )
}

/** The key of an unordered pair of people, so a pair is suggested at most once. */
export function pairKey(firstId: string, secondId: string): string {
  return firstId < secondId ? `${firstId}\u0000${secondId}` : `${secondId}\u0000${firstId}`
}

function platformIdKey(platform: Platform, id: string): string {
  return `${platform}:${id.trim()}`
}

export interface IdentityState {
  people: readonly Person[]
  tombstones: readonly Tombstone[]
  mergeSuggestions: readonly MergeSuggestion[]
  registrations: readonly Registration[]
}

export interface IdentityRequest {
  eventId: string
  /** Quoted in evidence ("both registered for Demo Night #12"). */
  eventTitle: string
  platform: Platform
  rows: readonly ImportedRow[]
}

/**
 * `night-name`: no e-mail or id matched, but the row names exactly one person on another platform's
 * list of the same night, unambiguously (DESIGN.md §1.3: cross-posting links by default).
 */
export type MatchedBy = 'email' | 'platform-id' | 'same-registration' | 'night-name'

/** What a `night-name` match taught the person, so that it can be taken back exactly. */
export interface NightMatch {
  /** The row's own name, e-mail and platform id, for the person it becomes again if unlinked. */
  rowName: string
  rowEmail: string
  platformPersonId: string
  /** The person's name before the row improved it (`Tom B.` → `Tom Baker`), else null. */
  nameBefore: string | null
  /** Identifiers the person gained from the row (empty when none). */
  learnedEmail: string
  learnedPlatformId: string
  evidence: string[]
}

export type RowResolution =
  | {
      kind: 'matched'
      line: number
      personId: string
      matchedBy: MatchedBy
      night?: NightMatch
    }
  | { kind: 'created'; line: number; personId: string }
  | { kind: 'skipped'; line: number; reason: string }

export interface IdentityResolution {
  /** One per row, in the rows' order. */
  resolutions: RowResolution[]
  createdPeople: Person[]
  /** New versions of existing people who gained an e-mail, a platform id or a better name. */
  changedPeople: Person[]
  /** The previous versions of `changedPeople`, in the same order. */
  previousPeople: Person[]
  suggestions: MergeSuggestion[]
}

interface EventPresence {
  platform: Platform
  attendance: Registration['attendance']
}

/**
 * Decides who each row of one event's export is (DESIGN.md §1.3: identity by normalised e-mail, by
 * a platform's own person id, and by the extra e-mails a person is known under; uncertain matches
 * are offered for review with the evidence, never merged silently).
 *
 * Per row, in order: skipped when any identifier is tombstoned; else the person known under its
 * e-mail; else the person known under its platform id; else, for a row with neither, the person the
 * same row already belongs to (same key, or same name on the same keyless list: re-importing a
 * name-only file must not duplicate anyone); else a new person, compared by name with everyone
 * for suggestions. Rows are resolved in file order and each resolved row teaches the index, so a
 * later row with the same e-mail joins the person an earlier row created.
 */
export function resolveIdentity(
  state: IdentityState,
  request: IdentityRequest,
  ctx: { now: Date; newId: () => string },
): IdentityResolution {
  const { eventId, eventTitle, platform } = request
  const label = platformLabel(platform)
  const createdAt = ctx.now.toISOString()
  const tombstones = tombstoneHashSet(state.tombstones)

  // The workspace's people, in their latest version. People created here are in `createdPeople`
  // instead, so that a large import of new people does not also fill this map with them.
  const working = new Map<string, Person>()
  const byEmail = new Map<string, string>()
  const byPlatformId = new Map<string, string>()
  const byName: IdIndex = new Map()
  const fullByInitial: IdIndex = new Map()
  const abbreviatedByInitial: IdIndex = new Map()

  // Each row's name is normalised and shaped once, here, and reused below for its lookups and for
  // the person it creates: on a large import these were several calls per row.
  const rowNames = request.rows.map((row) => normaliseName(row.name))
  const rowShapes = rowNames.map(nameShape)
  // Names are only ever looked up by a row's name, so an entry under any other name is never read.
  // Indexing only the names some row has keeps a 1,000-row import into 50,000 people at a few
  // thousand entries; when the file has more rows than the workspace has people, the filter itself
  // costs more than the entries it saves, and everyone is indexed.
  const wanted = state.people.length > request.rows.length ? wantedNames(rowShapes) : undefined
  const sameNameAs = (shape: NameShape): string | string[] | undefined =>
    shape.key === '' ? undefined : byName.get(shape.key)
  // A person created or renamed by a row carries that row's name, so only people already in the
  // workspace go through the filter. `sameName` is what `byName` holds under the name: a new
  // person's row has just looked it up for name candidates.
  const indexName = (
    person: Person,
    shape: NameShape,
    sameName: string | string[] | undefined,
  ): void => {
    if (shape.key !== '') addToIds(byName, shape.key, person.id, sameName)
    if (shape.initialKey !== null) {
      addId(shape.isAbbreviated ? abbreviatedByInitial : fullByInitial, shape.initialKey, person.id)
    }
  }
  const indexWorkspaceName = (person: Person): void => {
    const shape = nameShape(person.name)
    if (wanted === undefined) indexName(person, shape, sameNameAs(shape))
    else {
      if (wanted.names.has(shape.key)) addId(byName, shape.key, person.id)
      if (shape.initialKey !== null && wanted.initials.has(shape.initialKey)) {
        addId(
          shape.isAbbreviated ? abbreviatedByInitial : fullByInitial,
          shape.initialKey,
          person.id,
        )
      }
    }
  }
  // Candidates are looked at again by every row that shares their name; their shape is kept.
  const candidateShapes = new Map<Person, NameShape>()
  const shapeOf = (person: Person): NameShape => {
    let shape = candidateShapes.get(person)
    if (shape === undefined) {
      shape = nameShape(person.name)
      candidateShapes.set(person, shape)
    }
    return shape
  }
  const indexIdentifiers = (person: Person): void => {
    for (const email of person.emails) {
      const key = normaliseEmail(email)
      // The first holder keeps an address, so a workspace that somehow lists one e-mail twice still
      // resolves the same way on every import.
      if (key !== '' && !byEmail.has(key)) byEmail.set(key, person.id)
    }
    for (const platformId of person.platformIds) {
      const key = platformIdKey(platformId.platform, platformId.id)
      if (!byPlatformId.has(key)) byPlatformId.set(key, person.id)
    }
  }
  for (const person of state.people) {
    working.set(person.id, person)
    indexIdentifiers(person)
    indexWorkspaceName(person)
  }

  // This event's list as it stood before the import: who is on it (evidence), which keyed rows
  // belong to whom, and which keyless rows a name-only row may claim back.
  const presence = new Map<string, EventPresence[]>()
  const personByRowKey = new Map<string, string>()
  const keylessByName = new Map<string, string[]>()
  for (const registration of state.registrations) {
    if (registration.eventId !== eventId) continue
    pushTo(presence, registration.personId, {
      platform: registration.platform,
      attendance: registration.attendance,
    })
    if (registration.platform !== platform) continue
    if (registration.sourceKey !== '') {
      personByRowKey.set(registration.sourceKey, registration.personId)
    } else {
      const owner = working.get(registration.personId)
      const key = owner === undefined ? '' : nameShape(owner.name).key
      if (key !== '') pushTo(keylessByName, key, registration.personId)
    }
  }

  // The night's other lists (people registered on another platform only): a row naming exactly
  // one of them, unambiguously, is that person (cross-posting, DESIGN.md §1.3).
  const otherListByName: IdIndex = new Map()
  const otherListFullByInitial: IdIndex = new Map()
  const otherListAbbreviatedByInitial: IdIndex = new Map()
  const otherPlatformOf = new Map<string, Platform>()
  for (const [personId, entries] of presence) {
    if (entries.some((entry) => entry.platform === platform)) continue
    const owner = working.get(personId)
    const other = entries[0]
    if (owner === undefined || other === undefined) continue
    const shape = nameShape(owner.name)
    if (shape.initialKey === null) continue
    otherPlatformOf.set(personId, other.platform)
    addId(otherListByName, shape.key, personId)
    addId(
      shape.isAbbreviated ? otherListAbbreviatedByInitial : otherListFullByInitial,
      shape.initialKey,
      personId,
    )
  }
  // How many rows of this file share a first name + initial: two "Tom B." (or "Tom B." and "Tom
  // Baker") on one list cannot be told apart by name, so none of them is linked.
  const rowsByInitial = new Map<string, number>()
  if (otherPlatformOf.size > 0) {
    for (const shape of rowShapes) {
      if (shape.initialKey === null) continue
      rowsByInitial.set(shape.initialKey, (rowsByInitial.get(shape.initialKey) ?? 0) + 1)
    }
  }
  const linkedTonight = new Set<string>()

  const suggestedPairs = new Set(
    state.mergeSuggestions.map((suggestion) =>
      pairKey(suggestion.personIds[0], suggestion.personIds[1]),
    ),
  )
  const previous = new Map<string, Person>()
  // People created here, in the final version of each. Where a person sits is asked only when a
  // later row matches them or they are a name candidate, so that map is built on first need: an
  // import of new people does not pay for a 200,000-entry map nobody reads.
  const createdPeople: Person[] = []
  let createdIndex: Map<string, number> | undefined
  const createdIndexOf = (id: string): number | undefined => {
    createdIndex ??= new Map(createdPeople.map((person, index) => [person.id, index]))
    return createdIndex.get(id)
  }
  const personById = (id: string): Person | undefined => {
    const known = working.get(id)
    if (known !== undefined) return known
    const position = createdIndexOf(id)
    return position === undefined ? undefined : createdPeople[position]
  }
  // People this import has put on the list so far, beside `presence` (the list before it): kept as
  // sets, because an entry per row would be an array and an object for each of 200,000 rows.
  const matchedIdSet = new Set<string>()
  const suggestions: MergeSuggestion[] = []
  const resolutions: RowResolution[] = []

  for (const [rowIndex, row] of request.rows.entries()) {
    if (isTombstoned(row, tombstones, { eventId, platform })) {
      resolutions.push({ kind: 'skipped', line: row.line, reason: TOMBSTONED_REASON })
      continue
    }
    const email = normaliseEmail(row.email)
    const platformPersonId = row.platformPersonId.trim()
    const name = rowNames[rowIndex] ?? normaliseName(row.name)
    const shape = rowShapes[rowIndex] ?? nameShape(name)
    const rowPlatformKey = platformPersonId === '' ? '' : platformIdKey(platform, platformPersonId)

    let match: { personId: string; matchedBy: MatchedBy } | undefined
    const emailOwner = email === '' ? undefined : byEmail.get(email)
    const platformOwner = rowPlatformKey === '' ? undefined : byPlatformId.get(rowPlatformKey)
    if (emailOwner !== undefined) match = { personId: emailOwner, matchedBy: 'email' }
    else if (platformOwner !== undefined) {
      match = { personId: platformOwner, matchedBy: 'platform-id' }
    } else if (email === '' && platformPersonId === '') {
      const owner = claimSameRow(row, shape)
      if (owner !== undefined) match = { personId: owner, matchedBy: 'same-registration' }
    }
    let nightEvidence: string[] | null = null
    if (match === undefined && otherPlatformOf.size > 0) {
      const linked = nightCandidate(shape, name, email, platformPersonId)
      if (linked !== undefined) {
        match = { personId: linked.personId, matchedBy: 'night-name' }
        nightEvidence = linked.evidence
      }
    }

    if (match !== undefined) {
      const person = personById(match.personId)
      if (person !== undefined) {
        const updated = absorbRow(person, {
          email: email !== '' && emailOwner === undefined ? email : '',
          platformKey: rowPlatformKey !== '' && platformOwner === undefined ? platformPersonId : '',
          platform,
          name,
        })
        if (updated !== person) {
          if (working.has(person.id)) {
            if (!previous.has(person.id)) previous.set(person.id, person)
            working.set(person.id, updated)
          } else {
            const createdPosition = createdIndexOf(person.id)
            if (createdPosition !== undefined) createdPeople[createdPosition] = updated
          }
          indexIdentifiers(updated)
          if (updated.name !== person.name) {
            const updatedShape = nameShape(updated.name)
            indexName(updated, updatedShape, sameNameAs(updatedShape))
          }
        }
      }
      matchedIdSet.add(match.personId)
      if (nightEvidence !== null && person !== undefined) {
        const updated = personById(person.id) ?? person
        resolutions.push({
          kind: 'matched',
          line: row.line,
          ...match,
          night: {
            rowName: name,
            rowEmail: email,
            platformPersonId,
            nameBefore: updated.name !== person.name ? person.name : null,
            learnedEmail: updated.emails.length > person.emails.length ? email : '',
            learnedPlatformId:
              updated.platformIds.length > person.platformIds.length ? platformPersonId : '',
            evidence: nightEvidence,
          },
        })
        continue
      }
      resolutions.push({ kind: 'matched', line: row.line, ...match })
      continue
    }

    const person: Person = {
      id: ctx.newId(),
      name,
      emails: email === '' ? [] : [email],
      platformIds: platformPersonId === '' ? [] : [{ platform, id: platformPersonId }],
      notes: '',
      tags: [],
      createdAt,
    }
    // One lookup serves the candidates and the indexing below: nothing adds to `byName` between.
    const sameName = sameNameAs(shape)
    for (const candidate of nameCandidates(shape, sameName)) {
      const key = pairKey(candidate.id, person.id)
      if (suggestedPairs.has(key)) continue
      suggestedPairs.add(key)
      suggestions.push({
        id: ctx.newId(),
        personIds: [candidate.id, person.id],
        evidence: evidenceFor(candidate, person, shape, row),
        createdAt,
        status: 'open',
      })
    }
    createdIndex?.set(person.id, createdPeople.length)
    createdPeople.push(person)
    indexIdentifiers(person)
    indexName(person, shape, sameName)
    resolutions.push({ kind: 'created', line: row.line, personId: person.id })
  }

  const changedPeople: Person[] = []
  const previousPeople: Person[] = []
  for (const [id, before] of previous) {
    const after = working.get(id)
    if (after === undefined) continue
    changedPeople.push(after)
    previousPeople.push(before)
  }
  return { resolutions, createdPeople, changedPeople, previousPeople, suggestions }

  /**
   * The one person on another list of this night whom the row names, or undefined when it is not
   * certain: two candidates, two such rows on this list, a different e-mail on each side, or a
   * different id on this platform. Those go to review as suggestions instead.
   */
  function nightCandidate(
    shape: NameShape,
    name: string,
    email: string,
    platformPersonId: string,
  ): { personId: string; evidence: string[] } | undefined {
    if (shape.initialKey === null || rowsByInitial.get(shape.initialKey) !== 1) return undefined
    const ids = new Set<string>()
    forEachId(otherListByName.get(shape.key), (id) => ids.add(id))
    const byInitial = shape.isAbbreviated ? otherListFullByInitial : otherListAbbreviatedByInitial
    forEachId(byInitial.get(shape.initialKey), (id) => ids.add(id))
    // Someone "Tom B." on the other list who is also "Tom B." here counts once, not twice.
    if (ids.size !== 1) return undefined
    const [personId] = ids
    if (personId === undefined || linkedTonight.has(personId) || matchedIdSet.has(personId))
      return undefined
    const candidate = working.get(personId)
    if (candidate === undefined) return undefined
    const candidateShape = nameShape(candidate.name)
    // Another abbreviation sharing the initial ("Tom B." for "Tom Baker" is fine, "Tom B." for
    // "Tom B." is the same key) but never two full names that only share an initial.
    if (candidateShape.key !== shape.key && candidateShape.isAbbreviated === shape.isAbbreviated)
      return undefined
    if (email !== '' && candidate.emails.length > 0) return undefined
    if (
      platformPersonId !== '' &&
      candidate.platformIds.some(
        (entry) => entry.platform === platform && entry.id.trim() !== platformPersonId,
      )
    )
      return undefined
    linkedTonight.add(personId)
    const otherLabel = platformLabel(otherPlatformOf.get(personId) ?? platform)
    const sameName = candidateShape.key === shape.key
    return {
      personId,
      evidence: [
        sameName
          ? `“${name}” on the ${label} list and “${candidate.name}” on the ${otherLabel} list for ${eventTitle}`
          : `${label} name “${name}” abbreviates “${candidate.name}” on the ${otherLabel} list for ${eventTitle}`,
        `the only ${sameName ? 'person of that name' : 'match'} on either list`,
        email === '' ? `no e-mail on the ${label} row` : `no e-mail on the ${otherLabel} row`,
      ],
    }
  }

  function claimSameRow(row: ImportedRow, shape: NameShape): string | undefined {
    if (row.sourceKey !== '') {
      const owner = personByRowKey.get(row.sourceKey)
      return owner !== undefined && working.has(owner) ? owner : undefined
    }
    const key = shape.key
    const owners = key === '' ? undefined : keylessByName.get(key)
    // Each keyless registration is claimed once: two "John Smith" rows on one list stay two people.
    const owner = owners?.shift()
    return owner !== undefined && working.has(owner) ? owner : undefined
  }

  function nameCandidates(shape: NameShape, sameName: string | string[] | undefined): Person[] {
    const other = shape.isAbbreviated ? fullByInitial : abbreviatedByInitial
    const sameInitial = shape.initialKey === null ? undefined : other.get(shape.initialKey)
    // Most new people share a name with nobody; they leave without a set or an array.
    if (sameName === undefined && sameInitial === undefined) return []
    // Walked in index order and left as soon as the row has its few candidates: collecting every
    // holder of the name first made a file of 20,000 "John Smith" rows quadratic (each row copied
    // all the earlier ones into a set), 26 s where it now takes one.
    const seen = new Set<string>()
    const candidates: Person[] = []
    const consider = (id: string): boolean => {
      if (seen.has(id)) return true
      seen.add(id)
      const candidate = personById(id)
      // Index entries go stale when a name improves mid-import; the current name decides.
      if (candidate !== undefined && isNameEvidence(shapeOf(candidate), shape)) {
        candidates.push(candidate)
      }
      return candidates.length < MAX_SUGGESTIONS_PER_ROW
    }
    if (someId(sameName, consider)) someId(sameInitial, consider)
    return candidates
  }

  function evidenceFor(
    existing: Person,
    incoming: Person,
    incomingShape: NameShape,
    row: ImportedRow,
  ): string[] {
    const existingShape = shapeOf(existing)
    const evidence: string[] = []
    if (existingShape.key === incomingShape.key) {
      evidence.push(`same name “${incoming.name}”`)
    } else if (incomingShape.isAbbreviated) {
      evidence.push(`${label} name “${incoming.name}” abbreviates “${existing.name}”`)
    } else {
      evidence.push(`“${existing.name}” abbreviates ${label} name “${incoming.name}”`)
    }

    const rowEmail = incoming.emails[0]
    const knownEmail = existing.emails[0]
    if (rowEmail === undefined) evidence.push(`no e-mail on the ${label} row`)
    else if (knownEmail === undefined) evidence.push(`no e-mail known for “${existing.name}”`)
    else evidence.push(`different e-mails: ${knownEmail} and ${rowEmail}`)

    const existingPresence = presence.get(existing.id) ?? []
    const isOnThisList =
      // Not a workspace person: created by an earlier row of this file.
      !working.has(existing.id) ||
      matchedIdSet.has(existing.id) ||
      existingPresence.some((entry) => entry.platform === platform)
    if (isOnThisList) {
      evidence.push(`both on the ${label} list for ${eventTitle}, as separate registrations`)
    } else if (existingPresence.length > 0) {
      const isAttendedByBoth =
        row.attendance === 'checked-in' &&
        existingPresence.some((entry) => entry.attendance === 'checked-in')
      evidence.push(`both ${isAttendedByBoth ? 'attended' : 'registered for'} ${eventTitle}`)
    }
    return evidence
  }
}

/** Same folded name, or exactly one of the two is the abbreviation of the other. */
function isNameEvidence(a: NameShape, b: NameShape): boolean {
  if (a.key !== '' && a.key === b.key) return true
  return (
    a.initialKey !== null && a.initialKey === b.initialKey && a.isAbbreviated !== b.isAbbreviated
  )
}

/**
 * A matched person with what the row newly tells about them. Identifiers already held by someone
 * else arrive empty (the caller checks), because giving one address to two people would make the
 * next import ambiguous. Returns the same object when nothing changed, so callers can tell.
 */
function absorbRow(
  person: Person,
  seen: { email: string; platformKey: string; platform: Platform; name: string },
): Person {
  const hasEmail = seen.email === '' || person.emails.includes(seen.email)
  const hasPlatformId =
    seen.platformKey === '' ||
    person.platformIds.some(
      (platformId) => platformId.platform === seen.platform && platformId.id === seen.platformKey,
    )
  const hasBetterName = isBetterName(person.name, seen.name)
  if (hasEmail && hasPlatformId && !hasBetterName) return person
  return {
    ...person,
    name: hasBetterName ? seen.name : person.name,
    emails: hasEmail ? person.emails : [...person.emails, seen.email],
    platformIds: hasPlatformId
      ? person.platformIds
      : [...person.platformIds, { platform: seen.platform, id: seen.platformKey }],
  }
}

/** The folded names and initial keys of the rows: the only ones a lookup will ask for. */
function wantedNames(shapes: readonly NameShape[]): { names: Set<string>; initials: Set<string> } {
  const names = new Set<string>()
  const initials = new Set<string>()
  for (const shape of shapes) {
    if (shape.key !== '') names.add(shape.key)
    if (shape.initialKey !== null) initials.add(shape.initialKey)
  }
  return { names, initials }
}

/**
 * Key → the ids of the people under it. A key most often has one person, held as the id itself:
 * an array per key would be 200,000 one-element arrays on a large import.
 */
type IdIndex = Map<string, string | string[]>

function addId(index: IdIndex, key: string, id: string): void {
  addToIds(index, key, id, index.get(key))
}

/** `addId`, given what the index holds under `key`. */
function addToIds(
  index: IdIndex,
  key: string,
  id: string,
  ids: string | string[] | undefined,
): void {
  if (ids === undefined) index.set(key, id)
  else if (typeof ids === 'string') index.set(key, [ids, id])
  else ids.push(id)
}

function forEachId(ids: string | string[] | undefined, visit: (id: string) => void): void {
  if (typeof ids === 'string') visit(ids)
  else if (ids !== undefined) for (const id of ids) visit(id)
}

/** Visits ids while `visit` returns true; false when a visit asked to stop. */
function someId(ids: string | string[] | undefined, visit: (id: string) => boolean): boolean {
  if (typeof ids === 'string') return visit(ids)
  if (ids !== undefined) {
    for (const id of ids) if (!visit(id)) return false
  }
  return true
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}
