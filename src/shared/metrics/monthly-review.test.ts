import { describe, expect, it } from 'vitest'
import { DEFAULT_BOARD } from '../domain/board-schemas'
import type { Review } from '../domain/review-schemas'
import type { GateOverride } from '../domain/schemas'
import { DEFAULT_SETTINGS } from '../schema/workspace'
import { computeAllMetrics } from './all-metrics'
import { checkedIn, eventOn, registrationsOf } from './metric-test-data'
import {
  figuresToKeep,
  isReviewDue,
  reviewStatus,
  monthOf,
  overridesInMonth,
  reviewFigures,
  reviewLines,
  reviewMarkdown,
} from './monthly-review'

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

  it('is not due while no night has ended: nothing to review is not a chore', () => {
    const now = new Date('2026-11-23T12:00:00.000Z')
    expect(reviewStatus([], [], now)).toBe('nothing-to-review')
    const upcoming = { end: '2026-12-01T21:00', timeZone: 'UTC' }
    expect(reviewStatus([], [upcoming], now)).toBe('nothing-to-review')
    const ended = { end: '2026-11-20T21:00', timeZone: 'UTC' }
    expect(reviewStatus([], [upcoming, ended], now)).toBe('due')
    expect(reviewStatus([review], [ended], now)).toBe('done')
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

  it('escapes typed text so a Markdown viewer cannot run it as HTML or a link', () => {
    const typed = reviewMarkdown(
      { ...review, insight: '<img src=x onerror=alert(1)> [click](javascript:alert(1)) R&D \\' },
      [
        {
          ...override('o1', '2026-11-02T10:00:00.000Z'),
          reason: 'Sponsor <b>insisted</b>\nby phone',
          eventTitle: 'Night <script>',
        },
      ],
    )
    expect(typed).toContain(
      '\\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1)) R\\&D \\\\',
    )
    expect(typed).toContain(
      '## Gate overrides\n\n- Night \\<script\\> (retro before planning): Sponsor \\<b\\>insisted\\</b\\> by phone',
    )
    expect(typed).not.toMatch(/(^|[^\\])</)
  })

  it.each([
    {
      fatigue: 72.4,
      fed: 2,
      value: '72 · above the 60 warning line · 2 gate overrides in its cycles',
      isWarning: true,
    },
    { fatigue: 60, fed: 0, value: '60', isWarning: false },
    { fatigue: null, fed: 0, value: '—', isWarning: false },
  ])(
    'shows the kept fatigue $fatigue with its warning and overrides',
    ({ fatigue, fed, value, isWarning }) => {
      const line = reviewLines({
        figures: { ...review.figures, fatigueIndex: fatigue, fatigueOverrides: fed },
      }).at(-1)
      expect(line).toEqual({ label: 'Organizer fatigue', value, isWarning })
    },
  )
})

function override(id: string, at: string): GateOverride {
  return { id, gate: 'plan-after-retro', reason: 'Venue only free that week', at, by: '' }
}

describe('overridesInMonth', () => {
  it('lists, for a closed review, only the overrides recorded before it was closed', () => {
    const events = [
      eventOn('e1', '2026-11-10', {
        gateOverrides: [
          override('early', '2026-11-05T09:00:00.000Z'),
          override('after-closing', '2026-11-28T09:00:00.000Z'),
          override('last-month', '2026-10-28T09:00:00.000Z'),
        ],
      }),
    ]
    const ids = (list: { id: string }[]) => list.map((entry) => entry.id)
    expect(ids(overridesInMonth(events, '2026-11'))).toEqual(['early', 'after-closing'])
    expect(ids(overridesInMonth(events, '2026-11', '2026-11-20T10:00:00.000Z'))).toEqual(['early'])
  })
})

describe('reviewFigures', () => {
  // e1 and e2 have ended; e3 is next. e2 was planned past the retro gate on 2 November, and an
  // October override on e1 fed e1's cycle but is not this month's.
  const events = [
    eventOn('e1', '2026-10-10', { gateOverrides: [override('o0', '2026-10-01T09:00:00.000Z')] }),
    eventOn('e2', '2026-11-10', {
      title: 'Night #2',
      gateOverrides: [override('o1', '2026-11-02T09:00:00.000Z')],
    }),
    eventOn('e3', '2026-12-10'),
  ]
  const registrations = registrationsOf([
    checkedIn('a', 'e1'),
    checkedIn('a', 'e2'),
    checkedIn('b', 'e2'),
  ])
  const now = new Date('2026-11-20T12:00:00.000Z')
  const metrics = computeAllMetrics(
    {
      settings: DEFAULT_SETTINGS,
      events,
      demos: [],
      people: [],
      merges: [],
      registrations,
      board: DEFAULT_BOARD,
      intros: [],
      // energy 1, 20 hours, 1 override: 50 + 30 + 20/3, above 60.
      checkIns: [
        { eventId: 'e2', energy: 1, hours: 20, word: 'done', at: '2026-11-11T09:00:00.000Z' },
      ],
      followUps: [],
    },
    now,
    'last-3-months',
  )
  const figures = reviewFigures({ events, registrations, demos: [], metrics }, now)

  it('lists this month’s overrides and the ones that fed the fatigue figure', () => {
    expect(figures.overrides.map((entry) => [entry.id, entry.eventTitle])).toEqual([
      ['o1', 'Night #2'],
    ])
    expect(figures.fatigue).toMatchObject({ basedOn: 1, isWarning: true })
    expect(figures.fatigue.value).toBeCloseTo(80 + 20 / 3, 10)
    expect(figures.fatigue.overrides.map((entry) => [entry.id, entry.eventTitle])).toEqual([
      ['o1', 'Night #2'],
    ])
  })

  it('keeps the trend’s counts and the fatigue with the closed review', () => {
    expect(
      figures.returningTrend.map(({ eventId, attendees, returning, rate }) => [
        eventId,
        attendees,
        returning,
        rate,
      ]),
    ).toEqual([
      ['e1', 1, 0, 0],
      ['e2', 2, 1, 0.5],
    ])
    expect(figuresToKeep(figures)).toMatchObject({
      returningBuilderRate: 0.5,
      gateOverrides: 1,
      fatigueIndex: figures.fatigue.value,
      fatigueOverrides: 1,
    })
  })
})
