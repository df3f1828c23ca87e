/**
 * The Demo Slot Contract's rules (DESIGN.md §1.2): slots are inventory, not a sign-up sheet. A
 * demo moves `proposed → screening → confirmed → presented`, or ends `declined` / `withdrawn`;
 * confirmed demos never exceed the slot count, and the rest wait in order for a slot to open.
 * Pure: demos and the event in, the changed demos and event out.
 */
import { capitalise } from '../util/text'
import type { Demo, DemoState } from '../domain/demo-schemas'
import type { DemoContract, Event } from '../domain/schemas'
import { confirmedDemos } from './demo-counts'

/** Where each state may go next. `declined` can be reconsidered; the other ends are final. */
export const DEMO_TRANSITIONS: Readonly<Record<DemoState, readonly DemoState[]>> = {
  proposed: ['screening', 'declined', 'withdrawn'],
  screening: ['confirmed', 'declined', 'withdrawn'],
  confirmed: ['presented', 'withdrawn'],
  presented: [],
  declined: ['proposed'],
  withdrawn: [],
}

export interface DemoDraft {
  personId: string
  title: string
  pitch: string
  links: string[]
}

export interface SlotState {
  event: Event
  /** Every demo of the workspace; only the event's own are changed. */
  demos: readonly Demo[]
}

export type SlotResult =
  | {
      ok: true
      event: Event
      demos: Demo[]
      /** What happened, in words for a toast: "Confirmed", "Slots are full: waitlisted 2nd". */
      outcome: string
      /** A waitlisted demo that took an opened slot. */
      promoted: Demo | null
    }
  | { ok: false; reason: string }

/** A new demo, `proposed`. */
export function createDemo(
  eventId: string,
  draft: DemoDraft,
  context: { id: string; now: Date },
): Demo {
  const at = context.now.toISOString()
  return {
    id: context.id,
    eventId,
    personId: draft.personId,
    title: draft.title,
    pitch: draft.pitch,
    links: draft.links,
    state: 'proposed',
    stateHistory: [{ state: 'proposed', at }],
    screening: null,
    waitlistedAt: null,
    runOrder: null,
    createdAt: at,
  }
}

/** Demos waiting for a slot, first come first offered. */
export function waitlist(demos: readonly Demo[], eventId: string): Demo[] {
  return demos
    .filter(
      (demo) =>
        demo.eventId === eventId && demo.state === 'screening' && demo.waitlistedAt !== null,
    )
    .sort((a, b) => (a.waitlistedAt ?? '').localeCompare(b.waitlistedAt ?? ''))
}

/** The confirmed (and presented) demos in run-of-show order. */
export function runOrder(demos: readonly Demo[], eventId: string): Demo[] {
  return confirmedDemos(demos, eventId).sort(
    (a, b) => (a.runOrder ?? Infinity) - (b.runOrder ?? Infinity) || a.id.localeCompare(b.id),
  )
}

export function freeSlots(event: Event, demos: readonly Demo[]): number {
  return Math.max(0, event.demoContract.slotCount - confirmedDemos(demos, event.id).length)
}

/**
 * Moves a demo to `to`. Confirming when every slot is taken puts it on the waitlist instead (it
 * stays in screening, having passed). A confirmed demo that withdraws frees its slot, which the
 * first waitlisted demo takes.
 */
export function moveDemo(state: SlotState, demoId: string, to: DemoState, now: Date): SlotResult {
  const demo = state.demos.find((candidate) => candidate.id === demoId)
  if (demo === undefined || demo.eventId !== state.event.id) {
    return { ok: false, reason: 'This demo no longer exists.' }
  }
  if (!DEMO_TRANSITIONS[demo.state].includes(to)) {
    return { ok: false, reason: `A ${demo.state} demo cannot become ${to}.` }
  }
  const at = now.toISOString()

  if (to === 'confirmed' && freeSlots(state.event, state.demos) === 0) {
    if (demo.waitlistedAt !== null) {
      return { ok: false, reason: 'Every slot is taken; this demo is already on the waitlist.' }
    }
    const demos = replace(state.demos, { ...demo, waitlistedAt: at })
    const position = waitlist(demos, state.event.id).findIndex((entry) => entry.id === demo.id) + 1
    return {
      ok: true,
      event: state.event,
      demos,
      outcome: `${slotsTaken(state.event.demoContract.slotCount)}: waitlisted, ${ordinal(position)} in line`,
      promoted: null,
    }
  }

  const isLeavingSlot = demo.state === 'confirmed' && to === 'withdrawn'
  const moved: Demo = {
    ...demo,
    state: to,
    stateHistory: [...demo.stateHistory, { state: to, at }],
    waitlistedAt: to === 'screening' ? demo.waitlistedAt : null,
    runOrder:
      to === 'confirmed'
        ? runOrder(state.demos, state.event.id).length
        : to === 'presented'
          ? demo.runOrder
          : null,
  }
  let demos = replace(state.demos, moved)
  let promoted: Demo | null = null
  if (isLeavingSlot) {
    demos = renumber(demos, state.event.id)
    const filled = fillFreeSlots(state.event, demos, at)
    demos = filled.demos
    promoted = filled.promoted[0] ?? null
  }
  const event = markTargetMet(state.event, demos, now)
  const outcome =
    to === 'confirmed'
      ? `Confirmed: slot ${(moved.runOrder ?? 0) + 1} of ${state.event.demoContract.slotCount}`
      : promoted !== null
        ? `Withdrawn; “${promoted.title}” moved up from the waitlist`
        : capitalise(to)
  return { ok: true, event, demos, outcome, promoted }
}

