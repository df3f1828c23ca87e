/**
 * Who might belong on the speaker pipeline (DESIGN.md §1.4), each with the reason shown: the last
 * night's first-timers; people who came 3+ times but never demoed (quiet-killer candidates); past
 * presenters not asked for 3+ events; people who said in a follow-up that they built something.
 * People already on the board are left out.
 */
import type { Board } from '../domain/board-schemas'
import type { Demo } from '../domain/demo-schemas'
import type { FollowUp } from '../domain/journal-schemas'
import type { Event, Person, Registration } from '../domain/schemas'
import { eventEnd, sortByStart } from '../events/event-time'
import { eventAttendance } from '../metrics/returning-builders'

export type SuggestionKind = 'first-timer' | 'quiet-killer' | 'past-presenter' | 'built-something'

export interface BoardSuggestion {
  kind: SuggestionKind
  personId: string
  name: string
  reason: string
  /** The column the card would start in. */
  columnId: string
}

export interface BoardSuggestionInput {
  board: Board
  people: readonly Person[]
  events: readonly Event[]
  registrations: readonly Registration[]
  demos: readonly Demo[]
  followUps: readonly FollowUp[]
  now: Date
}

const REGULAR_NIGHTS = 3
const NOT_ASKED_FOR = 3
const COLUMN: Record<SuggestionKind, string> = {
  'first-timer': 'first-timers',
  'quiet-killer': 'quiet-killers',
  'past-presenter': 'repeat-speakers',
  'built-something': 'demo-candidates',
}

export function boardSuggestions(input: BoardSuggestionInput): BoardSuggestion[] {
  const onBoard = new Set(input.board.cards.map((card) => card.personId))
  const names = new Map(input.people.map((person) => [person.id, person.name]))
  const past = sortByStart(input.events).filter((event) => eventEnd(event) <= input.now)
  const attendance = eventAttendance(past, input.registrations)
  const eventIndex = new Map(past.map((event, index) => [event.id, index]))
  const suggestions: BoardSuggestion[] = []
  const seen = new Set<string>()
  const suggest = (kind: SuggestionKind, personId: string, reason: string): void => {
    const name = names.get(personId)
    if (name === undefined || onBoard.has(personId) || seen.has(personId)) return
    seen.add(personId)
    suggestions.push({ kind, personId, name, reason, columnId: COLUMN[kind] })
  }

  // Demos that were more than a proposal count as having been asked.
  const presented = new Set(
    input.demos.filter((demo) => demo.state === 'presented').map((demo) => demo.personId),
  )
  const lastAsked = new Map<string, number>()
  for (const demo of input.demos) {
    const index = eventIndex.get(demo.eventId) ?? past.length
    lastAsked.set(demo.personId, Math.max(lastAsked.get(demo.personId) ?? -1, index))
  }

  const nights = new Map<string, number>()
  const firstNight = new Map<string, number>()
  attendance.forEach(({ attendees }, index) => {
    for (const personId of attendees) {
      nights.set(personId, (nights.get(personId) ?? 0) + 1)
      if (!firstNight.has(personId)) firstNight.set(personId, index)
    }
  })

  const lastIndex = past.length - 1
  const last = past[lastIndex]
  if (last !== undefined) {
    for (const [personId, index] of firstNight) {
      if (index === lastIndex) {
        suggest('first-timer', personId, `First night was the last one, “${last.title}”`)
      }
    }
  }
  for (const followUp of input.followUps) {
    if (followUp.outcomes.includes('built-something') && !presented.has(followUp.personId)) {
      suggest('built-something', followUp.personId, 'Said in a follow-up that they built something')
    }
  }
  for (const [personId, count] of nights) {
    if (count >= REGULAR_NIGHTS && !lastAsked.has(personId)) {
      suggest('quiet-killer', personId, `Came to ${count} nights and has never demoed`)
    }
  }
  for (const personId of presented) {
    const since = lastIndex - (lastAsked.get(personId) ?? lastIndex)
    if (since >= NOT_ASKED_FOR) {
      suggest('past-presenter', personId, `Presented before; not asked for ${since} nights`)
    }
  }
  return suggestions
}
