/**
 * The person behind a demo: someone already in the workspace, or someone new typed into the add
 * form. A typed e-mail that a person already has is that person (DESIGN.md §1.3: identity is
 * decided by normalised e-mail), so adding a demo never creates a duplicate.
 */
import type { Person, Tombstone } from '../domain/schemas'
import { emailHash, tombstoneHashSet } from '../identity/delete-person'
import { normaliseEmail, normaliseName } from '../import/normalise'

export type PresenterChoice =
  { kind: 'existing'; personId: string } | { kind: 'new'; name: string; email: string }

export type PresenterResult =
  { ok: true; personId: string; created: Person | null } | { ok: false; reason: string }

export function resolvePresenter(
  people: readonly Person[],
  tombstones: readonly Tombstone[],
  choice: PresenterChoice,
  context: { id: string; now: Date },
): PresenterResult {
  if (choice.kind === 'existing') {
    return people.some((person) => person.id === choice.personId)
      ? { ok: true, personId: choice.personId, created: null }
      : { ok: false, reason: 'That person is no longer in the workspace.' }
  }
  const name = normaliseName(choice.name)
  const email = normaliseEmail(choice.email)
  if (name === '' && email === '') {
    return { ok: false, reason: 'Give the presenter a name or an e-mail.' }
  }
  if (email !== '') {
    if (tombstoneHashSet(tombstones).has(emailHash(email))) {
      return {
        ok: false,
        reason: 'This e-mail belongs to someone who asked to be deleted; they cannot be added.',
      }
    }
    const known = people.find((person) => person.emails.includes(email))
    if (known !== undefined) return { ok: true, personId: known.id, created: null }
  }
  const created: Person = {
    id: context.id,
    name: name === '' ? email : name,
    emails: email === '' ? [] : [email],
    platformIds: [],
    notes: '',
    tags: [],
    createdAt: context.now.toISOString(),
  }
  return { ok: true, personId: created.id, created }
}
