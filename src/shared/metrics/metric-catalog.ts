/**
 * Every figure the app shows about the program, in one place (DESIGN.md §2): its name, its formula
 * in words, how its value reads, and when it is a warning. The Metrics screen, the monthly review
 * and the closed reviews' Markdown and print all read their labels and definitions from here, so a
 * formula is worded once and a figure reads the same wherever it appears.
 */
import { CADENCE_TARGET } from '../pipeline/forward-moves'
import { formatCount } from '../util/format-number'
import { FATIGUE_WARNING_ABOVE } from './fatigue-index'

/** How a metric's value reads: a share as a percentage, a count, days, or an index of 0–100. */
export type MetricFormat = 'percent' | 'count' | 'days' | 'index'

export interface MetricDefinition {
  label: string
  /** The formula in words, shown one click away from the figure. */
  formula: string
  format: MetricFormat
  /** The line past which the figure is shown as a warning; null when it never is. */
  warning: { above: number } | { below: number } | null
}

export const METRIC_CATALOG = {
  returningBuilderRate: {
    label: 'Returning builder rate',
    formula:
      'Attendees of a night who attended any earlier night, over the night’s attendees. The trend is the series over nights.',
    format: 'percent',
    warning: null,
  },
  firstTimeDemoConversion: {
    label: 'First-time → demo conversion',
    formula:
      'People whose first attended event is in the window and who later presented (at that or any later event), over people whose first attended event is in the window.',
    format: 'percent',
    warning: null,
  },
  repeatSpeakerRate: {
    label: 'Repeat speaker rate',
    formula:
      'People who presented at 2 or more distinct events, over people who presented at 1 or more.',
    format: 'percent',
    warning: null,
  },
  collaborationSparks: {
    label: 'Collaboration sparks',
    formula:
      'Intros marked as turned into action in the window; spark rate = sparks / intros made in the window.',
    format: 'count',
    warning: null,
  },
  timeToShip: {
    label: 'Time-to-ship (median)',
    formula:
      'Days from an event’s creation to the day its demo target was first met; the median over the window.',
    format: 'days',
    warning: null,
  },
  organizerFatigue: {
    label: 'Organizer fatigue',
    formula:
      'Per check-in: 50·(5−energy)/4 + 30·min(hours/20, 1) + 20·min(overrides in that cycle / 3, 1); the mean of the last 3 check-ins.',
    format: 'index',
    warning: { above: FATIGUE_WARNING_ABOVE },
  },
  followUpsCompleted: {
    label: 'Follow-ups completed',
    formula: 'Personal follow-ups sent, over the follow-up minimum per ended event in the window.',
    format: 'percent',
    warning: null,
  },
  forwardMoves: {
    label: 'Forward moves this cycle',
    formula:
      'Card moves to a column further right on the speaker pipeline, since the last event ended.',
    format: 'count',
    warning: { below: CADENCE_TARGET.min },
  },
  speakerPipeline: {
    label: 'Speaker pipeline',
    formula: 'Cards per column of the speaker pipeline board.',
    format: 'count',
    warning: null,
  },
  noShowRate: {
    label: 'No-show rate',
    formula:
      'People going who were not checked in, over people going (checked in or not); only for nights with check-in data.',
    format: 'percent',
    warning: null,
  },
} as const satisfies Record<string, MetricDefinition>

export type MetricId = keyof typeof METRIC_CATALOG

/** A metric's value as it reads everywhere: "42%", "1,204", "12 days", "63"; "—" when unknown. */
export function formatMetric(id: MetricId, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—'
  const format: MetricFormat = METRIC_CATALOG[id].format
  if (format === 'percent') return `${Math.round(value * 100)}%`
  const whole = formatCount(Math.round(value))
  return format === 'days' ? `${whole} ${Math.round(value) === 1 ? 'day' : 'days'}` : whole
}

/** Whether the value is past the metric's warning line; an unknown value never is. */
export function isMetricWarning(id: MetricId, value: number | null): boolean {
  const warning: MetricDefinition['warning'] = METRIC_CATALOG[id].warning
  if (value === null || warning === null) return false
  return 'above' in warning ? value > warning.above : value < warning.below
}
