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
import type { ImportedRow } from '../import/types'
import { isTombstoned, tombstoneHashSet } from './delete-person'

/** Shown to the organizer for rows of a deleted person. */
export const TOMBSTONED_REASON = "deleted at the person's request"

/**
 * At most this many suggestions per imported row: a common name ("John Smith") in a large
 * workspace would otherwise flood the review list with pairs nobody can judge from a name alone.
 */
export const MAX_SUGGESTIONS_PER_ROW = 5

const PLATFORM_LABELS: Record<Platform, string> = {
  luma: 'Luma',
  eventbrite: 'Eventbrite',
  meetup: 'Meetup',
  tito: 'Tito',
  zoom: 'Zoom',
  pretix: 'pretix',
  'google-forms': 'Google Forms',
  sessionize: 'Sessionize',
  generic: 'CSV',
}

/** How a platform is named in sentences a person reads. */
export function platformLabel(platform: Platform): string {
  return PLATFORM_LABELS[platform]
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
  // Trailing dots and commas are typing noise, so "Tom B." and "Tom B" are the same name.
  const words = foldText(name)
    .split(' ')
    .map((word) => word.replace(/[.,]+$/u, ''))
    .filter((word) => word !== '')
  const key = words.join(' ')
  const first = words[0]
  const last = words.length >= 2 ? words[words.length - 1] : undefined
  if (first === undefined || last === undefined) {
    return { key, initialKey: null, isAbbreviated: false }
  }
  const lastLetters = Array.from(last)
  const initial = lastLetters[0] ?? ''
  return {
    key,
    initialKey: `${first} ${initial}`,
    isAbbreviated: lastLetters.length === 1 && /\p{L}/u.test(initial),
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

export type MatchedBy = 'email' | 'platform-id' | 'same-registration'

export type RowResolution =
  | { kind: 'matched'; line: number; personId: string; matchedBy: MatchedBy }
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

  const working = new Map<string, Person>()
  const byEmail = new Map<string, string>()
  const byPlatformId = new Map<string, string>()
  const byName = new Map<string, string[]>()
  const fullByInitial = new Map<string, string[]>()
  const abbreviatedByInitial = new Map<string, string[]>()

  // Only names some row can be compared with are indexed, so a 1,000-row import keeps a few
  // thousand index entries rather than one per person in the workspace.
  const wantedNames = new Set<string>()
  const wantedInitials = new Set<string>()
  for (const row of request.rows) {
    const shape = nameShape(normaliseName(row.name))
    if (shape.key !== '') wantedNames.add(shape.key)
    if (shape.initialKey !== null) wantedInitials.add(shape.initialKey)
  }
  const indexName = (person: Person): void => {
    const shape = nameShape(person.name)
    if (wantedNames.has(shape.key)) pushTo(byName, shape.key, person.id)
    if (shape.initialKey !== null && wantedInitials.has(shape.initialKey)) {
      pushTo(
        shape.isAbbreviated ? abbreviatedByInitial : fullByInitial,
        shape.initialKey,
        person.id,
      )
    }
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
    indexName(person)
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

  const suggestedPairs = new Set(
    state.mergeSuggestions.map((suggestion) =>
      pairKey(suggestion.personIds[0], suggestion.personIds[1]),
    ),
  )
  const previous = new Map<string, Person>()
  const createdIds: string[] = []
  const createdIdSet = new Set<string>()
  const suggestions: MergeSuggestion[] = []
  const resolutions: RowResolution[] = []

  for (const row of request.rows) {
    if (isTombstoned(row, tombstones, { eventId, platform })) {
      resolutions.push({ kind: 'skipped', line: row.line, reason: TOMBSTONED_REASON })
      continue
    }
    const email = normaliseEmail(row.email)
    const platformPersonId = row.platformPersonId.trim()
    const name = normaliseName(row.name)
    const rowPlatformKey = platformPersonId === '' ? '' : platformIdKey(platform, platformPersonId)

    let match: { personId: string; matchedBy: MatchedBy } | undefined
    const emailOwner = email === '' ? undefined : byEmail.get(email)
    const platformOwner = rowPlatformKey === '' ? undefined : byPlatformId.get(rowPlatformKey)
    if (emailOwner !== undefined) match = { personId: emailOwner, matchedBy: 'email' }
    else if (platformOwner !== undefined) {
      match = { personId: platformOwner, matchedBy: 'platform-id' }
    } else if (email === '' && platformPersonId === '') {
      const owner = claimSameRow(row, name)
      if (owner !== undefined) match = { personId: owner, matchedBy: 'same-registration' }
    }

    if (match !== undefined) {
      const person = working.get(match.personId)
      if (person !== undefined) {
        const updated = absorbRow(person, {
          email: email !== '' && emailOwner === undefined ? email : '',
          platformKey: rowPlatformKey !== '' && platformOwner === undefined ? platformPersonId : '',
          platform,
          name,
        })
        if (updated !== person) {
          if (!previous.has(person.id) && !createdIdSet.has(person.id)) {
            previous.set(person.id, person)
          }
          working.set(person.id, updated)
          indexIdentifiers(updated)
          if (updated.name !== person.name) indexName(updated)
        }
      }
      pushTo(presence, match.personId, { platform, attendance: row.attendance })
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
    for (const candidate of nameCandidates(person)) {
      const key = pairKey(candidate.id, person.id)
      if (suggestedPairs.has(key)) continue
      suggestedPairs.add(key)
      suggestions.push({
        id: ctx.newId(),
        personIds: [candidate.id, person.id],
        evidence: evidenceFor(candidate, person, row),
        createdAt,
        status: 'open',
      })
    }
    createdIds.push(person.id)
    createdIdSet.add(person.id)
    working.set(person.id, person)
    indexIdentifiers(person)
    indexName(person)
    pushTo(presence, person.id, { platform, attendance: row.attendance })
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
  // A person created here may have learnt more from a later row, so their final version is taken.
  const createdPeople = createdIds.flatMap((id) => working.get(id) ?? [])
  return { resolutions, createdPeople, changedPeople, previousPeople, suggestions }

  function claimSameRow(row: ImportedRow, name: string): string | undefined {
    if (row.sourceKey !== '') {
      const owner = personByRowKey.get(row.sourceKey)
      return owner !== undefined && working.has(owner) ? owner : undefined
    }
    const key = nameShape(name).key
    const owners = key === '' ? undefined : keylessByName.get(key)
    // Each keyless registration is claimed once: two "John Smith" rows on one list stay two people.
    const owner = owners?.shift()
    return owner !== undefined && working.has(owner) ? owner : undefined
  }

  function nameCandidates(person: Person): Person[] {
    const shape = nameShape(person.name)
    const ids = new Set<string>()
    if (shape.key !== '') for (const id of byName.get(shape.key) ?? []) ids.add(id)
    if (shape.initialKey !== null) {
      const other = shape.isAbbreviated ? fullByInitial : abbreviatedByInitial
      for (const id of other.get(shape.initialKey) ?? []) ids.add(id)
    }
    const candidates: Person[] = []
    for (const id of ids) {
      if (candidates.length >= MAX_SUGGESTIONS_PER_ROW) break
      const candidate = working.get(id)
      // Index entries go stale when a name improves mid-import; the current name decides.
      if (candidate === undefined || !isNameEvidence(nameShape(candidate.name), shape)) continue
      candidates.push(candidate)
    }
    return candidates
  }

  function evidenceFor(existing: Person, incoming: Person, row: ImportedRow): string[] {
    const existingShape = nameShape(existing.name)
    const incomingShape = nameShape(incoming.name)
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
    if (existingPresence.some((entry) => entry.platform === platform)) {
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

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}
