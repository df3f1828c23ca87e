/**
 * The monthly review (DESIGN.md §1.8): four figures, the month's gate overrides, the organizer's
 * fatigue, one insight typed by the organizer. Closing it keeps the figures as they were, so
 * reviews form a timeline.
 */
import type { Demo } from '../domain/demo-schemas'
import type { Review } from '../domain/review-schemas'
import type { Event, GateId, GateOverride } from '../domain/schemas'
import { confirmedDemos } from '../demos/demo-counts'
import { eventEnd, eventStart, sortByStart } from '../events/event-time'
import type { AllMetrics } from './all-metrics'
import { FATIGUE_WARNING_ABOVE, type CycleOverride } from './fatigue-index'
import { formatMetric, isMetricWarning, METRIC_CATALOG } from './metric-catalog'
import { returningBuilderRates } from './returning-builders'
import type { Registration } from '../domain/schemas'
import { markdownText } from '../export/markdown-text'

/** A gate override with the title of the event it was recorded on. */
export type TitledOverride = GateOverride & { eventTitle: string }

/** Each gate as it reads after an event's title: one announce can pass two gates at once. */
export const GATE_WORDS: Record<GateId, string> = {
  'announce-demos': 'demo target',
  'announce-follow-ups': 'follow-up minimum',
  'plan-after-retro': 'retro before planning',
}

/** `2026-11` for a date, in the organizer's own time zone: the month on their calendar. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`
}

/** Due when no review has been closed for the current month. */
export function isReviewDue(reviews: readonly Review[], now: Date): boolean {
  return !reviews.some((review) => review.month === monthOf(now))
}

/**
 * Where this month's review stands: done once closed; due while open and there is something to
 * review; and nothing to review while no night has ended (an empty or brand-new workspace), which
 * is not a chore to nag about.
 */
export function reviewStatus(
  reviews: readonly Review[],
  events: readonly Pick<Event, 'end' | 'timeZone'>[],
  now: Date,
): 'done' | 'due' | 'nothing-to-review' {
  if (!isReviewDue(reviews, now)) return 'done'
  const hasEnded = events.some((event) => eventEnd(event).getTime() <= now.getTime())
  return hasEnded ? 'due' : 'nothing-to-review'
}

export interface ReviewFigures {
  /** Returning builder rate of the last ended events, oldest first (the trend). */
  returningTrend: {
    eventId: string
    title: string
    /** The event's venue-time start, `YYYY-MM-DDTHH:mm`. */
    start: string
    attendees: number
    returning: number
    rate: number | null
    isEstimated: boolean
  }[]
  pipelineCount: number
  nextEvent: { title: string; confirmed: number; target: number } | null
  followUps: { sent: number; expected: number }
  /** Gate overrides recorded this month, oldest first. */
  overrides: TitledOverride[]
  /** The program's fatigue figure and the gate overrides that fed its check-ins (DESIGN.md §2). */
  fatigue: {
    value: number | null
    basedOn: number
    isWarning: boolean
    overrides: TitledOverride[]
  }
}

/**
 * Gate overrides recorded in `month` (`YYYY-MM`, the organizer's calendar), oldest first. A closed
 * review passes its `closedAt`, so its exports list what it reviewed, not overrides made later.
 */
export function overridesInMonth(
  events: readonly Event[],
  month: string,
  recordedBy?: string,
): TitledOverride[] {
  return events
    .flatMap((event) =>
      event.gateOverrides
        .filter((override) => monthOf(new Date(override.at)) === month)
        .filter((override) => recordedBy === undefined || override.at <= recordedBy)
        .map((override) => ({ ...override, eventTitle: event.title })),
    )
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
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
  const starts = new Map(input.events.map((event) => [event.id, event.start]))
  const trend = returningBuilderRates(ended, input.registrations)
    .slice(-6)
    .map((rate) => ({
      eventId: rate.eventId,
      title: titles.get(rate.eventId) ?? '',
      start: starts.get(rate.eventId) ?? '',
      attendees: rate.attendees,
      returning: rate.returning,
      rate: rate.rate,
      isEstimated: rate.isEstimated,
    }))
  const next = sortByStart(input.events).find((event) => eventStart(event) > now) ?? null
  const fatigue = input.metrics.fatigueIndex
  const latest = fatigue.perCheckIn.slice(-fatigue.basedOn)
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
    overrides: overridesInMonth(input.events, monthOf(now)),
    fatigue: {
      value: fatigue.value,
      basedOn: fatigue.basedOn,
      isWarning: fatigue.isWarning,
      overrides: titled(distinctById(latest.flatMap((entry) => entry.overrides)), titles),
    },
  }
}

