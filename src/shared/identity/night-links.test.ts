import { describe, expect, it } from 'vitest'
import type { Event } from '../domain/schemas'
import type { ImportedRow } from '../import/types'
import { eventHeadcount } from '../metrics/attendance-rule'
import { importedRow, makeEvent, sequentialIds } from '../testing/factories'
import { applyImport, type ApplyImportInput, type ApplyImportResult } from './apply-import'
import { nightLinksOfEvent, relinkNightMatches, unlinkNightMatches } from './night-links'
import { undoImport } from './undo-import'

const lisbon: Event = makeEvent({
  id: 'e1',
  title: 'AI Demo Night Lisbon',
  start: '2026-03-19T18:30',
  end: '2026-03-19T21:30',
  timeZone: 'Europe/Lisbon',
})
const april: Event = makeEvent({ id: 'e2', title: 'April night', start: '2026-04-16T18:30' })
const now = new Date('2026-03-20T09:00:00.000Z')

const EMPTY: ApplyImportInput = {
  people: [],
  tombstones: [],
  mergeSuggestions: [],
  registrations: [],
  imports: [],
  events: [lisbon, april],
}

/** The Eventbrite attendee report of the night (tests/fixtures/csv/crosspost-eventbrite.csv). */
const eventbrite: ImportedRow[] = [
  ['Tom Baker', 'tom.baker@example.com', true],
  ['Ana Silva', 'ana.silva@example.com', true],
  ['João Pereira', 'joao@example.com', false],
  ['Maria Costa', 'maria.costa@example.com', true],
  ['Rui Santos', 'rui@example.com', true],
  ['Sam Lee', 'sam.lee@example.com', true],
  ['Chris Doe', 'chris.doe@example.com', true],
  ['Chris Dunn', 'chris.dunn@example.com', false],
].map(([name, email, isCheckedIn], index) =>
  importedRow(index + 2, {
    name: String(name),
    email: String(email),
    sourceKey: `order-${index}`,
    attendance: isCheckedIn === true ? 'checked-in' : 'no-show',
  }),
)

/** The Meetup RSVP list of the same night: no e-mails, abbreviated names. */
const meetupRow = (
  line: number,
  name: string,
  id: string,
  status: 'going' | 'declined' = 'going',
) => importedRow(line, { name, platformPersonId: `user ${id}`, sourceKey: `user ${id}`, status })
const meetup: ImportedRow[] = [
  meetupRow(2, 'Tom B.', '1001'),
  meetupRow(3, 'Ana S.', '1002'),
  meetupRow(4, 'Maria C.', '1003'),
  meetupRow(5, 'Sam Lee', '1004'),
  meetupRow(6, 'Chris D.', '1005'),
  meetupRow(7, 'Lena M.', '1006'),
  meetupRow(8, 'Pedro A.', '1007', 'declined'),
]

function importInto(
  input: ApplyImportInput,
  platform: 'eventbrite' | 'meetup',
  rows: ImportedRow[],
  eventId = 'e1',
  newId = sequentialIds(`${platform}-`),
): ApplyImportResult {
  return applyImport(
    input,
    { eventId, platform, fileName: `${platform}.csv`, rows, rowErrors: [], duplicatesCollapsed: 0 },
    { now, newId },
  )
}

const next = (result: ApplyImportResult): ApplyImportInput => ({
  ...EMPTY,
  people: result.people,
  mergeSuggestions: result.mergeSuggestions,
  registrations: result.registrations,
  imports: result.imports,
})

function crossPosted() {
  const first = importInto(EMPTY, 'eventbrite', eventbrite)
  const second = importInto(next(first), 'meetup', meetup)
  return { first, second, state: next(second) }
}

