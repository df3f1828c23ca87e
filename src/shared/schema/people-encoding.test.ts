import { describe, expect, it } from 'vitest'
import { personSchema } from '../domain/schemas'
import { everythingVersion4Held } from '../testing/version-4-workspace'
import { PEOPLE_FILE_FORM, PERSON_TABLE } from './people-encoding'

const NOW = new Date('2026-11-23T12:14:00.000Z')

describe('people.json from version 5 on', () => {
  const files = everythingVersion4Held(NOW)

  it('holds a column for every field of a person, in its order', () => {
    expect(Object.keys(PERSON_TABLE)).toEqual(Object.keys(personSchema.shape))
  })

  it('reads back the people, tombstones, suggestions and merges exactly', () => {
    const people = {
      ...files.people,
      tombstones: [{ hash: 'h1', deletedAt: NOW.toISOString() }],
    }
    const stored = JSON.parse(JSON.stringify(PEOPLE_FILE_FORM.encode(people)))
    expect(stored.tombstones).toEqual(people.tombstones)
    expect(PEOPLE_FILE_FORM.decode(stored)).toEqual({ ok: true, data: people })
  })

  it('is damaged when the people are one object per person', () => {
    expect(PEOPLE_FILE_FORM.decode({ ...files.people })).toEqual({
      ok: false,
      reason: 'people: expected a column-wise table',
    })
  })
})
