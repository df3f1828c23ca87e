/**
 * The items of the diagnostic the workspace can answer, each with its evidence in numbers. An item
 * the data cannot settle yet (no check-ins, no night ended) says why, and the organizer answers it
 * instead. Items missing here are the organizer's to answer (nothing in the data knows them).
 */
import { countAgainstBar } from '../util/format-number'
import { CADENCE_TARGET } from '../pipeline/forward-moves'
import { FATIGUE_WARNING_ABOVE } from '../metrics/fatigue-index'
import { isInWindow } from '../metrics/metric-window'
import { lastEndedOf } from '../metrics/timed-events'
import { describeRetroStatus, retroStatus, RETRO_HOURS } from '../retros/retro-deadline'
import type { DiagnosticFacts } from './diagnostic-facts'
import type { DiagnosticItemId } from './diagnostic-items'
import { isBeforeFix, STAGE_LABELS } from './feedback-stages'
import { countOf } from '../util/format-number'

export type AppCheck =
  { isKnown: true; answer: 'yes' | 'no'; evidence: string } | { isKnown: false; reason: string }

/** A cluster with this many frictions or more is a recurring problem. */
export const RECURRING_AT = 2
/**
 * "Falling" = the mean rate of the latest nights is this much (5 points) below the nights before:
 * one night's crowd varies more than that, so a smaller dip is noise.
 */
export const RETURNING_FALL = 0.05
/** Nights compared on each side for the returning builder trend. */
const TREND_NIGHTS = 3
/** Repeat speaker rate counted as "presenters come back": one in five. */
export const REPEAT_SPEAKERS_AT = 0.2

const HOUR_MS = 3_600_000

