import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Event, Person, Registration } from '../domain/schemas'
import { peopleToCsv } from './people-csv'
import { makeEvent, makeRegistration } from '../testing/factories'

function event(id: string, title: string, start: string): Event {
  return makeEvent({
    id,
    title,
    start,
    end: `${start.slice(0, 10)}T22:00`,
    timeZone: 'Europe/Lisbon',
    createdAt: '2026-01-01T00:00:00.000Z',
  })
}

function registration(
  id: string,
  personId: string,
  eventId: string,
  attendance: Registration['attendance'],
  status: Registration['status'] = 'going',
): Registration {
  return makeRegistration({ id, eventId, personId, status, attendance })
}

const people: Person[] = [
  {
    id: 'p1',
    name: 'José Álvarez',
    emails: ['jose@example.com', 'jose@work.example'],
    platformIds: [{ platform: 'meetup', id: 'user 12345678' }],
    notes: '=HYPERLINK("http://evil.example","click")',
    tags: ['speaker', 'quiet killer'],
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  {
    id: 'p2',
    name: '-Bo',
    emails: [],
    platformIds: [],
    notes: 'Line one\nline two',
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  {
    id: 'p3',
    name: 'Kim Lee',
    emails: ['kim@example.com'],
    platformIds: [],
    notes: '',
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
  },
]
const events = [
  event('e1', 'Demo Night #11', '2026-01-15T18:30'),
  event('e2', 'Demo Night #12', '2026-02-12T18:30'),
  event('e3', 'Demo Night #13', '2026-03-12T18:30'),
]
/** Between night #12 and night #13: #13 is upcoming. */
const NOW = new Date('2026-03-01T12:00:00Z')
// e1 has check-in data; e2 was a Meetup event without it, so `going` counts there, estimated.
const registrations = [
  registration('r1', 'p1', 'e1', 'checked-in'),
  registration('r2', 'p1', 'e2', 'unknown'),
  registration('r3', 'p2', 'e1', 'no-show'),
  registration('r4', 'p3', 'e1', 'checked-in'),
  registration('r5', 'p3', 'e2', 'unknown', 'declined'),
  // Going to the upcoming night #13 is a registration, not attendance.
  registration('r6', 'p3', 'e3', 'unknown'),
]

describe('peopleToCsv', () => {
  it('writes one safe row per person with what they attended', () => {
    expect(peopleToCsv(people, registrations, events, NOW)).toBe(
      '\uFEFF' +
        [
          'Name,E-mails,Platform ids,Events attended,First event,Tags,Notes',
          'José Álvarez,jose@example.com; jose@work.example,meetup:user 12345678,2 (estimated),' +
            `Demo Night #11 (2026-01-15),speaker; quiet killer,"'=HYPERLINK(""http://evil.example"",""click"")"`,
          `"'-Bo",,,0,,,"Line one\nline two"`,
          'Kim Lee,kim@example.com,,1,Demo Night #11 (2026-01-15),,',
        ].join('\r\n') +
        '\r\n',
    )
  })

  it('reads back in a spreadsheet as the same text', () => {
    const csv = peopleToCsv(people, registrations, events, NOW)
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', delimiter: ',' })
    expect(parsed.data.slice(1, 3).map((cells) => [cells[0], cells[6]])).toEqual([
      ['José Álvarez', `'=HYPERLINK("http://evil.example","click")`],
      ["'-Bo", 'Line one\nline two'],
    ])
  })

  it.each([
    {
      name: 'checked in at an event with check-in data',
      rows: [['e1', 'checked-in']],
      attended: '1',
      first: 'Demo Night #11 (2026-01-15)',
    },
    { name: 'a no-show', rows: [['e1', 'no-show']], attended: '0', first: '' },
    {
      name: 'going where there is no check-in data',
      rows: [['e2', 'unknown']],
      attended: '1 (estimated)',
      first: 'Demo Night #12 (2026-02-12)',
    },
    {
      name: 'both, earliest first',
      rows: [
        ['e2', 'unknown'],
        ['e1', 'checked-in'],
      ],
      attended: '2 (estimated)',
      first: 'Demo Night #11 (2026-01-15)',
    },
    {
      name: 'going to an upcoming event is not attended, nor a first event',
      rows: [['e3', 'unknown']],
      attended: '0',
      first: '',
    },
    {
      name: 'an upcoming event adds nothing to what was attended',
      rows: [
        ['e1', 'checked-in'],
        ['e3', 'unknown'],
      ],
      attended: '1',
      first: 'Demo Night #11 (2026-01-15)',
    },
  ] as const)('labels attendance: $name', ({ rows, attended, first }) => {
    const own = rows.map(([eventId, attendance], index) =>
      registration(`x${index}`, 'p3', eventId, attendance),
    )
    const csv = peopleToCsv([people[2]!], own, events, NOW)
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', delimiter: ',' })
    expect(parsed.data[1]?.slice(3, 5)).toEqual([attended, first])
  })

  it('writes just the header for nobody', () => {
    expect(peopleToCsv([], [], [], NOW)).toBe(
      '\uFEFFName,E-mails,Platform ids,Events attended,First event,Tags,Notes\r\n',
    )
  })
})
