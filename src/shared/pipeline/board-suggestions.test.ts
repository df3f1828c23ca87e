import { describe, expect, it } from 'vitest'
import { DEFAULT_BOARD } from '../domain/board-schemas'
import type { FollowUp } from '../domain/journal-schemas'
import type { Person } from '../domain/schemas'
import { makeDemo, makeEvent, makeRegistration } from '../testing/factories'
import { addCard } from './board-rules'
import { boardSuggestions } from './board-suggestions'

const nights = [1, 2, 3, 4, 5].map((n) =>
  makeEvent({
    id: `e${n}`,
    title: `Night ${n}`,
    start: `2026-0${n}-10T18:00`,
    end: `2026-0${n}-10T21:00`,
  }),
)
const person = (id: string): Person => ({
  id,
  name: id.toUpperCase(),
  emails: [],
  platformIds: [],
  notes: '',
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
})
const came = (personId: string, ...events: number[]) =>
  events.map((n) => makeRegistration({ id: `${personId}-${n}`, eventId: `e${n}`, personId }))
const followUp = (personId: string, outcomes: FollowUp['outcomes']): FollowUp => ({
  id: `f-${personId}`,
  eventId: 'e5',
  personId,
  channel: 'email',
  sentOn: '2026-05-12',
  answer: '',
  outcomes,
  answeredAt: null,
  createdAt: '2026-05-12T10:00:00.000Z',
})

const input = {
  board: DEFAULT_BOARD,
  people: ['newbie', 'regular', 'speaker', 'recent', 'builder', 'asked'].map(person),
  events: nights,
  registrations: [
    ...came('newbie', 5),
    ...came('regular', 2, 3, 4),
    ...came('asked', 1, 3, 4),
    ...came('speaker', 1, 2),
    ...came('recent', 3, 4),
    ...came('builder', 4),
  ],
  demos: [
    makeDemo('d1', 'presented', { eventId: 'e1', personId: 'speaker' }),
    makeDemo('d2', 'presented', { eventId: 'e4', personId: 'recent' }),
    makeDemo('d3', 'declined', { eventId: 'e4', personId: 'asked' }),
  ],
  followUps: [followUp('builder', ['built-something']), followUp('recent', ['built-something'])],
  now: new Date('2026-06-01T00:00:00.000Z'),
}

describe('board suggestions', () => {
  it('suggests each kind with its reason and starting column', () => {
    expect(
      boardSuggestions(input).map((suggestion) => [
        suggestion.personId,
        suggestion.kind,
        suggestion.columnId,
        suggestion.reason,
      ]),
    ).toEqual([
      ['newbie', 'first-timer', 'first-timers', 'First night was the last one, “Night 5”'],
      [
        'builder',
        'built-something',
        'demo-candidates',
        'Said in a follow-up that they built something',
      ],
      ['regular', 'quiet-killer', 'quiet-killers', 'Came to 3 nights and has never demoed'],
      ['speaker', 'past-presenter', 'repeat-speakers', 'Presented before; not asked for 4 nights'],
    ])
  })

  it('leaves out people already on the board', () => {
    const added = addCard(
      DEFAULT_BOARD,
      { personId: 'newbie', columnId: 'first-timers', nextStep: '', dueDate: null },
      { id: 'c1', now: input.now },
    )
    if (!added.ok) throw new Error(added.reason)
    const ids = boardSuggestions({ ...input, board: added.board }).map((entry) => entry.personId)
    expect(ids).not.toContain('newbie')
  })
})
