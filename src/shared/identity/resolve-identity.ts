/**
 * Who each imported row is (DESIGN.md §1.3). A row joins an existing person automatically only on
 * hard evidence: a normalised e-mail the person is known under, or the platform's own person id.
 * Softer evidence (the same name, an abbreviated name, a shared phone number or mailbox name) never
 * merges; it creates a separate person and a few `MergeSuggestion`s with the evidence in words, for
 * the organizer to decide.
 *
 * Two halves: an `IdentityIndex` of who is known under what (built once, taught each person a row
 * creates or changes), and an `IdentityImport` that decides one row at a time against it, with what
 * it knows of the event's lists. A 1,000-row import into 50,000 people costs one pass over the
 * people plus a constant amount per row.
 */
import type { MergeSuggestion, Person, Platform, Registration, Tombstone } from '../domain/schemas'
import { normaliseEmail, normaliseName } from '../import/normalise'
import { platformProfile } from '../import/platforms/registry'
import type { ImportedRow } from '../import/types'
import { isTombstoned, tombstoneHashSet } from './delete-person'
import {
  addId,
  forEachId,
  IdentityIndex,
  wantedKeys,
  type IdIndex,
  type Ids,
} from './identity-index'
import {
  emailLocalPart,
  emailWithoutTag,
  isBetterName,
  isNameEvidence,
  isNameWordShared,
  nameShape,
  phoneHeadersOf,
  phoneKey,
  phoneOf,
  type NameShape,
} from './identity-keys'

export { foldText, isBetterName, nameShape, type NameShape } from './identity-keys'

/** Shown to the organizer for rows of a deleted person. */
export const TOMBSTONED_REASON = "deleted at the person's request"

/**
 * At most this many suggestions per new person, the strongest evidence first: a common name
 * ("John Smith") would otherwise flood the review list with pairs nobody can judge from a name
 * alone, and possible duplicates would grow with pairs of people instead of with people.
 */
export const MAX_SUGGESTIONS_PER_ROW = 3

/**
 * How many holders of each blocking key a new person is compared with. Keys are looked up in
 * index order, so a name thousands share costs a row this many looks, not thousands.
 */
const BLOCK_SCAN = 16

/** How a platform is named in sentences a person reads: its profile's label. */
export function platformLabel(platform: Platform): string {
  return platformProfile(platform).label
}