/**
 * Changes an event's contract. Fewer slots than confirmed demos is refused (withdraw one first,
 * so nobody loses a slot silently); more slots are offered to the waitlist in order.
 */
export function changeContract(state: SlotState, contract: DemoContract, now: Date): SlotResult {
  const holding = confirmedDemos(state.demos, state.event.id).length
  if (contract.slotCount < holding) {
    return {
      ok: false,
      reason: `${holding} demos are confirmed; withdraw ${holding - contract.slotCount} before cutting slots to ${contract.slotCount}.`,
    }
  }
  if (contract.demoTarget > contract.slotCount) {
    return { ok: false, reason: 'The demo target cannot be more than the number of slots.' }
  }
  const event = { ...state.event, demoContract: contract }
  const filled = fillFreeSlots(event, [...state.demos], now.toISOString())
  const promoted = filled.promoted
  return {
    ok: true,
    event: markTargetMet(event, filled.demos, now),
    demos: filled.demos,
    outcome:
      promoted.length > 0
        ? `Saved; ${promoted.length} waitlisted demo${promoted.length === 1 ? '' : 's'} moved into the new slots`
        : 'Saved',
    promoted: promoted[0] ?? null,
  }
}

/** Sets the run-of-show to `orderedIds`, which must be exactly the event's confirmed demos. */
export function reorderRunOfShow(state: SlotState, orderedIds: readonly string[]): SlotResult {
  const current = runOrder(state.demos, state.event.id)
  const expected = new Set(current.map((demo) => demo.id))
  if (orderedIds.length !== expected.size || !orderedIds.every((id) => expected.has(id))) {
    return { ok: false, reason: 'The run-of-show changed meanwhile; try again.' }
  }
  const position = new Map(orderedIds.map((id, index) => [id, index]))
  return {
    ok: true,
    event: state.event,
    demos: state.demos.map((demo) =>
      position.has(demo.id) ? { ...demo, runOrder: position.get(demo.id) ?? null } : demo,
    ),
    outcome: 'Run-of-show reordered',
    promoted: null,
  }
}

/**
 * Time-to-ship ends the first time confirmed demos reach the target (DESIGN.md §2); it is not
 * reset when a demo later withdraws.
 */
export function markTargetMet(event: Event, demos: readonly Demo[], now: Date): Event {
  if (event.demoTargetMetAt !== null) return event
  if (confirmedDemos(demos, event.id).length < event.demoContract.demoTarget) return event
  return { ...event, demoTargetMetAt: now.toISOString() }
}

function fillFreeSlots(
  event: Event,
  demos: Demo[],
  at: string,
): { demos: Demo[]; promoted: Demo[] } {
  let next = demos
  const promoted: Demo[] = []
  for (const waiting of waitlist(demos, event.id)) {
    if (freeSlots(event, next) === 0) break
    const confirmed: Demo = {
      ...waiting,
      state: 'confirmed',
      stateHistory: [...waiting.stateHistory, { state: 'confirmed', at }],
      waitlistedAt: null,
      runOrder: runOrder(next, event.id).length,
    }
    next = replace(next, confirmed)
    promoted.push(confirmed)
  }
  return { demos: next, promoted }
}

function renumber(demos: readonly Demo[], eventId: string): Demo[] {
  const order = new Map(runOrder(demos, eventId).map((demo, index) => [demo.id, index]))
  return demos.map((demo) =>
    order.has(demo.id) && demo.runOrder !== order.get(demo.id)
      ? { ...demo, runOrder: order.get(demo.id) ?? null }
      : demo,
  )
}

function replace(demos: readonly Demo[], demo: Demo): Demo[] {
  return demos.map((candidate) => (candidate.id === demo.id ? demo : candidate))
}

function slotsTaken(count: number): string {
  return count === 1 ? 'The one slot is taken' : `All ${count} slots are taken`
}

function ordinal(position: number): string {
  const suffix =
    position % 100 >= 11 && position % 100 <= 13
      ? 'th'
      : (['th', 'st', 'nd', 'rd'][position % 10] ?? 'th')
  return `${position}${suffix}`
}

/**
 * Records the screening (a few yes/no checks and a short note) on a demo; a proposed demo moves to
 * screening with it, since being screened is what that state means.
 */
export function recordScreening(
  state: SlotState,
  demoId: string,
  screening: NonNullable<Demo['screening']>,
  now: Date,
): SlotResult {
  const demo = state.demos.find((candidate) => candidate.id === demoId)
  if (demo === undefined || demo.eventId !== state.event.id) {
    return { ok: false, reason: 'This demo no longer exists.' }
  }
  if (demo.state !== 'proposed' && demo.state !== 'screening') {
    return { ok: false, reason: `A ${demo.state} demo is past screening.` }
  }
  const screened: Demo =
    demo.state === 'proposed'
      ? {
          ...demo,
          screening,
          state: 'screening',
          stateHistory: [...demo.stateHistory, { state: 'screening', at: now.toISOString() }],
        }
      : { ...demo, screening }
  return {
    ok: true,
    event: state.event,
    demos: replace(state.demos, screened),
    outcome: 'Screening saved',
    promoted: null,
  }
}
