/** Whether an event may move to `announced` (DESIGN.md §1.2 and §1.6). */
import type { ChatObservation } from '../domain/chat-schemas'
import type { Demo } from '../domain/demo-schemas'
import type { FollowUp } from '../domain/journal-schemas'
import type { Event, GateOverride } from '../domain/schemas'
import { confirmedDemos } from '../demos/demo-counts'
import { eventEnd, eventStart } from '../events/event-time'
import { wasRecordedAfterRetroWindow } from '../retros/retro-deadline'
import { evaluateGate, findOverride, type GateCondition, type GateResult } from './gate'
import { countAgainstBar, countOf } from '../util/format-number'

export interface AnnounceGateInput {
  events: readonly Event[]
  demos: readonly Demo[]
  followUps: readonly FollowUp[]
  followUpMinimum: number
  /**
   * Nights observed in the group chat (DESIGN.md §1.11): reading the group after a night is the
   * other way to meet the follow-up minimum, with the messages read as its evidence.
   */
  chatObservations?: readonly Pick<ChatObservation, 'eventId' | 'messagesRead'>[]
}

/**
 * Announce gate. (1) Demo target: the event cannot be announced until at least X demos are
 * confirmed (X = its contract's demoTarget). (2) Follow-up minimum: it cannot be announced until
 * the follow-up minimum for the last event before it is met — follow-ups counted as sent — or
 * the group chat was observed after it (messages about the night read, DESIGN.md §1.11).
 */
export function canAnnounce(event: Event, input: AnnounceGateInput): GateResult {
  const conditions: GateCondition[] = [demoCondition(event, input.demos)]
  const previous = previousEvent(event, input.events)
  // A past night recorded from an old export had no follow-up round in the app to count.
  if (previous && !wasRecordedAfterRetroWindow(previous))
    conditions.push(followUpCondition(event, previous, input))
  return evaluateGate(conditions)
}

function demoCondition(event: Event, demos: readonly Demo[]): GateCondition {
  const target = event.demoContract.demoTarget
  const confirmed = confirmedDemos(demos, event.id).length
  const isMet = confirmed >= target
  return {
    gate: 'announce-demos',
    isMet,
    summary: isMet
      ? countAgainstBar(confirmed, target, 'demos confirmed')
      : `${countAgainstBar(confirmed, target, 'demos confirmed')} — cannot announce yet`,
    unblock: `Confirm ${countOf(target - confirmed, 'more demo')}`,
    override: isMet ? null : findOverride(overridesThisPlanning(event), 'announce-demos'),
  }
}

function followUpCondition(event: Event, previous: Event, input: AnnounceGateInput): GateCondition {
  const { sent, minimum, observation } = followUpMinimumOf(previous.id, input)
  if (sent < minimum && observation !== undefined) {
    return {
      gate: 'announce-follow-ups',
      isMet: true,
      summary: `Observed the group after “${previous.title}”: ${countOf(observation.messagesRead, 'message')} read`,
      unblock: '',
      override: null,
    }
  }
  const isMet = sent >= minimum
  return {
    gate: 'announce-follow-ups',
    isMet,
    summary: isMet
      ? countAgainstBar(sent, minimum, `follow-ups sent after “${previous.title}”`)
      : `${countAgainstBar(sent, minimum, `follow-ups sent after “${previous.title}”`)} — cannot announce yet`,
    unblock: `Send ${countOf(minimum - sent, 'more personal follow-up')} for “${previous.title}”`,
    override: isMet ? null : findOverride(overridesThisPlanning(event), 'announce-follow-ups'),
  }
}

/**
 * Where a night's follow-up minimum stands (DESIGN.md §1.6): the follow-ups sent, and whether the
 * group chat was observed after it instead (§1.11), which meets the minimum too. The announce gate
 * and the night's Follow-ups card both read it, so they cannot disagree.
 */
export function followUpMinimumOf(
  eventId: string,
  input: Pick<AnnounceGateInput, 'followUps' | 'followUpMinimum' | 'chatObservations'>,
): {
  sent: number
  minimum: number
  observation: Pick<ChatObservation, 'eventId' | 'messagesRead'> | undefined
  isMet: boolean
} {
  const sent = followUpsSent(input.followUps, eventId)
  const minimum = input.followUpMinimum
  const observation = (input.chatObservations ?? []).find((entry) => entry.eventId === eventId)
  return { sent, minimum, observation, isMet: sent >= minimum || observation !== undefined }
}

/** Follow-ups for an event that were actually sent. */
export function followUpsSent(followUps: readonly FollowUp[], eventId: string): number {
  return followUps.filter((followUp) => followUp.eventId === eventId && followUp.sentOn !== null)
    .length
}

/** The latest event that ended before `event` starts: "the last event" for its gates. */
export function previousEvent(event: Event, events: readonly Event[]): Event | null {
  const start = eventStart(event).getTime()
  let best: Event | null = null
  let bestEnd = Number.NEGATIVE_INFINITY
  for (const candidate of events) {
    if (candidate.id === event.id) continue
    const end = eventEnd(candidate).getTime()
    if (end <= start && end > bestEnd) {
      best = candidate
      bestEnd = end
    }
  }
  return best
}

/**
 * Overrides recorded since the event last entered planning: moving an announced event back to
 * planning and announcing it again is a new decision, which needs its own reason.
 */
function overridesThisPlanning(event: Event): GateOverride[] {
  const since = event.statusHistory.filter((change) => change.status === 'planning').at(-1)?.at
  if (since === undefined) return event.gateOverrides
  return event.gateOverrides.filter((override) => Date.parse(override.at) >= Date.parse(since))
}
