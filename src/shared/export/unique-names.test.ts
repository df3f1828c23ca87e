import { describe, expect, it } from 'vitest'
import { uniqueFileNames } from './unique-names'

describe('uniqueFileNames', () => {
  it.each([
    { names: ['a.md', 'b.md'], expected: ['a.md', 'b.md'] },
    { names: ['a.md', 'a.md', 'a.md'], expected: ['a.md', 'a-2.md', 'a-3.md'] },
    { names: ['a.md', 'a-2.md', 'a.md'], expected: ['a.md', 'a-2.md', 'a-3.md'] },
    { names: ['Night.md', 'night.md'], expected: ['Night.md', 'night-2.md'] },
    { names: ['README', 'README'], expected: ['README', 'README-2'] },
  ])('$names → $expected', ({ names, expected }) => {
    expect(uniqueFileNames(names)).toEqual(expected)
  })
})
