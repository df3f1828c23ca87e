/** Creating, editing and moving events along `planning → announced → live → done` (DESIGN.md §1.1). */
import { eventEnd } from './event-time'
import type { DemoContract, Event, EventDraft, EventStatus } from '../domain/schemas'
import { EVENT_STATUSES } from '../domain/schemas'
import type { Settings } from '../schema/workspace'

/** The demo-slot contract a new event starts with, from the organizer's settings. */
export function defaultDemoContract(settings: Settings): DemoContract {
  return {
    slotCount: settings.defaultSlotCount,
    minutesPerDemo: settings.defaultMinutesPerDemo,
    expectations: settings.defaultExpectations,
    isWipWelcome: true,
    demoTarget: Math.min(settings.defaultDemoTarget, settings.defaultSlotCount),
  }
}

/** A new event in `planning`; its creation starts the planning clock used by time-to-ship. */
export function createEvent(
  draft: EventDraft,
  context: { id: string; now: Date; contract: DemoContract },
): Event {
  const at = context.now.toISOString()
  // A night entered after it ended (last month's export, imported today) is history: it is done,
  // not something to plan and announce.
  const status = eventEnd(draft) <= context.now ? 'done' : 'planning'
  return {
    id: context.id,
    ...draft,
    status,
    statusHistory: [{ status, at }],
    createdAt: at,
    demoContract: context.contract,
    gateOverrides: [],
    demoTargetMetAt: null,
  }
}

/** The event with the edited fields; status and history are changed only by `changeStatus`. */
export function updateEvent(event: Event, draft: EventDraft): Event {
  return { ...event, ...draft }
}

/**
 * Whether the lifecycle allows going from one status to another: one step forward, or one step
 * back to correct a mistake. Skipping steps would leave holes in the dated history.
 */
export function canChangeStatus(from: EventStatus, to: EventStatus): boolean {
  const distance = EVENT_STATUSES.indexOf(to) - EVENT_STATUSES.indexOf(from)
  return distance === 1 || distance === -1
}

/** The statuses reachable from the current one, for the UI's status menu. */
export function nextStatuses(from: EventStatus): EventStatus[] {
  return EVENT_STATUSES.filter((to) => canChangeStatus(from, to))
}

export type StatusChangeResult = { ok: true; event: Event } | { ok: false; reason: string }

/** Moves the event to `to`, recording the dated transition. */
export function changeStatus(event: Event, to: EventStatus, now: Date): StatusChangeResult {
  if (!canChangeStatus(event.status, to)) {
    return { ok: false, reason: `An event cannot go from ${event.status} to ${to}.` }
  }
  return {
    ok: true,
    event: {
      ...event,
      status: to,
      statusHistory: [...event.statusHistory, { status: to, at: now.toISOString() }],
    },
  }
}
