import { describe, expect, it } from 'vitest'
import { goldenText } from '../../../tests/fixtures/golden/golden'
import type { Journal } from '../domain/journal-schemas'
import type { Person } from '../domain/schemas'
import { makeDemo, makeEvent, makeRegistration } from '../testing/factories'
import { retroSummaryMarkdown } from './retro-summary'

const first = makeEvent({
  id: 'e13',
  title: 'AI Demo Night #13',
  start: '2026-10-25T18:30',
  end: '2026-10-25T21:30',
  timeZone: 'Europe/Berlin',
})
const event = makeEvent({
  id: 'e14',
  title: 'AI Demo Night #14 — Agents in production',
  start: '2026-11-22T18:30',
  end: '2026-11-22T21:30',
  timeZone: 'Europe/Berlin',
  venue: 'Kreuzberg Loft',
  city: 'Berlin',
})
const people: Person[] = ['Ana Lima', 'Tom Becker', 'Lea Roth', 'Sam Okafor'].map(
  (name, index) => ({
    id: `p${index + 1}`,
    name,
    emails: [],
    platformIds: [],
    notes: '',
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
  }),
)
const registrations = [
  makeRegistration({ id: 'r1', eventId: 'e13', personId: 'p1', attendance: 'checked-in' }),
  makeRegistration({ id: 'r2', eventId: 'e14', personId: 'p1', attendance: 'checked-in' }),
  makeRegistration({ id: 'r3', eventId: 'e14', personId: 'p2', attendance: 'checked-in' }),
  makeRegistration({ id: 'r4', eventId: 'e14', personId: 'p3', attendance: 'checked-in' }),
  makeRegistration({ id: 'r5', eventId: 'e14', personId: 'p4', attendance: 'no-show' }),
]
const journal: Journal = {
  retros: [
    {
      eventId: 'e14',
      worked: 'Seven-minute slots kept the energy up.',
      broke: 'The HDMI adapter | again.',
      surprised: 'Half the room stayed for the hallway demos.',
      inviteNext: ['p3'],
      followUpPicks: [
        { personId: 'p2', why: 'Built an eval tool' },
        { personId: 'p3', why: 'First night, asked great questions' },
        { personId: 'p1', why: 'Wants to demo again' },
      ],
      completedAt: '2026-11-23T09:00:00.000Z',
      updatedAt: '2026-11-23T09:00:00.000Z',
    },
  ],
  followUps: [
    {
      id: 'f1',
      eventId: 'e14',
      personId: 'p2',
      channel: 'e-mail',
      sentOn: '2026-11-23',
      answer: 'Opened a PR\nto the eval repo',
      outcomes: ['built-something', 'shipped'],
      answeredAt: '2026-11-23T12:00:00.000Z',
      createdAt: '2026-11-23T09:00:00.000Z',
    },
    {
      id: 'f2',
      eventId: 'e14',
      personId: 'p3',
      channel: '',
      sentOn: null,
      answer: '',
      outcomes: [],
      answeredAt: null,
      createdAt: '2026-11-23T09:00:00.000Z',
    },
  ],
  intros: [],
  checkIns: [],
  doorLog: [],
  stageLog: [],
}

describe('retro summary', () => {
  it('matches the golden Markdown', () => {
    const markdown = retroSummaryMarkdown({
      event,
      events: [first, event],
      registrations,
      people,
      demos: [
        makeDemo('d1', 'presented', { eventId: 'e14', personId: 'p2', title: 'Eval tool in CI' }),
      ],
      journal,
      now: new Date('2026-11-23T12:00:00.000Z'),
    })
    expect(markdown).toBe(goldenText('retro-summary.md', markdown))
  })
})

describe('retro summary with hostile text', () => {
  it('escapes names from a ticketing export and typed text, so no Markdown viewer renders HTML', () => {
    const hostile = people.map((person, index) =>
      index === 1 ? { ...person, name: '<img src=x onerror=alert(1)>Tom' } : person,
    )
    const retro = journal.retros[0]
    if (retro === undefined) throw new Error('the fixture has a retro')
    const markdown = retroSummaryMarkdown({
      event: { ...event, title: 'Night <script>alert(1)</script>' },
      events: [first, event],
      registrations,
      people: hostile,
      demos: [
        makeDemo('d1', 'presented', {
          eventId: 'e14',
          personId: 'p2',
          title: '[win](javascript:x)',
        }),
      ],
      journal: { ...journal, retros: [{ ...retro, worked: 'The <b>demos</b> ran on time' }] },
      now: new Date('2026-11-23T12:00:00.000Z'),
    })
    expect(markdown).toContain('# Retro — Night \\<script\\>alert(1)\\</script\\>')
    expect(markdown).toContain('\\[win\\](javascript:x) — \\<img src=x onerror=alert(1)\\>Tom')
    expect(markdown).toContain('The \\<b\\>demos\\</b\\> ran on time')
    expect(markdown).not.toMatch(/(^|[^\\])</m)
  })
})
