/**
 * Who is known under what (DESIGN.md §1.3): people by normalised e-mail, by a platform's own
 * person id (both decide identity), and by the blocking keys possible duplicates are looked for
 * under: folded name, first name + initial, e-mail mailbox name, phone number. Built once from the workspace's people
 * and taught each person an import creates or changes, so a later row sees what earlier rows did.
 * Rows are decided against it in `resolve-identity.ts`; nothing here knows about events or files.
 */
import type { Person, Platform, Registration } from '../domain/schemas'
import { normaliseEmail } from '../import/normalise'
import { emailLocalPart, nameShape, phoneKey, phoneOf, type NameShape } from './identity-keys'

/**
 * Key → the ids of the people under it. A key most often has one person, held as the id itself:
 * an array per key would be 200,000 one-element arrays on a large import.
 */
export type IdIndex = Map<string, string | string[]>

/** What an `IdIndex` holds under one key. */
export type Ids = string | string[] | undefined

export function addId(index: IdIndex, key: string, id: string): void {
  addToIds(index, key, id, index.get(key))
}

/** `addId`, given what the index holds under `key`. */
function addToIds(index: IdIndex, key: string, id: string, ids: Ids): void {
  if (ids === undefined) index.set(key, id)
  else if (typeof ids === 'string') index.set(key, [ids, id])
  else ids.push(id)
}

export function forEachId(ids: Ids, visit: (id: string) => void): void {
  if (typeof ids === 'string') visit(ids)
  else if (ids !== undefined) for (const id of ids) visit(id)
}

/** How many people an `IdIndex` holds under one key. */
export function countIds(ids: Ids): number {
  return ids === undefined ? 0 : typeof ids === 'string' ? 1 : ids.length
}

/** Visits ids while `visit` returns true; false when a visit asked to stop. */
export function someId(ids: Ids, visit: (id: string) => boolean): boolean {
  if (typeof ids === 'string') return visit(ids)
  if (ids !== undefined) {
    for (const id of ids) if (!visit(id)) return false
  }
  return true
}

/** The blocking keys an index will be asked about; others need no entry. */
export interface WantedKeys {
  names: ReadonlySet<string>
  initials: ReadonlySet<string>
  localParts: ReadonlySet<string>
  phones: ReadonlySet<string>
}

/** The blocking keys of some rows: the only ones their lookups will ask for. */
export function wantedKeys(
  rows: readonly { shape: NameShape; localPart: string; phoneKey: string }[],
): WantedKeys {
  const names = new Set<string>()
  const initials = new Set<string>()
  const localParts = new Set<string>()
  const phones = new Set<string>()
  for (const { shape, localPart, phoneKey: phone } of rows) {
    if (shape.key !== '') names.add(shape.key)
    if (shape.initialKey !== null) initials.add(shape.initialKey)
    if (localPart !== '') localParts.add(localPart)
    if (phone !== '') phones.add(phone)
  }
  return { names, initials, localParts, phones }
}

function platformIdKey(platform: Platform, id: string): string {
  return `${platform}:${id.trim()}`
}

/**
 * The people of a workspace, looked up by what identifies them, in their latest version.
 *
 * People the index was built with (or `settle`d) are "known"; people `add`ed since are kept in an
 * array rather than the map, so that a 200,000-row import of new people does not also fill a
 * 200,000-entry map nobody reads: where one sits is indexed only when first asked.
 */
export class IdentityIndex {
  private readonly known = new Map<string, Person>()
  private added: Person[] = []
  private addedPosition: Map<string, number> | undefined
  private readonly byEmail = new Map<string, string>()
  private readonly byPlatformId = new Map<string, string>()
  private readonly byName: IdIndex = new Map()
  // The same, for people without an e-mail: beside a row with one, a common name is evidence only
  // when an e-mail is missing, and looking for those among all holders would cost a row many looks.
  private readonly emaillessByName: IdIndex = new Map()
  private readonly fullByInitial: IdIndex = new Map()
  private readonly abbreviatedByInitial: IdIndex = new Map()
  private readonly byLocalPart: IdIndex = new Map()
  private readonly byPhone: IdIndex = new Map()
  // Candidates are looked at again by every row that shares their name; their shape is kept.
  private readonly shapes = new Map<Person, NameShape>()

  /**
   * With `wanted`, only those blocking keys of `people` are indexed: a 1,000-row import into
   * 50,000 people then holds a few thousand entries. Such an index answers only for those keys, so
   * it serves the one file they came from.
   */
  constructor(
    people: readonly Person[],
    private readonly wanted?: WantedKeys,
  ) {
    for (const person of people) {
      this.known.set(person.id, person)
      this.indexIdentifiers(person, wanted)
      const shape = nameShape(person.name)
      if (wanted === undefined) this.indexName(person, shape, this.namesakes(shape))
      else {
        if (wanted.names.has(shape.key)) {
          addId(this.byName, shape.key, person.id)
          if (person.emails.length === 0) addId(this.emaillessByName, shape.key, person.id)
        }
        if (shape.initialKey !== null && wanted.initials.has(shape.initialKey)) {
          addId(this.initialIndex(shape.isAbbreviated), shape.initialKey, person.id)
        }
      }
    }
  }

  /** A person in their latest version, known or added. */
  person(id: string): Person | undefined {
    const known = this.known.get(id)
    if (known !== undefined) return known
    const position = this.positionOfAdded(id)
    return position === undefined ? undefined : this.added[position]
  }

  /** Whether the person was known before the people added since the last `settle`. */
  isKnown(id: string): boolean {
    return this.known.has(id)
  }

