import { describe, expect, it } from 'vitest'
import type { Person } from '../domain/schemas'
import { currentPersonLookup } from './current-person'
import { mergePeople, unmergePeople, type MergeState } from './merge'
import { sequentialIds } from '../testing/factories'

const person = (id: string, name: string): Person => ({
  id,
  name,
  emails: [`${id}@example.com`],
  platformIds: [],
  notes: '',
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
})

const STATE: MergeState = {
  people: [person('p-tom', 'Tom Baker'), person('p-tomb', 'Tom B.'), person('p-ana', 'Ana')],
  registrations: [],
  mergeSuggestions: [],
  merges: [],
}

describe('currentPersonLookup', () => {
  it('shows the survivor for an id a merge absorbed, and the absorbed person again after unmerge', () => {
    const merged = mergePeople(STATE, 'p-tom', 'p-tomb', {
      now: new Date('2026-03-01T10:00:00.000Z'),
      newId: sequentialIds('m'),
    })
    if (!merged.ok) throw new Error(merged.reason)
    // A board card or follow-up still names p-tomb: it now reads as Tom Baker.
    const afterMerge = currentPersonLookup(merged.state.people, merged.state.merges)
    expect(afterMerge('p-tomb')?.name).toBe('Tom Baker')
    expect(afterMerge('p-ana')?.name).toBe('Ana')
    expect(afterMerge('p-deleted')).toBeUndefined()

    const unmerged = unmergePeople(
      { ...merged.state, imports: [] },
      merged.record.id,
      new Date('2026-03-02T10:00:00.000Z'),
    )
    if (!unmerged.ok) throw new Error(unmerged.reason)
    const afterUnmerge = currentPersonLookup(unmerged.state.people, unmerged.state.merges)
    expect(afterUnmerge('p-tomb')?.name).toBe('Tom B.')
    expect(afterUnmerge('p-tom')?.name).toBe('Tom Baker')
  })
})