describe('one night cross-posted on Eventbrite and Meetup', () => {
  it('links the four unambiguous names and counts each person once', () => {
    const { second, state } = crossPosted()
    expect(
      second.report.nightLinks.map((link) => [link.rowName, nameOf(state, link.personId)]),
    ).toEqual([
      ['Tom B.', 'Tom Baker'],
      ['Ana S.', 'Ana Silva'],
      ['Maria C.', 'Maria Costa'],
      ['Sam Lee', 'Sam Lee'],
    ])
    expect(second.report.nightLinks[0]?.evidence).toEqual([
      'Meetup name “Tom B.” abbreviates “Tom Baker” on the Eventbrite list for AI Demo Night Lisbon',
      'the only match on either list',
      'no e-mail on the Meetup row',
    ])
    // By hand: 8 on Eventbrite, plus Chris D. (two candidates), Lena and Pedro from Meetup.
    expect(state.people).toHaveLength(11)
    expect(eventHeadcount(state.registrations, 'e1')).toMatchObject({
      registered: 11,
      going: 10,
      notComing: 1,
      checkedIn: 6,
      attended: 6,
    })
    expect(nightLinksOfEvent(state.imports, 'e1')).toHaveLength(4)
  })

  it('sends “Chris D.” with two candidates to review, never linked', () => {
    const { second, state } = crossPosted()
    const chris = state.people.find((person) => person.name === 'Chris D.')
    expect(chris).toBeDefined()
    const pairs = second.report.suggestions.map((suggestion) =>
      suggestion.personIds.map((id) => nameOf(state, id)).sort(),
    )
    expect(pairs).toEqual([
      ['Chris D.', 'Chris Doe'],
      ['Chris D.', 'Chris Dunn'],
    ])
  })

  it('the Meetup id learned by a link matches automatically next night', () => {
    const { state } = crossPosted()
    const april = importInto(state, 'meetup', [meetupRow(2, 'Tom B.', '1001')], 'e2')
    expect(april.report.peopleCreated).toBe(0)
    expect(april.report.nightLinks).toEqual([])
    const tom = april.people.find((person) => person.emails.includes('tom.baker@example.com'))
    expect(april.registrations.filter((entry) => entry.personId === tom?.id)).toHaveLength(3)
  })

  it('links the same way when Meetup is imported first', () => {
    const first = importInto(EMPTY, 'meetup', meetup)
    const second = importInto(next(first), 'eventbrite', eventbrite)
    expect(second.report.nightLinks.map((link) => link.rowName)).toEqual([
      'Tom Baker',
      'Ana Silva',
      'Maria Costa',
      'Sam Lee',
    ])
    const tom = second.people.find((person) => person.emails.includes('tom.baker@example.com'))
    expect(tom).toMatchObject({
      name: 'Tom Baker',
      platformIds: [{ platform: 'meetup', id: 'user 1001' }],
    })
    expect(eventHeadcount(second.registrations, 'e1').registered).toBe(11)
  })

  it('never links two people of the same name with different e-mails', () => {
    const luma = applyImport(
      EMPTY,
      {
        eventId: 'e1',
        platform: 'luma',
        fileName: 'luma.csv',
        rows: [importedRow(2, { name: 'Sam Lee', email: 'sam@work.example' })],
        rowErrors: [],
        duplicatesCollapsed: 0,
      },
      { now, newId: sequentialIds('luma-') },
    )
    const second = importInto(next(luma), 'eventbrite', eventbrite)
    expect(second.report.nightLinks).toEqual([])
    expect(second.report.suggestions).toHaveLength(1)
    expect(second.report.suggestions[0]?.evidence).toContain(
      'different e-mails: sam@work.example and sam.lee@example.com',
    )
  })

  it('separates one link, puts it back, then separates the whole group', () => {
    const { second, state } = crossPosted()
    const importId = second.report.importId
    const tomLink = second.report.nightLinks[0]
    if (tomLink === undefined) throw new Error('no link')
    const ctx = { now, newId: sequentialIds('split-') }

    const one = unlinkNightMatches(state, importId, [tomLink.registrationId], ctx)
    if (!one.ok) throw new Error(one.reason)
    expect(one.state.people).toHaveLength(12)
    const tom = one.state.people.find((person) => person.id === tomLink.personId)
    expect(tom).toMatchObject({ name: 'Tom Baker', platformIds: [] })
    expect(one.state.people.find((person) => person.name === 'Tom B.')?.platformIds).toEqual([
      { platform: 'meetup', id: 'user 1001' },
    ])
    expect(eventHeadcount(one.state.registrations, 'e1').registered).toBe(12)
    expect(nightLinksOfEvent(one.state.imports, 'e1')).toHaveLength(3)

    const back = relinkNightMatches({ ...state, ...one.state }, importId, [tomLink.registrationId])
    if (!back.ok) throw new Error(back.reason)
    expect(back.state.people).toEqual(state.people)
    expect(back.state.registrations).toEqual(state.registrations)
    expect(back.state.mergeSuggestions).toEqual(state.mergeSuggestions)

    const all = unlinkNightMatches(state, importId, null, ctx)
    if (!all.ok) throw new Error(all.reason)
    expect(all.changed).toBe(4)
    expect(eventHeadcount(all.state.registrations, 'e1').registered).toBe(15)

    // Undoing the import afterwards removes the people the separated rows became, too.
    const undone = undoImport({ ...all.state, merges: [] }, importId, now)
    if (!undone.ok) throw new Error(undone.reason)
    expect(undone.state.people).toEqual(next(crossPosted().first).people)
  })
})

function nameOf(state: { people: readonly { id: string; name: string }[] }, id: string): string {
  return state.people.find((person) => person.id === id)?.name ?? id
}
