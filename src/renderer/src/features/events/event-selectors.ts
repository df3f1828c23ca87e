import { partitionByTime } from '../../../../shared/events/event-time'
import type { Event } from '../../../../shared/domain/schemas'
import type { AppState } from '../../app/store-types'

/** The event a route points at, or undefined. */
export const selectEvent =
  (eventId: string) =>
  (state: AppState): Event | undefined =>
    state.events.find((event) => event.id === eventId)

/** Upcoming (soonest first) and past (latest first); memoised on the events array identity. */
export function selectPartitionedEvents(
  now: Date,
): (state: AppState) => { upcoming: Event[]; past: Event[] } {
  let lastEvents: Event[] | null = null
  let lastResult: { upcoming: Event[]; past: Event[] } = { upcoming: [], past: [] }
  return (state) => {
    if (state.events !== lastEvents) {
      lastEvents = state.events
      lastResult = partitionByTime(state.events, now)
    }
    return lastResult
  }
}
