import { describe, expect, it } from 'vitest'
import type { FeedbackBoardView } from './use-feedback-board'
import { clusterMoveAnnouncement } from './feedback-announcement'

const ranked = (id: string, problem: string) =>
  ({ cluster: { id, problem }, score: 1 }) as unknown as FeedbackBoardView['byStage']['fix'][number]

describe('the feedback board’s move announcement', () => {
  it('names the problem, its new stage and its place there', () => {
    const byStage: FeedbackBoardView['byStage'] = {
      observe: [],
      cluster: [],
      prioritise: [],
      fix: [ranked('c2', 'Venue AV is not checked'), ranked('c1', 'Nights start late')],
      teach: [],
    }
    expect(clusterMoveAnnouncement(byStage, 'c1')).toBe(
      'Nights start late moved to Fix, position 2 of 2.',
    )
    expect(clusterMoveAnnouncement(byStage, 'gone')).toBe('')
  })
})
