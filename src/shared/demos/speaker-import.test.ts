import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../tests/fixtures/csv/read-fixture'
import type { Person } from '../domain/schemas'
import { parseText, parseTable } from '../import/parse'
import { makeEvent, sequentialIds } from '../testing/factories'
import { applySpeakerImport, readSpeakerTable } from './speaker-import'

const event = makeEvent({ id: 'e1', title: 'AI Demo Night #15', status: 'planning' })
const alice: Person = {
  id: 'p-alice',
  name: 'Alice Author',
  emails: ['alice@example.com'],
  platformIds: [],
  notes: '',
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
}
const ctx = () => ({ now: new Date('2026-11-23T12:00:00.000Z'), newId: sequentialIds('id') })

function read(text: string) {
  const parsed = parseText(text, 'utf-8')
  if (!parsed.ok) throw new Error(parsed.reason)
  return readSpeakerTable(parsed.table)
}

describe('speaker lists', () => {
  it('reads a Sessionize export: one demo per session, co-speakers named in the pitch', () => {
    const parsed = parseTable(readFixture('sessionize-sessions.csv'))
    if (!parsed.ok) throw new Error(parsed.reason)
    const result = readSpeakerTable(parsed.table)
    if (!result.ok) throw new Error(result.reason)
    expect(result.platform).toBe('sessionize')
    expect(result.entries.map((entry) => [entry.email, entry.title, entry.pitch])).toEqual([
      [
        'alice@example.com',
        'Shipping Demos Weekly',
        'How we run demos, every week. (with Bob Builder)',
      ],
      ['alice@example.com', 'Metrics That Matter', 'Numbers vs mechanisms'],
    ])
  })

  it('reads a simple name, e-mail, title list and says which rows have no title', () => {
    const result = read(
      'Name,Email,Title\nAna Lima,ana@example.com,Voice agent\nTom,tom@example.com,\n',
    )
    expect(result).toMatchObject({
      ok: true,
      entries: [{ name: 'Ana Lima', email: 'ana@example.com', title: 'Voice agent' }],
      problems: [{ line: 3, reason: 'no demo title' }],
    })
  })

  it('refuses a list without a title column', () => {
    expect(read('Name,Email\nAna,ana@example.com\n')).toMatchObject({ ok: false })
  })

  it('matches presenters by e-mail, creates the rest, and never adds a demo twice', () => {
    const result = read(
      'Name,Email,Title\nAlice A.,ALICE@example.com,Shipping demos\nNew Person,new@example.com,Evals\n',
    )
    if (!result.ok) throw new Error(result.reason)
    const state = {
      event,
      people: [alice],
      tombstones: [],
      mergeSuggestions: [],
      registrations: [],
      demos: [],
    }
    const first = applySpeakerImport(state, result.platform, result.entries, ctx())
    expect(first.report).toMatchObject({ demosAdded: 2, peopleMatched: 1, peopleCreated: 1 })
    expect(first.demos.map((demo) => [demo.personId, demo.title, demo.state])).toEqual([
      ['p-alice', 'Shipping demos', 'proposed'],
      [first.people[1]?.id, 'Evals', 'proposed'],
    ])
    const again = applySpeakerImport(
      { ...state, people: first.people, demos: first.demos },
      result.platform,
      result.entries,
      ctx(),
    )
    expect(again.report).toMatchObject({ demosAdded: 0, alreadyThere: 2, peopleCreated: 0 })
  })

  it('recognises a name-only speaker on re-import by their demo on this event', () => {
    const result = read('Name,Title\nAda Lovelace,Engine demo\n')
    if (!result.ok) throw new Error(result.reason)
    const state = {
      event,
      people: [],
      tombstones: [],
      mergeSuggestions: [],
      registrations: [],
      demos: [],
    }
    const first = applySpeakerImport(state, result.platform, result.entries, ctx())
    const again = applySpeakerImport(
      { ...state, people: first.people, demos: first.demos },
      result.platform,
      result.entries,
      ctx(),
    )
    expect(again.people).toHaveLength(1)
    expect(again.demos).toHaveLength(1)
    expect(again.report).toMatchObject({ demosAdded: 0, alreadyThere: 1, peopleCreated: 0 })
  })
})
