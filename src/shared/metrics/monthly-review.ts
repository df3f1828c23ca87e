/**
 * The monthly review (DESIGN.md §1.8): four figures, the month's gate overrides, one insight typed
 * by the organizer. Closing it keeps the figures as they were, so reviews form a timeline.
 */
import type { Demo } from '../domain/demo-schemas'
import type { Review } from '../domain/review-schemas'
import type { Event, GateOverride } from '../domain/schemas'
import { confirmedDemos } from '../demos/demo-counts'
import { eventEnd, eventStart, sortByStart } from '../events/event-time'
import type { AllMetrics } from './all-metrics'
import { returningBuilderRates } from './returning-builders'
import type { Registration } from '../domain/schemas'

/** `2026-11` for a date, in the organizer's own time zone: the month on their calendar. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`
}

/** Due when no review has been closed for the current month. */
export function isReviewDue(reviews: readonly Review[], now: Date): boolean {
  return !reviews.some((review) => review.month === monthOf(now))
}

export interface ReviewFigures {
  /** Returning builder rate of the last ended events, oldest first (the trend). */
  returningTrend: { eventId: string; title: string; rate: number | null }[]
  pipelineCount: number
  nextEvent: { title: string; confirmed: number; target: number } | null
  followUps: { sent: number; expected: number }
  overrides: (GateOverride & { eventTitle: string })[]
}

export function reviewFigures(
  input: {
    events: readonly Event[]
    registrations: readonly Registration[]
    demos: readonly Demo[]
    metrics: AllMetrics
  },
  now: Date,
): ReviewFigures {
  const titles = new Map(input.events.map((event) => [event.id, event.title]))
  const ended = input.events.filter((event) => eventEnd(event) <= now)
  const trend = returningBuilderRates(ended, input.registrations)
    .slice(-6)
    .map((rate) => ({
      eventId: rate.eventId,
      title: titles.get(rate.eventId) ?? '',
      rate: rate.rate,
    }))
  const next = sortByStart(input.events).find((event) => eventStart(event) > now) ?? null
  const month = monthOf(now)
  return {
    returningTrend: trend,
    pipelineCount: input.metrics.pipelineCounts.reduce((sum, column) => sum + column.count, 0),
    nextEvent:
      next === null
        ? null
        : {
            title: next.title,
            confirmed: confirmedDemos(input.demos, next.id).length,
            target: next.demoContract.demoTarget,
          },
    followUps: {
      sent: input.metrics.followUpsCompleted.inWindow.numerator,
      expected: input.metrics.followUpsCompleted.inWindow.denominator,
    },
    overrides: input.events.flatMap((event) =>
      event.gateOverrides
        .filter((override) => monthOf(new Date(override.at)) === month)
        .map((override) => ({ ...override, eventTitle: event.title })),
    ),
  }
}

/** The figures kept with a closed review, by metric id. */
export function figuresToKeep(figures: ReviewFigures): Record<string, number | null> {
  return {
    returningBuilderRate: figures.returningTrend.at(-1)?.rate ?? null,
    pipelineCount: figures.pipelineCount,
    demosConfirmedNext: figures.nextEvent?.confirmed ?? null,
    demoTargetNext: figures.nextEvent?.target ?? null,
    followUpsSent: figures.followUps.sent,
    followUpsExpected: figures.followUps.expected,
    gateOverrides: figures.overrides.length,
  }
}

export function reviewMarkdown(review: Review): string {
  const figure = (key: string) => review.figures[key] ?? '—'
  const rate = review.figures['returningBuilderRate']
  return [
    `# Monthly review — ${review.month}`,
    '',
    `- Returning builder rate (last event): ${rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`}`,
    `- Speaker pipeline: ${figure('pipelineCount')} people`,
    `- Demos confirmed for the next event: ${figure('demosConfirmedNext')} of ${figure('demoTargetNext')}`,
    `- Follow-ups sent: ${figure('followUpsSent')} of ${figure('followUpsExpected')}`,
    `- Gate overrides this month: ${figure('gateOverrides')}`,
    '',
    '## Insight',
    '',
    review.insight,
    '',
  ].join('\n')
}
