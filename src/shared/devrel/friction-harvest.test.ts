import { describe, expect, it } from 'vitest'
import { friction } from './feedback-test-data'
import {
  brokeLines,
  harvestFrictions,
  isFrictionAnswer,
  type HarvestInput,
} from './friction-harvest'

describe('brokeLines', () => {
  it.each<[string, string[]]>([
    ['The HDMI adapter, again', ['The HDMI adapter, again']],
    [
      '- Projector\n* Sound in the back\r\n\n  • Pizza late  ',
      ['Projector', 'Sound in the back', 'Pizza late'],
    ],
    ['1. Wifi\n2) Doors locked', ['Wifi', 'Doors locked']],
    ['   \n  ', []],
    ['-not a list marker', ['-not a list marker']],
  ])('%j → %j', (broke, lines) => {
    expect(brokeLines(broke)).toEqual(lines)
  })
})

describe('isFrictionAnswer', () => {
  it.each<[string, boolean]>([
    ['Shipped the prototype to my team', false],
    ['Nothing yet, still exploring', false],
    ['Got stuck on the API keys', true],
    ['Couldn’t find the slides', true],
    ['The docs were confusing', true],
    ['I wish the demos were recorded', true],
    ['Had no time this month', true],
    ['', false],
  ])('%j → %s', (answer, expected) => {
    expect(isFrictionAnswer(answer)).toBe(expected)
  })
})

describe('harvestFrictions', () => {
  const input: HarvestInput = {
    retros: [
      {
        eventId: 'e1',
        broke: 'The HDMI adapter, again\nSound in the back rows',
        updatedAt: '2026-10-02T10:00:00.000Z',
      },
      { eventId: 'e2', broke: '', updatedAt: '2026-11-02T10:00:00.000Z' },
      { eventId: 'gone', broke: 'Started late', updatedAt: '2026-09-02T10:00:00.000Z' },
    ],
    followUps: [
      {
        id: 'fu1',
        eventId: 'e2',
        personId: 'p1',
        answer: 'Got stuck on the API keys',
        answeredAt: '2026-11-05T10:00:00.000Z',
      },
      {
        id: 'fu2',
        eventId: 'e2',
        personId: 'p2',
        answer: 'Shipped it',
        answeredAt: '2026-11-06T10:00:00.000Z',
      },
    ],
    events: [
      { id: 'e1', title: 'Night #1' },
      { id: 'e2', title: 'Night #2' },
    ],
    people: [
      { id: 'p1', name: 'Ada' },
      { id: 'p2', name: 'Lin' },
    ],
    frictions: [],
  }

  it('offers each line of what broke and friction-like answers, newest first, with where from', () => {
    expect(
      harvestFrictions(input).map(({ text, source, sourceId, origin }) => [
        text,
        source,
        sourceId,
        origin,
      ]),
    ).toEqual([
      ['Got stuck on the API keys', 'follow-up', 'fu1', 'Ada, after Night #2'],
      ['The HDMI adapter, again', 'retro', 'e1', 'Retro of Night #1'],
      ['Sound in the back rows', 'retro', 'e1', 'Retro of Night #1'],
      ['Started late', 'retro', 'gone', 'A retro'],
    ])
  })

  it('does not offer again what is logged, but offers the same text from another retro', () => {
    const logged = {
      ...input,
      retros: [
        ...input.retros,
        { eventId: 'e2', broke: 'The HDMI adapter, again', updatedAt: '2026-11-02T10:00:00.000Z' },
      ],
      frictions: [
        friction('a', { source: 'retro', sourceId: 'e1', text: 'the HDMI adapter, again' }),
        friction('b', { source: 'follow-up', sourceId: 'fu1', text: 'Got stuck on the API keys' }),
      ],
    }
    expect(
      harvestFrictions(logged).map((candidate) => `${candidate.sourceId}: ${candidate.text}`),
    ).toEqual(['e2: The HDMI adapter, again', 'e1: Sound in the back rows', 'gone: Started late'])
  })
})
