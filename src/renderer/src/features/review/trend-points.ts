/**
 * The metric trends as chart points: one 0–100 value per point, its text, and the inputs it was
 * computed from (DESIGN.md §2: "every metric shows its numerator and denominator on hover"), which
 * the chart shows on hover and its table as columns.
 */
import { GATE_WORDS } from '../../../../shared/metrics/monthly-review'
import type {
  FatigueTrendPoint,
  NoShowTrendPoint,
  ReturningTrendPoint,
} from '../../../../shared/metrics/metric-trends'

export interface ChartInput {
  name: string
  text: string
}

export interface ChartPoint {
  /** Unique within a chart: two check-ins of one event are two points. */
  key: string
  /** The x-axis tick: the event's number where its title has one, else its day. */
  label: string
  /** The event's title, shown on hover and in the table. */
  title: string
  /** On the 0–100 scale every trend chart shares; null draws a gap. */
  value: number | null
  valueText: string
  inputs: ChartInput[]
  /** Further lines for the hover, such as the gate overrides that fed a fatigue score. */
  notes: string[]
  isWarning: boolean
  isEstimated: boolean
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** A hover stays readable: the rest of a long override list is counted, not listed. */
const MAX_NOTES = 3

/** `#14` for "AI Demo Night #14 — Agents", else the event's day as `22 Nov` from its venue start. */
export function shortEventLabel(title: string, start: string): string {
  const number = /#\d+/.exec(title)?.[0]
  if (number !== undefined) return number
  const month = MONTHS[Number(start.slice(5, 7)) - 1]
  return month === undefined ? start.slice(0, 10) : `${Number(start.slice(8, 10))} ${month}`
}

function percentText(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`
}

/**
 * Returning builder rate per event: returning attendees over attendees. Takes the metrics screen's
 * trend and the review's alike; a null rate (nobody attended) is a gap.
 */
export function returningPoints(
  trend: readonly (Omit<ReturningTrendPoint, 'rate'> & { rate: number | null })[],
): ChartPoint[] {
  return trend.map((point) => ({
    key: point.eventId,
    label: shortEventLabel(point.title, point.start),
    title: point.title,
    value: point.rate === null ? null : point.rate * 100,
    valueText: percentText(point.rate),
    inputs: [
      { name: 'Attendees', text: String(point.attendees) },
      { name: 'Returning', text: String(point.returning) },
    ],
    notes: point.isEstimated ? ['Estimated: no check-in data, “going” counted as attended'] : [],
    isWarning: false,
    isEstimated: point.isEstimated,
  }))
}

/** No-show rate per event: people who said they were going and did not check in. */
export function noShowPoints(trend: readonly NoShowTrendPoint[]): ChartPoint[] {
  return trend.map((point) => ({
    key: point.eventId,
    label: shortEventLabel(point.title, point.start),
    title: point.title,
    value: point.rate * 100,
    valueText: percentText(point.rate),
    inputs: [
      { name: 'Said going', text: String(point.going) },
      { name: 'No-shows', text: String(point.noShows) },
    ],
    notes: [],
    isWarning: false,
    isEstimated: false,
  }))
}

/**
 * Fatigue index per check-in with the formula's three inputs; the gate overrides that fed a score
 * are named on hover, with the event each was recorded on.
 */
export function fatiguePoints(
  trend: readonly FatigueTrendPoint[],
  titles: ReadonlyMap<string, string>,
): ChartPoint[] {
  return trend.map((point) => {
    const named = point.overrides
      .slice(0, MAX_NOTES)
      .map(
        (override) =>
          `Override (${GATE_WORDS[override.gate]}) on ${titles.get(override.eventId) ?? 'a deleted event'}: ${override.reason}`,
      )
    const more = point.overrides.length - named.length
    return {
      key: `${point.eventId}@${point.at}`,
      label: shortEventLabel(point.title, point.start),
      title: point.title,
      value: point.score,
      valueText: String(Math.round(point.score)),
      inputs: [
        { name: 'Energy', text: `${point.energy} of 5` },
        { name: 'Hours', text: String(point.hours) },
        { name: 'Overrides in the cycle', text: String(point.overridesInCycle) },
      ],
      notes: more > 0 ? [...named, `and ${more} more`] : named,
      isWarning: point.isWarning,
      isEstimated: false,
    }
  })
}
