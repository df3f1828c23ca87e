/** Follow-ups completed (DESIGN.md §1.6): the follow-up minimum, kept or not, per event. */
import type { FollowUp } from '../domain/journal-schemas'
import type { Event } from '../domain/schemas'
import { wasRecordedAfterRetroWindow } from '../retros/retro-deadline'
import { isInWindow, type MetricWindow } from './metric-window'
import { ratio, type Ratio } from './ratio'
import { timedEvents, type TimedEvent } from './timed-events'

export interface EventFollowUps {
  eventId: string
  /** Follow-ups of the event with a `sentOn` day. */
  sent: number
  minimum: number
  isMet: boolean
}

export interface FollowUpsCompleted {
  /** Every ended event that owed follow-ups (not recorded history), in start order. */
  perEvent: EventFollowUps[]
  /** Sent / (such events whose start is in the window × minimum). */
  inWindow: Ratio
}

/**
 * Follow-ups completed: per ended event, sent follow-ups (`sentOn` set) against the follow-up
 * minimum; over a window, sent / (events in window × minimum), where the events are those that
 * ended by now and started in the window. Sent follow-ups are counted as recorded, so an event
 * above its minimum makes up for one below it in the window figure; `perEvent` shows which.
 * The minimum is owed per night run in the app: a recorded-history event
 * (`wasRecordedAfterRetroWindow`, a past night entered after the fact) owes none, so it is left out
 * of both sides — any follow-ups recorded for it do not make up for another night either.
 */
export function followUpsCompleted(
  events: readonly Event[],
  followUps: readonly Pick<FollowUp, 'eventId' | 'sentOn'>[],
  minimum: number,
  window: MetricWindow,
  now: Date,
): FollowUpsCompleted {
  return followUpsCompletedFromIndex(timedEvents(events), followUps, minimum, window, now)
}

/** `followUpsCompleted` over events already in start order with their instants. */
export function followUpsCompletedFromIndex(
  events: readonly TimedEvent[],
  followUps: readonly Pick<FollowUp, 'eventId' | 'sentOn'>[],
  minimum: number,
  window: MetricWindow,
  now: Date,
): FollowUpsCompleted {
  const sentByEvent = new Map<string, number>()
  for (const followUp of followUps) {
    if (followUp.sentOn === null) continue
    sentByEvent.set(followUp.eventId, (sentByEvent.get(followUp.eventId) ?? 0) + 1)
  }
  const perEvent: EventFollowUps[] = []
  let sentInWindow = 0
  let eventsInWindow = 0
  for (const { event, startsAt, endsAt } of events) {
    if (endsAt > now.getTime() || wasRecordedAfterRetroWindow(event, endsAt)) continue
    const sent = sentByEvent.get(event.id) ?? 0
    perEvent.push({ eventId: event.id, sent, minimum, isMet: sent >= minimum })
    if (!isInWindow(startsAt, window)) continue
    sentInWindow += sent
    eventsInWindow += 1
  }
  return { perEvent, inWindow: ratio(sentInWindow, eventsInWindow * minimum, false) }
}
