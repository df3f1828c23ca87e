import { describe, expect, it } from 'vitest'
import type { FeedbackLoop } from './feedback-loop'
import { cluster, friction } from './feedback-test-data'
import { logFriction, removeFriction, type FrictionDraft } from './friction-rules'

const NOW = new Date('2026-11-23T12:00:00.000Z')
const context = { id: 'new', now: NOW }

describe('logFriction', () => {
  const board: FeedbackLoop = {
    frictions: [
      friction('f1', { source: 'retro', sourceId: 'e1', text: 'The HDMI adapter, again' }),
      friction('f2', { source: 'channel', text: 'Nobody knows where to propose a demo' }),
    ],
    clusters: [],
  }

  it.each<[string, FrictionDraft, string]>([
    ['empty text', { text: '   ', source: 'manual', sourceId: null }, 'Describe the friction'],
    [
      'a retro without its event',
      { text: 'Sound', source: 'retro', sourceId: null },
      'needs the retro',
    ],
    [
      'the same retro line again, spaced and cased differently',
      { text: '  the hdmi   adapter, AGAIN ', source: 'retro', sourceId: 'e1' },
      'already on the board',
    ],
    [
      'text over 2000 characters',
      { text: 'x'.repeat(2001), source: 'manual', sourceId: null },
      'under 2000',
    ],
  ])('refuses %s', (_name, draft, reason) => {
    const result = logFriction(board, draft, context)
    expect(result.ok ? '' : result.reason).toContain(reason)
  })

  it.each<[string, FrictionDraft, Partial<FeedbackLoop['frictions'][number]>]>([
    [
      'the same line from another retro',
      { text: 'The HDMI adapter, again', source: 'retro', sourceId: 'e2' },
      { source: 'retro', sourceId: 'e2', text: 'The HDMI adapter, again' },
    ],
    [
      'a channel friction heard again (frequency is what the score counts)',
      { text: 'Nobody knows where to propose a demo', source: 'channel', sourceId: null },
      { source: 'channel', sourceId: null },
    ],
    [
      'a manual friction, dropping a stray source id and trimming',
      { text: '  Wifi password on a tiny sign ', source: 'manual', sourceId: 'e1' },
      { source: 'manual', sourceId: null, text: 'Wifi password on a tiny sign' },
    ],
  ])('logs %s as observed', (_name, draft, expected) => {
    const result = logFriction(board, draft, context)
    if (!result.ok) throw new Error(result.reason)
    expect(result.feedback.frictions).toHaveLength(3)
    expect(result.feedback.frictions.at(-1)).toEqual({
      id: 'new',
      clusterId: null,
      createdAt: NOW.toISOString(),
      ...draft,
      text: draft.text.trim(),
      ...expected,
    })
  })
})

describe('removeFriction', () => {
  const board: FeedbackLoop = {
    frictions: [friction('f1'), friction('f2', { clusterId: 'c1' }), friction('f3')],
    clusters: [cluster('c1')],
  }

  it('removes a friction, and refuses one that is not there', () => {
    const { result, removed } = removeFriction(board, 'f2')
    if (!result.ok || removed === null) throw new Error('not removed')
    expect(result.feedback.frictions.map((entry) => entry.id)).toEqual(['f1', 'f3'])
    expect(removed).toEqual({ friction: board.frictions[1], index: 1 })
    expect(removeFriction(board, 'nope').result.ok).toBe(false)
  })
})
