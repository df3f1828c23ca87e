import { describe, expect, it } from 'vitest'
import type { FeedbackStage } from '../domain/review-schemas'
import { isBeforeFix, stageStep } from './feedback-stages'

describe('stageStep', () => {
  it.each<[FeedbackStage, 1 | -1, FeedbackStage | null]>([
    ['observe', 1, 'cluster'],
    ['cluster', 1, 'prioritise'],
    ['prioritise', 1, 'fix'],
    ['fix', 1, 'teach'],
    ['teach', 1, null],
    ['teach', -1, 'fix'],
    ['fix', -1, 'prioritise'],
    ['prioritise', -1, 'cluster'],
    ['cluster', -1, null],
    ['observe', -1, null],
  ])('%s by %i → %s', (stage, direction, expected) => {
    const step = stageStep(stage, direction)
    expect(step.ok ? step.stage : null).toBe(expected)
  })
})

describe('isBeforeFix', () => {
  it.each<[FeedbackStage, boolean]>([
    ['observe', true],
    ['cluster', true],
    ['prioritise', true],
    ['fix', false],
    ['teach', false],
  ])('%s → %s', (stage, expected) => {
    expect(isBeforeFix(stage)).toBe(expected)
  })
})
