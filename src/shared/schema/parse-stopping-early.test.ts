import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { buildSampleWorkspace } from '../sample/sample-workspace'
import { parseStoppingEarly } from './parse-stopping-early'
import { fileSchemas, WORKSPACE_FILE_NAMES } from './workspace'

const file = z.object({
  items: z.array(z.object({ id: z.string(), count: z.number() })),
  note: z.string().optional(),
})

describe('parseStoppingEarly', () => {
  const sample = buildSampleWorkspace(new Date('2026-11-23T12:00:00.000Z'))
  it.each(WORKSPACE_FILE_NAMES)('gives what zod gives for a good %s file', (name) => {
    const data = sample[name]
    expect(parseStoppingEarly(fileSchemas[name], data)).toEqual({
      success: true,
      data: fileSchemas[name].parse(data),
    })
  })

  it.each([
    ['a collection that is null', { items: null }, ['items'], /expected array/],
    ['a collection that is text', { items: 'abc' }, ['items'], /expected array/],
    [
      'an element of the wrong type',
      { items: [{ id: 'a', count: 1 }, 'x'] },
      ['items', 1],
      /object/,
    ],
    [
      'a wrong type nested in an element',
      { items: [{ id: 'a', count: '1' }] },
      ['items', 0, 'count'],
      /expected number/,
    ],
    ['a field after the collections', { items: [], note: 5 }, ['note'], /expected string/],
    ['not an object at all', null, [], /expected object/],
  ])('names the field of %s', (_case, value, path, message) => {
    const result = parseStoppingEarly(file, value)
    expect(result).toMatchObject({ success: false, path })
    expect(!result.success && result.message).toMatch(message)
  })

  it('stops at the first bad element of a huge collection', () => {
    // Zod alone keeps an issue per field of each of these: gigabytes for 2,000,000.
    const items = Array.from({ length: 1_000_000 }, () => ({}))
    expect(parseStoppingEarly(file, { items })).toMatchObject({
      success: false,
      path: ['items', 0, 'id'],
    })
  })

  it('keeps the unknown keys of a loose object and drops those of a plain one', () => {
    const loose = z.looseObject({ items: z.array(z.string()) })
    expect(parseStoppingEarly(loose, { items: ['a'], extra: 1 })).toEqual({
      success: true,
      data: { items: ['a'], extra: 1 },
    })
    expect(parseStoppingEarly(file, { items: [], extra: 1 })).toEqual({
      success: true,
      data: { items: [] },
    })
  })
})