/** The key of an unordered pair of people, so a pair is suggested at most once. */
export function pairKey(firstId: string, secondId: string): string {
  return firstId < secondId ? `${firstId}\u0000${secondId}` : `${secondId}\u0000${firstId}`
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

/** A row's identifiers and blocking keys, normalised once and read by both halves of its resolution. */
export interface RowKeys {
  email: string
  platformPersonId: string
  name: string
  shape: NameShape
  /** The e-mail's mailbox name (`emailLocalPart`), empty when none. */
  localPart: string
  /** The row's phone number as typed, and as compared (`phoneKey`); empty when none. */
  phone: string
  phoneKey: string
}

/**
 * Normalises a row's identifiers and computes its blocking keys; `phoneHeaders`, when given, are
 * the only answers read for a phone number (see `phoneHeadersOf`).
 */
export function rowKeys(row: ImportedRow, phoneHeaders?: readonly string[]): RowKeys {
  const email = normaliseEmail(row.email)
  const name = normaliseName(row.name)
  const phone = phoneOf(row.answers, phoneHeaders)
  return {
    email,
    platformPersonId: row.platformPersonId.trim(),
    name,
    shape: nameShape(name),
    localPart: emailLocalPart(email),
    phone,
    phoneKey: phoneKey(phone),
  }
}

/** Someone a new person may be, and which identifiers besides the name they share. */
export interface SuggestionCandidate {
  person: Person
  isPhoneShared: boolean
  isMailboxShared: boolean
}

/**
 * Who a row is, decided against the index before anything changes: what `IdentityImport.apply`
 * then teaches the index. Deciding reads only; applying is what changes the index and the lists.
 */
export type RowDecision =
  | { kind: 'skipped'; reason: string }
  | {
      kind: 'matched'
      personId: string
      matchedBy: MatchedBy
      /** Whether the row's e-mail and platform id are held by nobody yet, so the person learns them. */
      isEmailNew: boolean
      isPlatformIdNew: boolean
      /** Set for a `night-name` match: why the row is that person. */
      nightEvidence: string[] | null
      /** The name on the event's keyless list whose next registration the row claims. */
      claimsKeylessName: string | null
    }
  | {
      kind: 'created'
      /** People the new person may be, for review, the strongest evidence first. */
      candidates: readonly SuggestionCandidate[]
      /** What the index holds under the row's name (for indexing the new person). */
      sameName: Ids
      claimsKeylessName: string | null
    }

type MatchedDecision = Extract<RowDecision, { kind: 'matched' }>

/**
 * One import of one event's rows against an `IdentityIndex` (DESIGN.md §1.3). Holds what the
 * decisions need beyond the index: the event's lists as they stood (who is on them, which keyed and
 * keyless registrations rows may claim back, the night's other platforms' lists), the pairs already
 * suggested, and what this import has done so far.
 */
export class IdentityImport {
  private readonly label: string
  private readonly createdAt: string
  private readonly tombstones: ReadonlySet<string>
  private readonly presence = new Map<string, EventPresence[]>()
  private readonly personByRowKey = new Map<string, string>()
  private readonly keylessByName = new Map<string, string[]>()
  private readonly otherListByName: IdIndex = new Map()
  private readonly otherListFullByInitial: IdIndex = new Map()
  private readonly otherListAbbreviatedByInitial: IdIndex = new Map()
  private readonly otherPlatformOf = new Map<string, Platform>()
  // How many rows of this file carry each name, first name + initial and mailbox name, counted
  // when first asked (an import of people who share nothing never asks), and how many people
  // known before the import hold each (counted once per key): how many a key alone may point at.
  private fileCounts: Record<BlockingKind, Map<string, number>> | undefined
  private readonly knownHolders: Record<BlockingKind, Map<string, number>> = {
    name: new Map(),
    initial: new Map(),
    mailbox: new Map(),
  }
  private readonly linkedTonight = new Set<string>()
  private readonly suggestedPairs: Set<string>
  private readonly previous = new Map<string, Person>()
  // People this import has put on the list so far, beside `presence` (the list before it): kept as
  // a set, because an entry per row would be an array and an object for each of 200,000 rows.
  private readonly matchedIdSet = new Set<string>()
  private readonly suggestions: MergeSuggestion[] = []
  private readonly resolutions: RowResolution[] = []

  /**
   * `rows` are the keys of all the file's rows (how often a name recurs in the file weighs it as
   * evidence); the index must know exactly the workspace's people, as `state` has them.
   */
  constructor(
    private readonly index: IdentityIndex,
    state: Omit<IdentityState, 'people'>,
    private readonly request: Omit<IdentityRequest, 'rows'>,
    private readonly rows: readonly RowKeys[],
    private readonly ctx: { now: Date; newId: () => string },
  ) {
    const { eventId, platform } = request
    index.settle()
    this.label = platformLabel(platform)
    this.createdAt = ctx.now.toISOString()
    this.tombstones = tombstoneHashSet(state.tombstones)

    // This event's list as it stood before the import: who is on it (evidence), which keyed rows
    // belong to whom, and which keyless rows a name-only row may claim back.
    for (const registration of state.registrations) {
      if (registration.eventId !== eventId) continue
      pushTo(this.presence, registration.personId, {
        platform: registration.platform,
        attendance: registration.attendance,
      })
      if (registration.platform !== platform) continue
      if (registration.sourceKey !== '') {
        this.personByRowKey.set(registration.sourceKey, registration.personId)
      } else {
        const owner = index.person(registration.personId)
        const key = owner === undefined ? '' : nameShape(owner.name).key
        if (key !== '') pushTo(this.keylessByName, key, registration.personId)
      }
    }

    // The night's other lists (people registered on another platform only): a row naming exactly
    // one of them, unambiguously, is that person (cross-posting, DESIGN.md §1.3).
    for (const [personId, entries] of this.presence) {
      if (entries.some((entry) => entry.platform === platform)) continue
      const owner = index.person(personId)
      const other = entries[0]
      if (owner === undefined || other === undefined) continue
      const shape = nameShape(owner.name)
      if (shape.initialKey === null) continue
      this.otherPlatformOf.set(personId, other.platform)
      addId(this.otherListByName, shape.key, personId)
      addId(
        shape.isAbbreviated ? this.otherListAbbreviatedByInitial : this.otherListFullByInitial,
        shape.initialKey,
        personId,
      )
    }

    this.suggestedPairs = new Set(
      state.mergeSuggestions.map((suggestion) =>
        pairKey(suggestion.personIds[0], suggestion.personIds[1]),
      ),
    )
  }

  /** Decides and applies one row; rows go in file order, each seeing what earlier ones did. */
  resolve(row: ImportedRow, keys: RowKeys): RowResolution {
    return this.apply(row, keys, this.decide(row, keys))
  }

  /**
   * Who the row is. Per row, in order: skipped when any identifier is tombstoned; else the person
   * known under its e-mail; else the person known under its platform id; else, for a row with
   * neither, the person the same row already belongs to (same key, or same name on the same keyless
   * list: re-importing a name-only file must not duplicate anyone); else the one person another
   * platform's list of this night names unambiguously; else a new person, offered for review
   * beside the few people sharing a blocking key with the row whose evidence is strongest.
   */
  decide(row: ImportedRow, keys: RowKeys): RowDecision {
    const { eventId, platform } = this.request
    if (isTombstoned(row, this.tombstones, { eventId, platform })) {
      return { kind: 'skipped', reason: TOMBSTONED_REASON }
    }
    const { email, platformPersonId, shape } = keys
    const emailOwner = this.index.emailOwner(email)
    const platformOwner = this.index.platformIdOwner(platform, platformPersonId)
    const isEmailNew = email !== '' && emailOwner === undefined
    const isPlatformIdNew = platformPersonId !== '' && platformOwner === undefined
    if (emailOwner !== undefined)
      return matchedDecision(emailOwner, 'email', isEmailNew, isPlatformIdNew)
    if (platformOwner !== undefined)
      return matchedDecision(platformOwner, 'platform-id', isEmailNew, isPlatformIdNew)

    let claimsKeylessName: string | null = null
    if (email === '' && platformPersonId === '') {
      if (row.sourceKey !== '') {
        const owner = this.personByRowKey.get(row.sourceKey)
        if (owner !== undefined && this.index.isKnown(owner)) {
          return matchedDecision(owner, 'same-registration', isEmailNew, isPlatformIdNew)
        }
      } else if (shape.key !== '') {
        // Each keyless registration is claimed once: two "John Smith" rows on one list stay two
        // people.
        const owner = this.keylessByName.get(shape.key)?.[0]
        if (owner !== undefined) {
          claimsKeylessName = shape.key
          if (this.index.isKnown(owner)) {
            return {
              ...matchedDecision(owner, 'same-registration', isEmailNew, isPlatformIdNew),
              claimsKeylessName,
            }
          }
        }
      }
    }
    if (this.otherPlatformOf.size > 0) {
      const linked = this.nightCandidate(keys)
      if (linked !== undefined) {
        return {
          ...matchedDecision(linked.personId, 'night-name', isEmailNew, isPlatformIdNew),
          nightEvidence: linked.evidence,
          claimsKeylessName,
        }
      }
    }
    const sameName = this.index.namesakes(shape)
    return {
      kind: 'created',
      candidates: this.candidates(keys, sameName),
      sameName,
      claimsKeylessName,
    }
  }

  /** Carries out a decision: the person created or taught, the suggestions, the resolution. */
  apply(row: ImportedRow, keys: RowKeys, decision: RowDecision): RowResolution {
    const resolution = this.resolutionOf(row, keys, decision)
    this.resolutions.push(resolution)
    return resolution
  }

  /** What the import has decided so far: every row's resolution, the people, the suggestions. */
  result(): IdentityResolution {
    const changedPeople: Person[] = []
    const previousPeople: Person[] = []
    for (const [id, before] of this.previous) {
      const after = this.index.person(id)
      if (after === undefined) continue
      changedPeople.push(after)
      previousPeople.push(before)
    }
    return {
      resolutions: this.resolutions,
      createdPeople: [...this.index.addedPeople()],
      changedPeople,
      previousPeople,
      suggestions: this.suggestions,
    }
  }

  private resolutionOf(row: ImportedRow, keys: RowKeys, decision: RowDecision): RowResolution {
    if (decision.kind === 'skipped') {
      return { kind: 'skipped', line: row.line, reason: decision.reason }
    }
    if (decision.claimsKeylessName !== null) {
      this.keylessByName.get(decision.claimsKeylessName)?.shift()
    }
    const { email, platformPersonId, name, shape } = keys
    const { platform } = this.request
    if (decision.kind === 'matched') {
      this.index.addPhone(decision.personId, keys.phoneKey)
      const { personId, matchedBy } = decision
      if (decision.nightEvidence !== null) this.linkedTonight.add(personId)
      const person = this.index.person(personId)
      let updated = person
      if (person !== undefined) {
        updated = absorbRow(person, {
          email: decision.isEmailNew ? email : '',
          platformKey: decision.isPlatformIdNew ? platformPersonId : '',
          platform,
          name,
        })
        if (updated !== person) {
          if (this.index.isKnown(personId) && !this.previous.has(personId)) {
            this.previous.set(personId, person)
          }
          this.index.replace(person, updated)
        }
      }
      this.matchedIdSet.add(personId)
      if (decision.nightEvidence === null || person === undefined || updated === undefined) {
        return { kind: 'matched', line: row.line, personId, matchedBy }
      }
      return {
        kind: 'matched',
        line: row.line,
        personId,
        matchedBy,
        night: {
          rowName: name,
          rowEmail: email,
          platformPersonId,
          nameBefore: updated.name !== person.name ? person.name : null,
          learnedEmail: updated.emails.length > person.emails.length ? email : '',
          learnedPlatformId:
            updated.platformIds.length > person.platformIds.length ? platformPersonId : '',
          evidence: decision.nightEvidence,
        },
      }
    }

    const person: Person = {
      id: this.ctx.newId(),
      name,
      emails: email === '' ? [] : [email],
      platformIds: platformPersonId === '' ? [] : [{ platform, id: platformPersonId }],
      notes: '',
      tags: [],
      createdAt: this.createdAt,
    }
    for (const candidate of decision.candidates) {
      const key = pairKey(candidate.person.id, person.id)
      if (this.suggestedPairs.has(key)) continue
      this.suggestedPairs.add(key)
      this.suggestions.push({
        id: this.ctx.newId(),
        personIds: [candidate.person.id, person.id],
        evidence: this.evidenceFor(candidate, person, keys, row),
        createdAt: this.createdAt,
        status: 'open',
      })
    }
    // Nothing has added to the index since the decision looked up `sameName`.
    this.index.add(person, shape, decision.sameName)
    this.index.addPhone(person.id, keys.phoneKey)
    return { kind: 'created', line: row.line, personId: person.id }
  }

  /**
   * The one person on another list of this night whom the row names, or undefined when it is not
   * certain: two candidates, two such rows on this list, a different e-mail on each side, or a
   * different id on this platform. Those go to review as suggestions instead.
   */
  private nightCandidate({
    shape,
    name,
    email,
    platformPersonId,
  }: RowKeys): { personId: string; evidence: string[] } | undefined {
    // Two "Tom B." (or "Tom B." and "Tom Baker") on one list cannot be told apart by name, so none
    // of them is linked.
    if (shape.initialKey === null || this.rowsWith('initial', shape.initialKey) !== 1) {
      return undefined
    }
    const ids = new Set<string>()
    forEachId(this.otherListByName.get(shape.key), (id) => ids.add(id))
    const byInitial = shape.isAbbreviated
      ? this.otherListFullByInitial
      : this.otherListAbbreviatedByInitial
    forEachId(byInitial.get(shape.initialKey), (id) => ids.add(id))
    // Someone "Tom B." on the other list who is also "Tom B." here counts once, not twice.
    if (ids.size !== 1) return undefined
    const [personId] = ids
    if (
      personId === undefined ||
      this.linkedTonight.has(personId) ||
      this.matchedIdSet.has(personId)
    ) {
      return undefined
    }
    const candidate = this.index.isKnown(personId) ? this.index.person(personId) : undefined
    if (candidate === undefined) return undefined
    const candidateShape = nameShape(candidate.name)
    // Another abbreviation sharing the initial ("Tom B." for "Tom Baker" is fine, "Tom B." for
    // "Tom B." is the same key) but never two full names that only share an initial.
    if (candidateShape.key !== shape.key && candidateShape.isAbbreviated === shape.isAbbreviated) {
      return undefined
    }
    if (email !== '' && candidate.emails.length > 0) return undefined
    const { platform, eventTitle } = this.request
    if (
      platformPersonId !== '' &&
      candidate.platformIds.some(
        (entry) => entry.platform === platform && entry.id.trim() !== platformPersonId,
      )
    ) {
      return undefined
    }
    const label = this.label
    const otherLabel = platformLabel(this.otherPlatformOf.get(personId) ?? platform)
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

  /**
   * The people a new person may be (DESIGN.md §1.3: uncertain matches are offered for review),
   * found under the row's blocking keys (phone number, e-mail mailbox name, folded name, first
   * name + initial), at most `MAX_SUGGESTIONS_PER_ROW`, strongest first:
   *
   * - a shared phone number, or one mailbox (`ana@` and `ana+meetups@` of one domain), always;
   * - a shared mailbox name at another domain, with names that share a word, when few people
   *   have that mailbox name: `maria.garcia` at five providers is five people;
   * - the same name (or an abbreviation of it) when one side has no e-mail, nothing to tell them
   *   apart by (the first few holders of the name: they and the row make one group);
   * - the same name with two different e-mails only when the name points at a few people: in a
   *   list of forty "Maria Garcia", forty different addresses are forty people.
   */
  private candidates(keys: RowKeys, sameName: Ids): readonly SuggestionCandidate[] {
    const { shape, email } = keys
    const phoneIds = idList(this.index.phoneHolders(keys.phoneKey))
    const mailboxIds = idList(this.index.localPartHolders(keys.localPart))
    let namesakes = idList(sameName)
    const mates = idList(this.index.abbreviationMates(shape))
    // Most new people share no key with anybody; they leave without further work.
    if (
      namesakes.length === 0 &&
      mates.length === 0 &&
      phoneIds.length === 0 &&
      mailboxIds.length === 0
    ) {
      return NO_CANDIDATES
    }
    // Whether the row's name, its abbreviation and its mailbox name are rare: asked once per row.
    let isSameNameRare: boolean | undefined
    let isInitialRare: boolean | undefined
    let isMailboxNameRare: boolean | undefined
    const ranked: { candidate: SuggestionCandidate; strength: number }[] = []
    const seen: string[] = []
    let namesOnly = 0
    const consider = (id: string): void => {
      if (seen.includes(id)) return
      seen.push(id)
      const person = this.index.person(id)
      if (person === undefined) return
      const personShape = this.index.shapeOf(person)
      // Index entries go stale when a name improves mid-import; the current name decides.
      const isName = isNameEvidence(personShape, shape)
      const isPhoneShared = isAmongFirst(phoneIds, id)
      let isMailboxShared = false
      if (isAmongFirst(mailboxIds, id)) {
        if (this.isSameMailbox(person, email)) isMailboxShared = true
        else if (
          isName ||
          isNameWordShared(personShape, shape) ||
          personShape.key === '' ||
          shape.key === ''
        ) {
          isMailboxNameRare ??= this.isRare('mailbox', keys.localPart, mailboxIds)
          isMailboxShared = isMailboxNameRare
        }
      }
      const isEmailMissing = email === '' || person.emails.length === 0
      let isOffered = isPhoneShared || isMailboxShared || (isName && isEmailMissing)
      if (!isOffered && isName) {
        if (personShape.key === shape.key) {
          isSameNameRare ??= this.isRare('name', shape.key, namesakes)
          isOffered = isSameNameRare
        } else {
          isInitialRare ??= this.isRare('initial', shape.initialKey ?? '', mates)
          isOffered = isInitialRare
        }
      }
      if (!isOffered) return
      const strength =
        (isPhoneShared ? 8 : 0) +
        (isMailboxShared ? 4 : 0) +
        (isName ? 2 : 0) +
        (isName && isEmailMissing ? 1 : 0)
      ranked.push({ candidate: { person, isPhoneShared, isMailboxShared }, strength })
      if (!isPhoneShared && !isMailboxShared) namesOnly += 1
    }
    // Holders of the phone and the mailbox name first: that evidence ranks above any name.
    for (let at = 0; at < phoneIds.length && at < BLOCK_SCAN; at += 1) consider(phoneIds[at] ?? '')
    for (let at = 0; at < mailboxIds.length && at < BLOCK_SCAN; at += 1) {
      consider(mailboxIds[at] ?? '')
    }
    // Then the name's holders, until the row has its few: the rest would rank no higher. Beside
    // a row with an e-mail, a name many hold is evidence only for those without one.
    if (email !== '' && namesakes.length > 0) {
      isSameNameRare ??= this.isRare('name', shape.key, namesakes)
      if (!isSameNameRare) namesakes = idList(this.index.emaillessNamesakes(shape))
    }
    const names =
      namesakes.length === 0 ? mates : mates.length === 0 ? namesakes : [...namesakes, ...mates]
    for (
      let at = 0;
      at < names.length && at < BLOCK_SCAN && namesOnly < MAX_SUGGESTIONS_PER_ROW;
      at += 1
    ) {
      consider(names[at] ?? '')
    }
    // Stable: equal evidence keeps index order, the name's first holders first.
    ranked.sort((a, b) => b.strength - a.strength)
    return ranked.slice(0, MAX_SUGGESTIONS_PER_ROW).map(({ candidate }) => candidate)
  }

  /** Whether one of the person's addresses is the row's, but for a `+tag`. */
  private isSameMailbox(person: Person, email: string): boolean {
    if (email === '') return false
    const untagged = emailWithoutTag(email)
    return person.emails.some((known) => emailWithoutTag(normaliseEmail(known)) === untagged)
  }

  /**
   * Whether at most `MAX_SUGGESTIONS_PER_ROW` others hold a blocking key, so that it is evidence
   * on its own: people known before the import (counted once per key, from `holders`, and only
   * up to `BLOCK_SCAN`: a key held by more is common anyway) plus this file's other rows with it.
   */
  private isRare(kind: BlockingKind, key: string, holders: readonly string[]): boolean {
    const known = this.knownHolders[kind]
    let count = known.get(key)
    if (count === undefined) {
      count = 0
      if (holders.length > BLOCK_SCAN) count = BLOCK_SCAN
      else for (const id of holders) if (this.index.isKnown(id)) count += 1
      known.set(key, count)
    }
    return count + (this.rowsWith(kind, key) || 1) - 1 <= MAX_SUGGESTIONS_PER_ROW
  }

  /** How many rows of this file have a blocking key. */
  private rowsWith(kind: BlockingKind, key: string): number {
    if (this.fileCounts === undefined) {
      const counts: Record<BlockingKind, Map<string, number>> = {
        name: new Map(),
        initial: new Map(),
        mailbox: new Map(),
      }
      for (const { shape, localPart } of this.rows) {
        if (localPart !== '') increment(counts.mailbox, localPart)
        if (shape.key !== '') increment(counts.name, shape.key)
        if (shape.initialKey !== null) increment(counts.initial, shape.initialKey)
      }
      this.fileCounts = counts
    }
    return this.fileCounts[kind].get(key) ?? 0
  }

  private evidenceFor(
    { person: existing, isPhoneShared, isMailboxShared }: SuggestionCandidate,
    incoming: Person,
    keys: RowKeys,
    row: ImportedRow,
  ): string[] {
    const { label } = this
    const { platform, eventTitle } = this.request
    const incomingShape = keys.shape
    const existingShape = this.index.shapeOf(existing)
    const isName = isNameEvidence(existingShape, incomingShape)
    const evidence: string[] = []
    if (existingShape.key === incomingShape.key) {
      evidence.push(`same name “${incoming.name}”`)
    } else if (!isName) {
      evidence.push(`names “${existing.name}” and “${incoming.name}”`)
    } else if (incomingShape.isAbbreviated) {
      evidence.push(`${label} name “${incoming.name}” abbreviates “${existing.name}”`)
    } else {
      evidence.push(`“${existing.name}” abbreviates ${label} name “${incoming.name}”`)
    }
    if (isPhoneShared) evidence.push(`same phone number ${keys.phone}`)

    const rowEmail = incoming.emails[0]
    const mailboxEmail = isMailboxShared
      ? existing.emails.find((known) => emailLocalPart(normaliseEmail(known)) === keys.localPart)
      : undefined
    const knownEmail = mailboxEmail ?? existing.emails[0]
    if (rowEmail === undefined) evidence.push(`no e-mail on the ${label} row`)
    else if (knownEmail === undefined) evidence.push(`no e-mail known for “${existing.name}”`)
    else if (mailboxEmail !== undefined && !isName) {
      evidence.push(`same mailbox name “${keys.localPart}”: ${knownEmail} and ${rowEmail}`)
    } else evidence.push(`different e-mails: ${knownEmail} and ${rowEmail}`)

    const existingPresence = this.presence.get(existing.id) ?? []
    const isOnThisList =
      // Not a workspace person: created by an earlier row of this file.
      !this.index.isKnown(existing.id) ||
      this.matchedIdSet.has(existing.id) ||
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

/**
 * Decides who each row of one event's export is (DESIGN.md §1.3: identity by normalised e-mail, by
 * a platform's own person id, and by the extra e-mails a person is known under; uncertain matches
 * are offered for review with the evidence, never merged silently). Rows are resolved in file
 * order and each resolved row teaches the index, so a later row with the same e-mail joins the
 * person an earlier row created.
 */
export function resolveIdentity(
  state: IdentityState,
  request: IdentityRequest,
  ctx: { now: Date; newId: () => string },
): IdentityResolution {
  // Each row's keys are computed once, here, and reused for its lookups and for the person it
  // creates: on a large import these were several calls per row.
  const phoneHeaders = phoneHeadersOf(request.rows)
  const keys = request.rows.map((row) => rowKeys(row, phoneHeaders))
  // Blocking keys are only ever looked up by a row's keys, so an entry under any other is never
  // read. When the file has more rows than the workspace has people, the filter itself costs more
  // than the entries it saves, and everyone is indexed.
  const wanted = state.people.length > request.rows.length ? wantedKeys(keys) : undefined
  const index = new IdentityIndex(state.people, wanted)
  // People keep no phone of their own; it is read from their registrations when the file has one.
  if (keys.some((each) => each.phoneKey !== '')) index.addPhonesOf(state.registrations)
  const identityImport = new IdentityImport(index, state, request, keys, ctx)
  for (const [position, row] of request.rows.entries()) {
    identityImport.resolve(row, keys[position] ?? rowKeys(row, phoneHeaders))
  }
  return identityImport.result()
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

/** The blocking keys whose holders are counted: folded name, first name + initial, mailbox name. */
type BlockingKind = 'name' | 'initial' | 'mailbox'

const NO_IDS: readonly string[] = []
const NO_CANDIDATES: readonly SuggestionCandidate[] = []

function matchedDecision(
  personId: string,
  matchedBy: MatchedBy,
  isEmailNew: boolean,
  isPlatformIdNew: boolean,
): MatchedDecision {
  return {
    kind: 'matched',
    personId,
    matchedBy,
    isEmailNew,
    isPlatformIdNew,
    nightEvidence: null,
    claimsKeylessName: null,
  }
}

/** The ids an index holds under a key, as a list. */
function idList(ids: Ids): readonly string[] {
  return ids === undefined ? NO_IDS : typeof ids === 'string' ? [ids] : ids
}

/** Whether `id` is among the first `BLOCK_SCAN` of `ids`: those a row is compared with. */
function isAmongFirst(ids: readonly string[], id: string): boolean {
  const at = ids.indexOf(id)
  return at !== -1 && at < BLOCK_SCAN
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}
