import { describe, expect, it } from 'vitest'
import type { MergeRecord } from '../domain/schemas'
import { personResolver } from './person-resolver'

function merge(absorbed: string, survivor: string, undoneAt: string | null = null) {
  return {
    absorbed: { id: absorbed },
    survivorBefore: { id: survivor },
    undoneAt,
  } as unknown as Pick<MergeRecord, 'absorbed' | 'survivorBefore' | 'undoneAt'>
}

describe('personResolver', () => {
  const resolve = personResolver(
    [{ id: 's' }, { id: 'u' }, { id: 'a' }],
    [merge('x', 'y'), merge('y', 's'), merge('u', 'a', '2026-10-01T00:00:00.000Z')],
  )

  it.each([
    { id: 'a', expected: 'a', why: 'a current person is themselves' },
    { id: 'x', expected: 's', why: 'merges chain: x into y, y into s' },
    { id: 'y', expected: 's', why: 'an absorbed person resolves to the survivor' },
    { id: 'u', expected: 'u', why: 'an undone merge is ignored' },
    { id: 'gone', expected: null, why: 'a deleted person resolves to nobody' },
  ])('$id → $expected ($why)', ({ id, expected }) => {
    expect(resolve(id)).toBe(expected)
  })
})
