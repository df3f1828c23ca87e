import { describe, expect, it } from 'vitest'
import type { BoardColumn } from '../domain/board-schemas'
import { pipelineCounts } from './pipeline-counts'

function column(id: string, cardIds: string[], isArchived = false): BoardColumn {
  return { id, name: `Column ${id}`, kind: 'path', isArchived, cardIds }
}

describe('pipelineCounts', () => {
  it.each([
    { name: 'an empty board has no columns', columns: [], expected: [] },
    {
      name: 'counts cards per column in board order, leaving out archived columns',
      columns: [column('b', ['c1', 'c2']), column('old', ['c3'], true), column('a', [])],
      expected: [
        { columnId: 'b', name: 'Column b', count: 2 },
        { columnId: 'a', name: 'Column a', count: 0 },
      ],
    },
  ])('$name', ({ columns, expected }) => {
    expect(pipelineCounts({ columns })).toEqual(expected)
  })
})
