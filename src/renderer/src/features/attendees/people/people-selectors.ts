/**
 * Derived people data, computed once per change of what it reads and shared by every people
 * screen: with 50,000 people and 250,000 registrations, rebuilding these per render or per row
 * would make typing in the search field lag.
 */
import type { Registration } from '../../../../../shared/domain/schemas'
import {
  attendanceFacts,
  startedEventCount,
  type AttendanceFacts,
  type SummaryContext,
} from '../../../../../shared/identity/people-queries'
import { registrationsByPerson } from '../../../../../shared/identity/person-history'
import {
  suggestionPairs,
  type SuggestionPair,
} from '../../../../../shared/identity/suggestion-review'
import type { AppState } from '../../../app/store-types'

/**
 * A selector that recomputes only when one of its inputs is a different object; it also keeps the
 * result's identity stable, which the store's selectors need to avoid re-rendering for nothing.
 */
function memoSelector<Inputs extends readonly unknown[], Result>(
  inputs: (state: AppState) => Inputs,
  compute: (inputs: Inputs) => Result,
): (state: AppState) => Result {
  let last: { inputs: Inputs; result: Result } | null = null
  return (state) => {
    const next = inputs(state)
    if (last === null || next.some((input, index) => input !== last?.inputs[index])) {
      last = { inputs: next, result: compute(next) }
    }
    return last.result
  }
}

/**
 * Which events have check-in data, and each event's start: shared by every person's summary. The
 * clock is added by `summaryContextAt`, so the store's state alone decides this.
 */
export const selectAttendanceFacts: (state: AppState) => AttendanceFacts = memoSelector(
  (state) => [state.registrations, state.events] as const,
  ([registrations, events]) => attendanceFacts(registrations, events),
)

let lastContext: { facts: AttendanceFacts; started: number; context: SummaryContext } | null = null

/**
 * The facts at `now`, as the same object until the facts change or another event starts:
 * summaries read the clock only through which events have started, and a new context re-sorts
 * and re-renders the whole people list, which should happen when an event starts, not every minute.
 */
export function summaryContextAt(facts: AttendanceFacts, now: Date): SummaryContext {
  const started = startedEventCount(facts, now)
  if (lastContext?.facts !== facts || lastContext.started !== started) {
    lastContext = { facts, started, context: { ...facts, now: now.getTime() } }
  }
  return lastContext.context
}

/** Each person's own registrations, so a summary reads a handful instead of all of them. */
export const selectRegistrationsByPerson: (
  state: AppState,
) => ReadonlyMap<string, readonly Registration[]> = memoSelector(
  (state) => [state.registrations] as const,
  ([registrations]) => registrationsByPerson(registrations),
)

/** Open suggestions with both people looked up, for the review list and its count. */
export const selectSuggestionPairs: (state: AppState) => SuggestionPair[] = memoSelector(
  (state) => [state.mergeSuggestions, state.people] as const,
  ([suggestions, people]) => suggestionPairs(suggestions, people),
)
