/** Whether a new event may be created (planned) now (DESIGN.md §1.5 and §1.4). */
import type { Board } from '../domain/board-schemas'
import type { Retro } from '../domain/journal-schemas'
import type { Event, GateOverride } from '../domain/schemas'
import { eventEnd } from '../events/event-time'
import { lastEndedEvent } from '../events/last-ended-event'
import { wasRecordedAfterRetroWindow } from '../retros/retro-deadline'
import { CADENCE_TARGET, forwardMovesSince } from '../pipeline/forward-moves'
import { evaluateGate, type GateCondition, type GateResult } from './gate'
import { countOf } from '../util/format-number'

export { lastEndedEvent }

export interface PlanGateInput {
  events: readonly Event[]
  retros: readonly Retro[]
  board: Board
  now: Date
  /** An override typed in the new-event form, not yet stored (it is stored on the new event). */
  override?: GateOverride | null
  /** The event about to be created, when known: a night that already ended is not planned. */
  draft?: Pick<Event, 'end' | 'timeZone'> | null
}

/**
 * Plan gate. Blocks: the next event cannot be created until the previous event's retro is done.
 * Warns (does not block): fewer than 3 forward moves on the speaker pipeline in the current cycle
 * (since the last event ended).
 */
export function canPlanNextEvent(input: PlanGateInput): GateResult {
  // Recording a night that already happened (importing last month's export, say) is history, not
  // planning: holding it back behind a retro would only stop an organizer entering their past.
  if (input.draft && eventEnd(input.draft) <= input.now) return evaluateGate([])
  const last = lastEndedEvent(input.events, input.now)
  if (!last) return evaluateGate([])
  const retro = input.retros.find((candidate) => candidate.eventId === last.id)
  const isMet = Boolean(retro?.completedAt)
  const condition: GateCondition = {
    gate: 'plan-after-retro',
    isMet,
    summary: isMet
      ? `The retro for “${last.title}” is done`
      : `The retro for “${last.title}” is not done — finish it before planning the next event`,
    unblock: `Write the 48-hour retro for “${last.title}”`,
    override: isMet ? null : (input.override ?? null),
  }
  const moves = forwardMovesSince(input.board, eventEnd(last))
  const warnings =
    moves < CADENCE_TARGET.min
      ? [
          `Only ${countOf(moves, 'forward move')} on the speaker pipeline since “${last.title}” — aim for ${CADENCE_TARGET.min}–${CADENCE_TARGET.max}`,
        ]
      : []
  // A night recorded after its retro window never had a retro to write in the app.
  return evaluateGate(wasRecordedAfterRetroWindow(last) ? [] : [condition], warnings)
}
