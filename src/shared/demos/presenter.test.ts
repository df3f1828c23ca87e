import { describe, expect, it } from 'vitest'
import type { Person } from '../domain/schemas'
import { emailHash } from '../identity/delete-person'
import { resolvePresenter } from './presenter'

const ana: Person = {
  id: 'p1',
  name: 'Ana Lima',
  emails: ['ana@example.com'],
  platformIds: [],
  notes: '',
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
}
const context = { id: 'new-1', now: new Date('2026-11-23T12:00:00.000Z') }

describe('resolvePresenter', () => {
  it('uses the person an e-mail already belongs to instead of creating a duplicate', () => {
    const result = resolvePresenter(
      [ana],
      [],
      { kind: 'new', name: 'Ana L.', email: '  ANA@example.com ' },
      context,
    )
    expect(result).toEqual({ ok: true, personId: 'p1', created: null })
  })

  it('creates a new person with a normalised e-mail', () => {
    const result = resolvePresenter(
      [ana],
      [],
      { kind: 'new', name: ' Tom  Becker ', email: 'Tom@Example.com' },
      context,
    )
    expect(result).toMatchObject({
      ok: true,
      personId: 'new-1',
      created: { name: 'Tom Becker', emails: ['tom@example.com'] },
    })
  })

  it('refuses someone deleted at their request, and an empty presenter', () => {
    const tombstones = [
      { hash: emailHash('gone@example.com'), deletedAt: '2026-10-01T00:00:00.000Z' },
    ]
    expect(
      resolvePresenter(
        [],
        tombstones,
        { kind: 'new', name: 'X', email: 'gone@example.com' },
        context,
      ).ok,
    ).toBe(false)
    expect(resolvePresenter([], [], { kind: 'new', name: ' ', email: '' }, context).ok).toBe(false)
    expect(resolvePresenter([], [], { kind: 'existing', personId: 'nobody' }, context).ok).toBe(
      false,
    )
  })
})
