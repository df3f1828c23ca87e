import { describe, expect, it } from 'vitest'
import type { Review } from '../domain/review-schemas'
import { isReviewDue, monthOf, reviewMarkdown } from './monthly-review'

const review: Review = {
  id: 'r1',
  month: '2026-11',
  insight: 'First-timers who got a follow-up came back twice as often.',
  figures: {
    returningBuilderRate: 0.5625,
    pipelineCount: 11,
    demosConfirmedNext: 2,
    demoTargetNext: 3,
    followUpsSent: 7,
    followUpsExpected: 10,
    gateOverrides: 1,
  },
  closedAt: '2026-11-23T12:00:00.000Z',
}

describe('the monthly review', () => {
  it('is due until a review for this month is closed', () => {
    // Local dates: the month is the one on the organizer's own calendar.
    expect(monthOf(new Date(2026, 10, 30, 23, 59))).toBe('2026-11')
    expect(monthOf(new Date(2026, 11, 1, 0, 1))).toBe('2026-12')
    expect(isReviewDue([], new Date(2026, 10, 23, 12))).toBe(true)
    expect(isReviewDue([review], new Date(2026, 10, 23, 12))).toBe(false)
    expect(isReviewDue([review], new Date(2026, 11, 1, 9))).toBe(true)
  })

  it('exports the kept figures and the insight as Markdown', () => {
    expect(reviewMarkdown(review)).toBe(
      [
        '# Monthly review — 2026-11',
        '',
        '- Returning builder rate (last event): 56%',
        '- Speaker pipeline: 11 people',
        '- Demos confirmed for the next event: 2 of 3',
        '- Follow-ups sent: 7 of 10',
        '- Gate overrides this month: 1',
        '',
        '## Insight',
        '',
        'First-timers who got a follow-up came back twice as often.',
        '',
      ].join('\n'),
    )
  })
})