export const APP_CHECKS: Partial<Record<DiagnosticItemId, (facts: DiagnosticFacts) => AppCheck>> = {
  'recurring-friction-unfixed': ({ ranked }) => {
    const recurring = ranked.filter(
      (entry) => entry.frequency >= RECURRING_AT && isBeforeFix(entry.cluster.stage),
    )
    if (recurring.length === 0) {
      return known(
        'no',
        ranked.length === 0
          ? 'No friction clusters yet.'
          : `No cluster with ${RECURRING_AT}+ frictions waits before Fix (${countOf(ranked.length, 'cluster')} in all).`,
      )
    }
    const named = recurring
      .slice(0, 3)
      .map(
        (entry) =>
          `“${entry.cluster.problem}” (${countOf(entry.frequency, 'friction')}, ${STAGE_LABELS[entry.cluster.stage]})`,
      )
    return known(
      'yes',
      `${countOf(recurring.length, 'cluster')} with ${RECURRING_AT}+ frictions not yet at Fix: ${named.join('; ')}.`,
    )
  },
  'same-questions-every-week': ({ recurringQuestions }) => {
    if (recurringQuestions === null) {
      return { isKnown: false, reason: 'No group chat imported: import its export to know.' }
    }
    if (recurringQuestions.length === 0) {
      return known('no', 'No question in the group chats came back in another week.')
    }
    const named = recurringQuestions
      .slice(0, 3)
      .map(
        (entry) =>
          `“${entry.question}” (${countOf(entry.messages.length, 'time')} over ${entry.weeks} weeks)`,
      )
    return known(
      'yes',
      `${countOf(recurringQuestions.length, 'question')} asked again across weeks: ${named.join('; ')}.`,
    )
  },
  'follow-ups-below-minimum': (facts) => {
    const { metrics, events } = facts
    // perEvent holds only the nights that owed follow-ups: recorded history owes none.
    const last = metrics.followUpsCompleted.perEvent.at(-1)
    if (last === undefined) return noNightRunInApp(facts)
    return known(
      last.isMet ? 'no' : 'yes',
      `${countAgainstBar(last.sent, last.minimum, `follow-ups sent after “${titleOf(events, last.eventId)}”`)}.`,
    )
  },
  'organizer-fatigue': ({ metrics }) => {
    const { value, basedOn, isWarning } = metrics.fatigueIndex
    if (value === null) return unknown('No organizer check-ins yet.')
    return known(
      isWarning ? 'yes' : 'no',
      `Fatigue index ${Math.round(value)} (mean of the last ${countOf(basedOn, 'check-in')}; warning above ${FATIGUE_WARNING_ABOVE}).`,
    )
  },
  'demo-target-missed': (facts) => {
    const { eventsRunInApp, now } = facts
    // A night recorded afterwards had its demos entered with it: its target says nothing.
    const last = lastEndedOf(eventsRunInApp, now)
    if (last === null) return noNightRunInApp(facts)
    // This cycle's overrides: those that got the last night out, and any since on nights to come.
    const overrides = eventsRunInApp
      .filter((entry) => entry === last || entry.endsAt > now.getTime())
      .flatMap(({ event }) => event.gateOverrides)
    const isMissed = last.event.demoTargetMetAt === null
    const target = last.event.demoContract.demoTarget
    return known(
      isMissed || overrides.length > 0 ? 'yes' : 'no',
      `“${last.event.title}” ${isMissed ? 'never met' : 'met'} its demo target of ${target}; ` +
        `${countOf(overrides.length, 'gate override')} on it or the nights after.`,
    )
  },
  'returning-builders-falling': ({ returningRates }) => {
    const size = Math.min(TREND_NIGHTS, Math.floor(returningRates.length / 2))
    if (size === 0) return unknown('Needs attendance of at least 2 ended nights.')
    const recent = returningRates.slice(-size)
    const earlier = returningRates.slice(-2 * size, -size)
    const recentMean = meanRate(recent)
    const earlierMean = meanRate(earlier)
    const isEstimated = [...recent, ...earlier].some((entry) => entry.isEstimated)
    const span =
      size === 1
        ? ['at the last night', 'at the night before']
        : [`over the last ${size} nights`, `over the ${size} nights before`]
    return known(
      recentMean < earlierMean - RETURNING_FALL ? 'yes' : 'no',
      `Returning builders ${percent(recentMean)} ${span[0]} vs ${percent(earlierMean)} ${span[1]}` +
        `${isEstimated ? ' (estimated)' : ''}.`,
    )
  },
  'sparks-happening': ({ metrics }) => {
    const { sparks, introsMade } = metrics.collaborationSparks
    // No intros is nothing to judge, not a "no": an empty workspace is not a warning.
    if (introsMade === 0) return unknown('No intros made in the last 3 months.')
    return known(
      sparks > 0 ? 'yes' : 'no',
      `${countOf(sparks, 'spark')} and ${countOf(introsMade, 'intro')} made in the last 3 months.`,
    )
  },
  'speakers-return': ({ metrics }) => {
    const { numerator, denominator, value } = metrics.repeatSpeakerRate
    if (value === null) return unknown('Nobody has presented a demo yet.')
    return known(
      value >= REPEAT_SPEAKERS_AT ? 'yes' : 'no',
      `${numerator} of ${countOf(denominator, 'presenter')} presented at 2+ nights (${percent(value)}).`,
    )
  },
  'pipeline-moving': ({ metrics }) => {
    const { forwardMoves, since } = metrics.forwardMoves
    if (since === null && forwardMoves < CADENCE_TARGET.min) {
      return unknown('No night has ended yet: the first cycle starts when one does.')
    }
    return known(
      forwardMoves >= CADENCE_TARGET.min ? 'yes' : 'no',
      `${countOf(forwardMoves, 'forward move')} ${since === null ? 'so far' : `since “${since.title}” ended`} ` +
        `(target ${CADENCE_TARGET.min}–${CADENCE_TARGET.max}).`,
    )
  },
  'follow-ups-done': ({ metrics, events, now }) => {
    // Per night, not window totals: one night well above the minimum must not hide one without
    // any. Only nights that owed follow-ups count (perEvent leaves recorded history out).
    const startOf = new Map(events.map(({ event, startsAt }) => [event.id, startsAt]))
    const nights = metrics.followUpsCompleted.perEvent.filter((entry) =>
      isInWindow(startOf.get(entry.eventId) ?? Number.NaN, metrics.window),
    )
    if (nights.length === 0) {
      const hasEnded = events.some(
        ({ startsAt, endsAt }) => endsAt <= now.getTime() && isInWindow(startsAt, metrics.window),
      )
      return unknown(
        hasEnded
          ? 'The nights of the last 3 months were recorded afterwards (entered after their ' +
              '48-hour retro window): none owed follow-ups.'
          : 'No night ended in the last 3 months.',
      )
    }
    const minimum = nights[0]?.minimum ?? 0
    const short = nights.filter((entry) => !entry.isMet)
    if (short.length === 0) {
      const sent = nights.reduce((sum, entry) => sum + entry.sent, 0)
      return known(
        'yes',
        `${nights.length === 1 ? 'The 1 night' : `All ${nights.length} nights`} of the last 3 months ` +
          `met the minimum of ${countOf(minimum, 'follow-up')} (${sent} sent).`,
      )
    }
    const named = short.map((entry) => `“${titleOf(events, entry.eventId)}” (${entry.sent} sent)`)
    return known(
      'no',
      `${short.length} of ${countOf(nights.length, 'night')} of the last 3 months fell short of ` +
        `the minimum of ${countOf(minimum, 'follow-up')}: ${named.join(', ')}.`,
    )
  },
  'retro-on-time': (facts) => {
    const { eventsRunInApp, retros, now } = facts
    // A night recorded afterwards owed no retro: one written for it later is neither on time nor late.
    const byEnd = [...eventsRunInApp]
      .filter(({ endsAt }) => endsAt <= now.getTime())
      .sort((a, b) => b.endsAt - a.endsAt)
    const retroOf = (eventId: string) => retros.find((retro) => retro.eventId === eventId)
    // A retro still inside its 48 hours is neither on time nor late yet: judge the one before.
    const open = byEnd.find(
      ({ event }) => retroStatus(event, retroOf(event.id), now).kind === 'due',
    )
    for (const { event, endsAt } of byEnd) {
      const status = retroStatus(event, retroOf(event.id), now)
      const pending =
        open !== undefined && open.event !== event
          ? ` “${open.event.title}”: ${describeRetroStatus(retroStatus(open.event, retroOf(open.event.id), now)).toLowerCase()}.`
          : ''
      if (status.kind === 'done') {
        const hours = Math.round((status.completedAt.getTime() - endsAt) / HOUR_MS)
        return known(
          status.wasLate ? 'no' : 'yes',
          `Retro of “${event.title}” done ${hours} h after the night (due within ${RETRO_HOURS} h).${pending}`,
        )
      }
      if (status.kind === 'late') {
        return known(
          'no',
          `Retro of “${event.title}”: ${describeRetroStatus(status).toLowerCase()}, not done.`,
        )
      }
    }
    return open === undefined
      ? noNightRunInApp(facts)
      : unknown('The first retro is still within its 48 hours.')
  },
}

function known(answer: 'yes' | 'no', evidence: string): AppCheck {
  return { isKnown: true, answer, evidence }
}

function unknown(reason: string): AppCheck {
  return { isKnown: false, reason }
}

/**
 * Why an item about the last night run in the app cannot be answered: no night has ended, or the
 * only ones that have are recorded history (a first-run import of past nights).
 */
function noNightRunInApp({ events, now }: DiagnosticFacts): AppCheck {
  const hasEnded = events.some(({ endsAt }) => endsAt <= now.getTime())
  return unknown(
    hasEnded
      ? 'Every night that has ended was recorded afterwards (entered after its 48-hour retro ' +
          'window): none ran through the app yet.'
      : 'No night has ended yet.',
  )
}

function titleOf(events: DiagnosticFacts['events'], eventId: string): string {
  return events.find(({ event }) => event.id === eventId)?.event.title ?? 'the last night'
}

function meanRate(entries: readonly { rate: number | null }[]): number {
  return entries.reduce((sum, entry) => sum + (entry.rate ?? 0), 0) / entries.length
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`
}
