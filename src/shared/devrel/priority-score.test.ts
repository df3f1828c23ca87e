import { describe, expect, it } from 'vitest'
import { cluster, friction } from './feedback-test-data'
import { priorityScore, rankClusters } from './priority-score'

describe('priorityScore', () => {
  it.each([
    [1, 1, 1, 1],
    [4, 3, 2, 24],
    [2, 2, 2, 8],
    [0, 3, 3, 0],
  ])('%i × %i × %i = %i', (frequency, severity, fit, score) => {
    expect(priorityScore(frequency, severity, fit)).toBe(score)
  })
})

describe('rankClusters', () => {
  it('counts frictions per cluster and sorts by score, then severity, then age', () => {
    const clusters = [
      // 2 × 2 × 3 = 12
      cluster('fit', { severity: 2, strategicFit: 3 }),
      // 3 × 2 × 2 = 12, as severe as `fit` but waiting longer
      cluster('old', { createdAt: '2026-10-01T10:00:00.000Z' }),
      // 1 × 3 × 3 = 9
      cluster('severe', { severity: 3, strategicFit: 3 }),
      // 4 × 3 × 1 = 12, most severe of the 12s
      cluster('loud', { severity: 3, strategicFit: 1 }),
      // no frictions: 0
      cluster('empty', { severity: 3, strategicFit: 3 }),
    ]
    const frictions = [
      friction('a', { clusterId: 'fit' }),
      friction('b', { clusterId: 'fit' }),
      ...['c', 'd', 'e'].map((id) => friction(id, { clusterId: 'old' })),
      friction('f', { clusterId: 'severe' }),
      ...['g', 'h', 'i', 'j'].map((id) => friction(id, { clusterId: 'loud' })),
      friction('observed'),
    ]
    const ranked = rankClusters(clusters, frictions)
    expect(ranked.map((entry) => [entry.cluster.id, entry.frequency, entry.score])).toEqual([
      ['loud', 4, 12],
      ['old', 3, 12],
      ['fit', 2, 12],
      ['severe', 1, 9],
      ['empty', 0, 0],
    ])
    expect(ranked[2]?.frictions.map((entry) => entry.id)).toEqual(['a', 'b'])
  })
})
