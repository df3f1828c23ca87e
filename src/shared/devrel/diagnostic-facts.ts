/**
 * What the diagnostic reads from the workspace, derived once: the metrics of DESIGN.md §2 (over the
 * last 3 months, the span a monthly review looks back on), the returning builder series, the
 * events in time order, the ranked friction clusters, and the retros.
 */
import type { RecurringQuestion } from '../chat/recurring-questions'
import type { Retro } from '../domain/journal-schemas'
import type { Friction, FrictionCluster } from '../domain/review-schemas'
import { computeAllMetrics, type AllMetrics, type MetricsInput } from '../metrics/all-metrics'
import { returningBuilderRates, type ReturningBuilderRate } from '../metrics/returning-builders'
import { timedEvents, type TimedEvent } from '../metrics/timed-events'
import { wasRecordedAfterRetroWindow } from '../retros/retro-deadline'
import { rankClusters, type RankedCluster } from './priority-score'

export interface DiagnosticInput extends MetricsInput {
  retros: readonly Retro[]
  frictions: readonly Friction[]
  clusters: readonly FrictionCluster[]
  /**
   * Questions asked again across weeks in the group chats (chat/recurring-questions.ts); null
   * when no chat is imported, so the diagnostic cannot know.
   */
  recurringQuestions?: readonly Pick<RecurringQuestion, 'question' | 'weeks' | 'messages'>[] | null
}

export interface DiagnosticFacts {
  now: Date
  metrics: AllMetrics
  /** Events in start order with their instants. */
  events: TimedEvent[]
  /**
   * `events` without recorded history (`wasRecordedAfterRetroWindow`: past nights entered after
   * their retro window closed). These are the nights the app held to its mechanisms, so the items
   * about how a night was run (follow-ups, demo target and overrides, retro on time) judge only them.
   */
  eventsRunInApp: TimedEvent[]
  /** Returning builder rate of each ended night that had attendees, in start order. */
  returningRates: ReturningBuilderRate[]
  ranked: RankedCluster[]
  retros: readonly Retro[]
  recurringQuestions: readonly Pick<RecurringQuestion, 'question' | 'weeks' | 'messages'>[] | null
}

/** The window the windowed items read: the last 3 months, as the monthly review does. */
export const DIAGNOSTIC_WINDOW = 'last-3-months'

export function diagnosticFacts(input: DiagnosticInput, now: Date): DiagnosticFacts {
  const events = timedEvents(input.events)
  const ended = new Set(
    events.filter(({ endsAt }) => endsAt <= now.getTime()).map(({ event }) => event.id),
  )
  return {
    now,
    metrics: computeAllMetrics(input, now, DIAGNOSTIC_WINDOW),
    events,
    eventsRunInApp: events.filter(
      ({ event, endsAt }) => !wasRecordedAfterRetroWindow(event, endsAt),
    ),
    returningRates: returningBuilderRates(input.events, input.registrations).filter(
      (entry) => ended.has(entry.eventId) && entry.rate !== null,
    ),
    ranked: rankClusters(input.clusters, input.frictions),
    retros: input.retros,
    recurringQuestions: input.recurringQuestions ?? null,
  }
}
