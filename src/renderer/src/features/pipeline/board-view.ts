/** What the board screen shows of a card: derived once per data change, not per render. */
import type { Board, BoardCard } from '../../../../shared/domain/board-schemas'
import type { PersonLookup } from '../../../../shared/identity/current-person'
import { inColumnSince } from '../../../../shared/pipeline/board-rules'

export interface CardView {
  card: BoardCard
  name: string
  /** Person tags and card tags, for the tag filter. */
  tags: string[]
  inColumnSince: string
  /** The last time anything happened to the card: a move, or its creation. */
  lastTouched: number
}

export interface BoardFilters {
  query: string
  tag: string
  /** Only cards not touched for at least this many weeks; 0 = any. */
  staleWeeks: number
}

export const NO_FILTERS: BoardFilters = { query: '', tag: '', staleWeeks: 0 }

export function cardViews(board: Board, personOf: PersonLookup): Map<string, CardView> {
  return new Map(
    board.cards.map((card) => {
      const person = personOf(card.personId)
      const since = inColumnSince(card)
      return [
        card.id,
        {
          card,
          name: person?.name ?? 'Deleted person',
          tags: [...new Set([...(person?.tags ?? []), ...card.tags])],
          inColumnSince: since,
          lastTouched: Date.parse(since),
        },
      ]
    }),
  )
}

export function isFiltering(filters: BoardFilters): boolean {
  return filters.query.trim() !== '' || filters.tag !== '' || filters.staleWeeks > 0
}

export function matchesFilters(view: CardView, filters: BoardFilters, now: Date): boolean {
  const query = filters.query.trim().toLowerCase()
  if (query !== '' && !view.name.toLowerCase().includes(query)) return false
  if (filters.tag !== '' && !view.tags.includes(filters.tag)) return false
  if (filters.staleWeeks > 0) {
    const weeks = (now.getTime() - view.lastTouched) / (7 * 86_400_000)
    if (weeks < filters.staleWeeks) return false
  }
  return true
}

/** "3 weeks", "2 days", "today": how long a card has sat in its column. */
export function durationWords(sinceIso: string, now: Date): string {
  const days = Math.floor((now.getTime() - Date.parse(sinceIso)) / 86_400_000)
  if (days <= 0) return 'today'
  if (days < 14) return `${days} day${days === 1 ? '' : 's'}`
  const weeks = Math.floor(days / 7)
  if (weeks < 9) return `${weeks} weeks`
  return `${Math.floor(days / 30)} months`
}
