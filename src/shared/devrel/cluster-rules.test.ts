import { describe, expect, it } from 'vitest'
import type { FeedbackStage } from '../domain/review-schemas'
import {
  assignFriction,
  createCluster,
  moveCluster,
  removeCluster,
  updateCluster,
  type ClusterDraft,
} from './cluster-rules'
import type { FeedbackLoop, FeedbackResult } from './feedback-loop'
import { cluster, friction } from './feedback-test-data'

const NOW = new Date('2026-11-23T12:00:00.000Z')

function feedbackOf(result: FeedbackResult): FeedbackLoop {
  if (!result.ok) throw new Error(result.reason)
  return result.feedback
}

const board: FeedbackLoop = {
  frictions: [
    friction('f1'),
    friction('f2'),
    friction('f3', { clusterId: 'c1' }),
    friction('f4', { clusterId: 'c2' }),
  ],
  clusters: [
    cluster('c1', { stage: 'prioritise' }),
    cluster('c2', { stage: 'fix' }),
    cluster('c3'),
  ],
}

describe('createCluster', () => {
  const draft: ClusterDraft = {
    problem: '  Venue AV is not checked before doors open ',
    severity: 3,
    strategicFit: 2,
    frictionIds: ['f1', 'f3'],
  }

  it('starts at cluster and takes the picked frictions, even from another cluster', () => {
    const next = feedbackOf(createCluster(board, draft, { id: 'c9', now: NOW }))
    expect(next.clusters.at(-1)).toEqual({
      id: 'c9',
      problem: 'Venue AV is not checked before doors open',
      severity: 3,
      strategicFit: 2,
      stage: 'cluster',
      createdAt: NOW.toISOString(),
    })
    expect(next.frictions.map((entry) => entry.clusterId)).toEqual(['c9', null, 'c9', 'c2'])
  })

  it.each<[string, Partial<ClusterDraft>, string]>([
    ['no problem named', { problem: '  ' }, 'Name the underlying problem.'],
    ['severity 4', { severity: 4 }, 'Severity is 1, 2 or 3.'],
    ['strategic fit 0', { strategicFit: 0 }, 'Strategic fit is 1, 2 or 3.'],
    ['half a severity', { severity: 1.5 }, 'Severity is 1, 2 or 3.'],
    [
      'a friction no longer there',
      { frictionIds: ['gone'] },
      'A friction picked is no longer on the board.',
    ],
  ])('refuses %s', (_name, change, reason) => {
    expect(createCluster(board, { ...draft, ...change }, { id: 'c9', now: NOW })).toEqual({
      ok: false,
      reason,
    })
  })
})

describe('updateCluster and assignFriction', () => {
  it('rescores a cluster and keeps its stage', () => {
    const next = feedbackOf(
      updateCluster(board, 'c1', { problem: 'Late starts', severity: 1, strategicFit: 3 }),
    )
    expect(next.clusters[0]).toMatchObject({
      problem: 'Late starts',
      severity: 1,
      strategicFit: 3,
      stage: 'prioritise',
    })
  })

  it.each<[string, string, string | null, string | null | undefined]>([
    ['an observed friction under a cluster', 'f1', 'c2', 'c2'],
    ['a clustered friction back to observed', 'f3', null, null],
    ['a friction to a cluster that is gone', 'f1', 'gone', undefined],
    ['a friction that is gone', 'gone', 'c1', undefined],
  ])('assigns %s', (_name, frictionId, clusterId, expected) => {
    const result = assignFriction(board, frictionId, clusterId)
    const moved = result.ok
      ? result.feedback.frictions.find((entry) => entry.id === frictionId)?.clusterId
      : undefined
    expect(moved).toBe(expected)
  })
})

describe('moveCluster', () => {
  it.each<[string, string, 1 | -1, FeedbackStage | string]>([
    ['forward one step', 'c1', 1, 'fix'],
    ['back one step', 'c2', -1, 'prioritise'],
    [
      'an empty cluster forward',
      'c3',
      1,
      'Put at least one friction under this cluster before moving it on.',
    ],
    [
      'an empty cluster back to observe',
      'c3',
      -1,
      'A cluster cannot go back to observe: remove it to return its frictions there.',
    ],
    ['a cluster that is gone', 'gone', 1, 'This cluster is no longer on the board.'],
  ])('%s', (_name, id, direction, expected) => {
    const result = moveCluster(board, id, direction)
    expect(
      result.ok ? result.feedback.clusters.find((entry) => entry.id === id)?.stage : result.reason,
    ).toBe(expected)
  })

  it('says where the cluster went, and stops after teach', () => {
    const result = moveCluster(board, 'c2', 1)
    expect(result.ok && result.outcome).toBe('“Problem c2” moved to Teach')
    expect(moveCluster(feedbackOf(result), 'c2', 1)).toEqual({
      ok: false,
      reason: 'Teach is the last stage: the loop is closed for this problem.',
    })
  })
})

describe('removeCluster', () => {
  it('returns its frictions to observed', () => {
    const { result, removed } = removeCluster(board, 'c1')
    const next = feedbackOf(result)
    expect(next.clusters.map((entry) => entry.id)).toEqual(['c2', 'c3'])
    expect(next.frictions.find((entry) => entry.id === 'f3')?.clusterId).toBeNull()
    expect(removed).toEqual({ cluster: board.clusters[0], index: 0, frictionIds: ['f3'] })
  })
})