  /** People added since the last `settle`, in the order they were added, each latest version. */
  addedPeople(): readonly Person[] {
    return this.added
  }

  /** The person known under a normalised e-mail. */
  emailOwner(email: string): string | undefined {
    return email === '' ? undefined : this.byEmail.get(email)
  }

  /** The person known under a platform's own person id. */
  platformIdOwner(platform: Platform, id: string): string | undefined {
    return id === '' ? undefined : this.byPlatformId.get(platformIdKey(platform, id))
  }

  /** The people writing from a mailbox of this name (`emailLocalPart`), at any domain. */
  localPartHolders(localPart: string): Ids {
    return localPart === '' ? undefined : this.byLocalPart.get(localPart)
  }

  /** The people known to have given this phone number (`phoneKey`). */
  phoneHolders(key: string): Ids {
    return key === '' ? undefined : this.byPhone.get(key)
  }

  /** Teaches the index a phone number a person gave (on a row matched or created). */
  addPhone(personId: string, key: string): void {
    if (key === '') return
    const holders = this.byPhone.get(key)
    if (holders === personId || (Array.isArray(holders) && holders.includes(personId))) return
    addToIds(this.byPhone, key, personId, holders)
  }

  /**
   * Teaches the index the phone numbers people gave on their registrations (people keep no phone
   * of their own: it is an answer on a platform's list). Only the numbers the index is asked about
   * when it was built for one file.
   */
  addPhonesOf(registrations: readonly Registration[]): void {
    for (const registration of registrations) {
      const key = phoneKey(phoneOf(registration.answers))
      if (key === '' || (this.wanted !== undefined && !this.wanted.phones.has(key))) continue
      this.addPhone(registration.personId, key)
    }
  }

  /** The people whose folded name is this one's (entries may be stale: check the current name). */
  namesakes(shape: NameShape): Ids {
    return shape.key === '' ? undefined : this.byName.get(shape.key)
  }

  /** `namesakes` who had no e-mail when indexed (entries may be stale: check the person). */
  emaillessNamesakes(shape: NameShape): Ids {
    return shape.key === '' ? undefined : this.emaillessByName.get(shape.key)
  }

  /** The people whose name this one abbreviates, or who abbreviate it (`Tom B.` ↔ `Tom Baker`). */
  abbreviationMates(shape: NameShape): Ids {
    if (shape.initialKey === null) return undefined
    return this.initialIndex(!shape.isAbbreviated).get(shape.initialKey)
  }

  /** A person's name shape, computed once per version of the person. */
  shapeOf(person: Person): NameShape {
    let shape = this.shapes.get(person)
    if (shape === undefined) {
      shape = nameShape(person.name)
      this.shapes.set(person, shape)
    }
    return shape
  }

  /**
   * Teaches the index a new person. `shape` is their name's; `sameName` is what `namesakes`
   * answered for it, when the caller has just asked (one lookup instead of two per new person).
   */
  add(person: Person, shape: NameShape, sameName: Ids = this.namesakes(shape)): void {
    this.addedPosition?.set(person.id, this.added.length)
    this.added.push(person)
    this.indexIdentifiers(person)
    this.indexName(person, shape, sameName)
  }

  /** Teaches the index a new version of a person: new identifiers, an improved name. */
  replace(before: Person, after: Person): void {
    if (this.known.has(before.id)) this.known.set(before.id, after)
    else {
      const position = this.positionOfAdded(before.id)
      if (position !== undefined) this.added[position] = after
    }
    this.indexIdentifiers(after)
    if (after.name !== before.name) {
      const shape = nameShape(after.name)
      this.shapes.set(after, shape)
      this.indexName(after, shape, this.namesakes(shape))
    } else {
      const shape = this.shapes.get(before)
      if (shape !== undefined) this.shapes.set(after, shape)
    }
  }

  /** Counts the people added so far as known: the next import sees them as the workspace's. */
  settle(): void {
    for (const person of this.added) this.known.set(person.id, person)
    this.added = []
    this.addedPosition = undefined
  }

  private positionOfAdded(id: string): number | undefined {
    this.addedPosition ??= new Map(this.added.map((person, index) => [person.id, index]))
    return this.addedPosition.get(id)
  }

  private initialIndex(isAbbreviated: boolean): IdIndex {
    return isAbbreviated ? this.abbreviatedByInitial : this.fullByInitial
  }

  private indexIdentifiers(person: Person, wanted?: WantedKeys): void {
    for (const email of person.emails) {
      const key = normaliseEmail(email)
      if (key === '') continue
      // The first holder keeps an address, so a workspace that somehow lists one e-mail twice still
      // resolves the same way on every import. A person is taught their addresses again when they
      // change, so their mailbox names are indexed with the address, once.
      if (this.byEmail.has(key)) continue
      this.byEmail.set(key, person.id)
      const localPart = emailLocalPart(key)
      if (localPart !== '' && (wanted === undefined || wanted.localParts.has(localPart))) {
        addId(this.byLocalPart, localPart, person.id)
      }
    }
    for (const platformId of person.platformIds) {
      const key = platformIdKey(platformId.platform, platformId.id)
      if (!this.byPlatformId.has(key)) this.byPlatformId.set(key, person.id)
    }
  }

  private indexName(person: Person, shape: NameShape, sameName: Ids): void {
    if (shape.key !== '') {
      addToIds(this.byName, shape.key, person.id, sameName)
      if (person.emails.length === 0) addId(this.emaillessByName, shape.key, person.id)
    }
    if (shape.initialKey !== null) {
      addId(this.initialIndex(shape.isAbbreviated), shape.initialKey, person.id)
    }
  }
}