/** Two check-ins of one event share its cycle; its overrides fed both but happened once. */
function distinctById(overrides: readonly CycleOverride[]): CycleOverride[] {
  return [...new Map(overrides.map((override) => [override.id, override])).values()]
}

function titled(
  overrides: readonly CycleOverride[],
  titles: ReadonlyMap<string, string>,
): TitledOverride[] {
  return overrides.map(({ eventId, ...override }) => ({
    ...override,
    eventTitle: titles.get(eventId) ?? '',
  }))
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
    fatigueIndex: figures.fatigue.value,
    fatigueOverrides: figures.fatigue.overrides.length,
  }
}

/** One line of a closed review: what was measured and how it read that month. */
export interface ReviewLine {
  label: string
  value: string
  isWarning: boolean
}

/**
 * The kept figures of a closed review as labelled lines, for its Markdown and its printed page
 * alike. Figures a review was closed without (reviews older than the fatigue line) are left out
 * rather than shown as unknown.
 */
export function reviewLines(review: Pick<Review, 'figures'>): ReviewLine[] {
  const figure = (key: string): string => {
    const value = review.figures[key]
    return value === null || value === undefined ? '—' : String(value)
  }
  const rate = review.figures['returningBuilderRate']
  const fatigue = review.figures['fatigueIndex']
  const lines: ReviewLine[] = [
    {
      label: `${METRIC_CATALOG.returningBuilderRate.label} (last event)`,
      value: formatMetric('returningBuilderRate', rate ?? null),
      isWarning: false,
    },
    {
      label: METRIC_CATALOG.speakerPipeline.label,
      value: `${formatMetric('speakerPipeline', review.figures['pipelineCount'] ?? null)} people`,
      isWarning: false,
    },
    {
      label: 'Demos confirmed for the next event',
      value: `${figure('demosConfirmedNext')} of ${figure('demoTargetNext')}`,
      isWarning: false,
    },
    {
      label: 'Follow-ups sent',
      value: `${figure('followUpsSent')} of ${figure('followUpsExpected')}`,
      isWarning: false,
    },
    { label: 'Gate overrides this month', value: figure('gateOverrides'), isWarning: false },
  ]
  if (fatigue !== undefined) {
    const isWarning = isMetricWarning('organizerFatigue', fatigue)
    const fed = review.figures['fatigueOverrides'] ?? 0
    lines.push({
      label: METRIC_CATALOG.organizerFatigue.label,
      value:
        fatigue === null
          ? '—'
          : [
              formatMetric('organizerFatigue', fatigue),
              isWarning ? `above the ${FATIGUE_WARNING_ABOVE} warning line` : '',
              fed > 0 ? `${fed} gate override${fed === 1 ? '' : 's'} in its cycles` : '',
            ]
              .filter(Boolean)
              .join(' · '),
      isWarning,
    })
  }
  return lines
}

/**
 * A closed review as Markdown: its kept figures, the month's gate overrides (read from the events,
 * where they stay recorded) and the insight, with every typed text escaped.
 */
export function reviewMarkdown(review: Review, overrides: readonly TitledOverride[] = []): string {
  return [
    `# Monthly review — ${review.month}`,
    '',
    ...reviewLines(review).map((line) => `- ${line.label}: ${line.value}`),
    ...(overrides.length === 0
      ? []
      : [
          '',
          '## Gate overrides',
          '',
          ...overrides.map(
            (override) =>
              `- ${markdownText(override.eventTitle)} (${GATE_WORDS[override.gate]}): ${markdownText(oneLine(override.reason))}`,
          ),
        ]),
    '',
    '## Insight',
    '',
    markdownText(review.insight),
    '',
  ].join('\n')
}

function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ')
}
