/**
 * The sample chapter's speaker pipeline: a dozen people across the columns, each with a dated
 * history, and two forward moves since the last night ended, so the cadence counter shows a cycle
 * in progress and below its target.
 */
import { DEFAULT_BOARD, type Board, type BoardCard, type CardMove } from '../domain/board-schemas'
import type { Demo } from '../domain/demo-schemas'
import type { Event, Registration } from '../domain/schemas'
import { eventEnd, sortByStart } from '../events/event-time'
import { eventAttendance } from '../metrics/returning-builders'

const DAY_MS = 86_400_000

interface Placement {
  columnId: string
  nextStep: string
  /** Earlier columns, oldest first, each with how many days before now the card moved on. */
  path: readonly [columnId: string, daysAgo: number][]
  dueInDays: number | null
}

const PLACEMENTS: Record<string, Placement[]> = {
  'first-timers': [
    {
      columnId: 'first-timers',
      nextStep: 'Say thanks for coming; ask what they are building',
      path: [],
      dueInDays: 2,
    },
    { columnId: 'first-timers', nextStep: 'Introduce to the RAG crowd', path: [], dueInDays: 5 },
    { columnId: 'first-timers', nextStep: '', path: [], dueInDays: null },
  ],
  'warm-intros': [
    {
      columnId: 'warm-intros',
      nextStep: 'Coffee after the next night',
      path: [['first-timers', 0.5]],
      dueInDays: 10,
    },
    {
      columnId: 'warm-intros',
      nextStep: 'Intro to the on-device folks',
      path: [['first-timers', 40]],
      dueInDays: -3,
    },
  ],
  'demo-candidates': [
    {
      columnId: 'demo-candidates',
      nextStep: 'Ask for a 7-minute demo in January',
      path: [
        ['first-timers', 70],
        ['warm-intros', 0.3],
      ],
      dueInDays: 7,
    },
    {
      columnId: 'demo-candidates',
      nextStep: 'Check the build is demo-ready',
      path: [['warm-intros', 30]],
      dueInDays: 14,
    },
  ],
  'repeat-speakers': [
    {
      columnId: 'repeat-speakers',
      nextStep: 'Invite back with the follow-up of their demo',
      path: [],
      dueInDays: 21,
    },
    { columnId: 'repeat-speakers', nextStep: '', path: [['demo-candidates', 90]], dueInDays: null },
  ],
  'quiet-killers': [
    {
      columnId: 'quiet-killers',
      nextStep: 'Personal ask: would you show the eval tool?',
      path: [],
      dueInDays: 6,
    },
    {
      columnId: 'quiet-killers',
      nextStep: 'Ask in person at the next night',
      path: [],
      dueInDays: null,
    },
  ],
}

export function buildSampleBoard(input: {
  events: readonly Event[]
  registrations: readonly Registration[]
  demos: readonly Demo[]
  now: Date
}): Board {
  const { now } = input
  const past = sortByStart(input.events).filter((event) => eventEnd(event) <= now)
  const attendance = eventAttendance(past, input.registrations)
  const nights = new Map<string, number>()
  const first = new Map<string, number>()
  attendance.forEach(({ attendees }, index) => {
    for (const personId of attendees) {
      nights.set(personId, (nights.get(personId) ?? 0) + 1)
      if (!first.has(personId)) first.set(personId, index)
    }
  })
  const presenters = new Set(
    input.demos.filter((d) => d.state === 'presented').map((d) => d.personId),
  )
  const demoers = new Set(input.demos.map((demo) => demo.personId))
  const last = past.length - 1
  const used = new Set<string>()
  const take = (candidates: string[], count: number): string[] => {
    const chosen = candidates.filter((id) => !used.has(id)).slice(0, count)
    for (const id of chosen) used.add(id)
    return chosen
  }
  const regulars = [...nights]
    .filter(([id, count]) => count >= 3 && !demoers.has(id))
    .map(([id]) => id)
  const people: Record<string, string[]> = {
    'first-timers': take(
      [...first].filter(([, index]) => index === last).map(([id]) => id),
      3,
    ),
    'repeat-speakers': take([...presenters], 2),
    'quiet-killers': take(regulars, 2),
    'warm-intros': take(
      [...first].filter(([, index]) => index >= last - 3).map(([id]) => id),
      2,
    ),
    'demo-candidates': take(regulars, 2),
  }

  const cards: BoardCard[] = []
  const columns = DEFAULT_BOARD.columns.map((column) => {
    const placements = PLACEMENTS[column.id] ?? []
    const ids = (people[column.id] ?? []).flatMap((personId, index) => {
      const placement = placements[index]
      if (placement === undefined) return []
      const card = sampleCard(`sample-card-${column.id}-${index + 1}`, personId, placement, now)
      cards.push(card)
      return [card.id]
    })
    return { ...column, cardIds: ids }
  })
  return { columns, cards }
}

function sampleCard(id: string, personId: string, placement: Placement, now: Date): BoardCard {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS).toISOString()
  const path = placement.path
  const createdDaysAgo = (path[0]?.[1] ?? 0) + 12
  const history: CardMove[] = [
    {
      fromColumnId: null,
      toColumnId: path[0]?.[0] ?? placement.columnId,
      at: at(createdDaysAgo),
      isForward: false,
    },
  ]
  path.forEach(([columnId, daysAgo], index) => {
    const to = path[index + 1]?.[0] ?? placement.columnId
    history.push({ fromColumnId: columnId, toColumnId: to, at: at(daysAgo), isForward: true })
  })
  const due =
    placement.dueInDays === null
      ? null
      : new Date(now.getTime() + placement.dueInDays * DAY_MS).toISOString().slice(0, 10)
  return {
    id,
    personId,
    nextStep: placement.nextStep,
    dueDate: due,
    tags: [],
    createdAt: at(createdDaysAgo),
    history,
  }
}
