import { describe, expect, it } from 'vitest'
import type { Friction } from '../domain/review-schemas'
import type { FeedbackLoop } from './feedback-loop'
import { cluster, friction } from './feedback-test-data'
import { logFriction, removeFriction, restoreFriction, type FrictionDraft } from './friction-rules'

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

describe('removeFriction and restoreFriction', () => {
  const board: FeedbackLoop = {
    frictions: [friction('f1'), friction('f2', { clusterId: 'c1' }), friction('f3')],
    clusters: [cluster('c1')],
  }

  it('removes and puts back at the same place, under its cluster', () => {
    const { result, removed } = removeFriction(board, 'f2')
    if (!result.ok || removed === null) throw new Error('not removed')
    expect(result.feedback.frictions.map((entry) => entry.id)).toEqual(['f1', 'f3'])
    const restored = restoreFriction(result.feedback, removed)
    expect(restored.ok && restored.feedback).toEqual(board)
  })

  it('comes back observed when its cluster was removed meanwhile', () => {
    const { result, removed } = removeFriction(board, 'f2')
    if (!result.ok || removed === null) throw new Error('not removed')
    const restored = restoreFriction({ ...result.feedback, clusters: [] }, removed)
    expect(restored.ok && restored.feedback.frictions[1]).toMatchObject({
      id: 'f2',
      clusterId: null,
    })
  })

  it('refuses a friction that is not there, and restoring one twice', () => {
    expect(removeFriction(board, 'nope').result.ok).toBe(false)
    expect(restoreFriction(board, { friction: friction('f1'), index: 0 })).toEqual({
      ok: false,
      reason: 'This friction is already on the board.',
    })
  })

  // The removed friction: a harvested retro line. Meanwhile the board got `logged` (new id h2).
  const harvested = friction('h1', { source: 'retro', sourceId: 'e1', text: 'Sound in the back' })
  it.each<[string, boolean, Partial<Friction>]>([
    ['the same line harvested again', false, {}],
    ['the same line, cased and spaced differently', false, { text: ' sound in  the BACK ' }],
    ['the same text from another retro', true, { sourceId: 'e2' }],
    ['the same text typed by hand', true, { source: 'manual', sourceId: null }],
  ])('restoring after %s → allowed: %s', (_name, isAllowed, change) => {
    const logged = { ...harvested, id: 'h2', ...change }
    const restored = restoreFriction(
      { frictions: [logged], clusters: [] },
      { friction: harvested, index: 0 },
    )
    expect(restored.ok).toBe(isAllowed)
  })
})
