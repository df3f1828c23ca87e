import { describe, expect, it } from 'vitest'
import { makeDemo, makeEvent } from '../testing/factories'
import { presenterBrief, runOfShow, runOfShowMarkdown } from './run-of-show'

const event = makeEvent({
  id: 'e1',
  title: 'AI Demo Night #15',
  start: '2026-12-17T18:30',
  end: '2026-12-17T21:30',
  timeZone: 'Europe/Berlin',
  venue: 'Kreuzberg Loft',
  city: 'Berlin',
  demoContract: {
    slotCount: 6,
    minutesPerDemo: 7,
    expectations: 'Show it working.',
    isWipWelcome: true,
    demoTarget: 2,
  },
})
const demos = [
  makeDemo('b', 'confirmed', { runOrder: 1, personId: 'p2', title: 'RAG | evals' }),
  makeDemo('a', 'confirmed', { runOrder: 0, personId: 'p1', title: 'Voice agent' }),
  makeDemo('c', 'screening', { personId: 'p3' }),
]
const people = [
  { id: 'p1', name: 'Ana Lima' },
  { id: 'p2', name: 'Tom Becker' },
]

describe('run-of-show', () => {
  it('orders confirmed demos and gives each its slot from the event start', () => {
    const entries = runOfShow(event, demos, people)
    expect(
      entries.map((entry) => [entry.position, entry.presenter, entry.startsAt, entry.endsAt]),
    ).toEqual([
      [1, 'Ana Lima', '18:30', '18:37'],
      [2, 'Tom Becker', '18:37', '18:44'],
    ])
  })

  it('exports a Markdown table that survives pipes in titles', () => {
    const markdown = runOfShowMarkdown(event, runOfShow(event, demos, people))
    expect(markdown).toContain('# Run of show — AI Demo Night #15')
    expect(markdown).toContain('| 1 | 18:30–18:37 | Ana Lima | Voice agent |')
    expect(markdown).toContain('| 2 | 18:37–18:44 | Tom Becker | RAG \\| evals |')
  })

  it('escapes HTML in titles and names from a speaker export', () => {
    const hostile = [
      makeDemo('x', 'confirmed', { runOrder: 0, personId: 'p1', title: '<img src=x>' }),
    ]
    const markdown = runOfShowMarkdown(
      event,
      runOfShow(event, hostile, [{ id: 'p1', name: 'A<b>' }]),
    )
    expect(markdown).toContain('| 1 | 18:30–18:37 | A\\<b\\> | \\<img src=x\\> |')
  })

  it('writes a presenter brief with the slot, the expectations and the WIP line', () => {
    const [first] = runOfShow(event, demos, people)
    if (first === undefined) throw new Error('expected an entry')
    const brief = presenterBrief(event, first)
    expect(brief).toContain('Hi Ana,')
    expect(brief).toContain('Your slot: #1, 18:30–18:37 (7 minutes, setup included)')
    expect(brief).toContain('Show it working.')
    expect(brief).toContain('Work in progress is welcome')
    const noWip = presenterBrief(
      { ...event, demoContract: { ...event.demoContract, isWipWelcome: false } },
      first,
    )
    expect(noWip).not.toContain('Work in progress')
  })
})
