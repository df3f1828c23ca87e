/**
 * The one gate mechanism (DESIGN.md §1): a gate answers whether an action is allowed, why not, and
 * what would unblock it. A blocked gate can be passed only with a written override reason, which
 * stays on the event's record and shows in the monthly review.
 */
import type { GateId, GateOverride } from '../domain/schemas'

export interface GateCondition {
  gate: GateId
  /** Whether this condition is met by the data. */
  isMet: boolean
  /** "2 of 4 demos confirmed — cannot announce yet" */
  summary: string
  /** What would meet it: "Confirm 2 more demos". */
  unblock: string
  /** The override that lets the action past this unmet condition, if one was recorded. */
  override: GateOverride | null
}

export interface GateResult {
  allowed: boolean
  /** One line per unmet, not overridden condition. */
  reasons: string[]
  /** What would unblock each reason, in the same order. */
  unblock: string[]
  /** Things worth knowing that do not block (the pipeline cadence). */
  warnings: string[]
  conditions: GateCondition[]
}

/** Combines conditions: allowed when every condition is met or overridden. */
export function evaluateGate(conditions: GateCondition[], warnings: string[] = []): GateResult {
  const blocking = conditions.filter((condition) => !condition.isMet && !condition.override)
  return {
    allowed: blocking.length === 0,
    reasons: blocking.map((condition) => condition.summary),
    unblock: blocking.map((condition) => condition.unblock),
    warnings,
    conditions,
  }
}

/** The most recent override of `gate` among `overrides`, or null. */
export function findOverride(
  overrides: readonly GateOverride[],
  gate: GateId,
): GateOverride | null {
  return overrides.filter((override) => override.gate === gate).at(-1) ?? null
}
