/** First-time → demo conversion (DESIGN.md §2): do first-timers go on to show what they built? */
import type { Demo } from '../domain/demo-schemas'
import type { Event, Registration } from '../domain/schemas'
import { attendanceIndex, hasEstimatedAttendance, type AttendanceIndex } from './attendance-index'
import { isInWindow, type MetricWindow } from './metric-window'
import { keepEveryPerson, type PersonResolver } from './person-resolver'
import { presentedEventsByPerson } from './presented-events'
import { ratio, type Ratio } from './ratio'

/**
 * First-time → demo conversion over a window W (DESIGN.md §2) = |people whose first attended event
 * is in W and who later presented (at that or any later event)| / |people whose first attended
 * event is in W|. "In W" = the event's start is in W; "later" compares event starts. Estimated when
 * any event that started by W's end has registrations but no check-in data, because first
 * attendance was then decided on `going`.
 */
export function firstTimeDemoConversion(
  events: readonly Event[],
  registrations: readonly Registration[],
  demos: readonly Pick<Demo, 'eventId' | 'personId' | 'state'>[],
  window: MetricWindow,
  resolvePerson: PersonResolver = keepEveryPerson,
): Ratio {
  const index = attendanceIndex(events, registrations)
  const presented = presentedEventsByPerson(demos, index.positionById, resolvePerson)
  return firstTimeDemoConversionFromIndex(index, presented, window)
}

/** `firstTimeDemoConversion` over indexes built once (see `computeAllMetrics`). */
export function firstTimeDemoConversionFromIndex(
  index: AttendanceIndex,
  presentedByPerson: ReadonlyMap<string, readonly number[]>,
  window: MetricWindow,
): Ratio {
  let firstTimers = 0
  let converted = 0
  const { attendedStart, attendedPositions, personIds } = index
  for (let person = 0; person < personIds.length; person += 1) {
    const start = attendedStart[person] ?? 0
    if (start === attendedStart[person + 1]) continue
    const first = index.events[attendedPositions[start] ?? -1]
    if (first === undefined || !isInWindow(first.startsAt, window)) continue
    firstTimers += 1
    const presented = presentedByPerson.get(personIds[person] ?? '') ?? []
    const lastPresented = index.events[presented[presented.length - 1] ?? -1]
    if (lastPresented !== undefined && lastPresented.startsAt >= first.startsAt) converted += 1
  }
  return ratio(converted, firstTimers, hasEstimatedAttendance(index, window.to.getTime()))
}
