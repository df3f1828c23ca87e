/**
 * What main itself removed this session, so an undo restores exactly that and nothing the renderer
 * made up: a restore request names the item, and main puts back its own copy. A compromised or
 * buggy renderer therefore cannot "restore" an announced event that never passed its gate, or a
 * follow-up with an invented sent date. Bounded, because undo history is too.
 */
const KEPT = 200

export interface RemovedItems<T> {
  remember(id: string, item: T): void
  /** The removed item with this id, forgotten once taken; undefined if main did not remove it. */
  take(id: string): T | undefined
}

export function removedItems<T>(): RemovedItems<T> {
  const items = new Map<string, T>()
  return {
    remember(id, item) {
      items.delete(id)
      items.set(id, item)
      // Maps iterate in insertion order, so the first key is the oldest removal.
      if (items.size > KEPT) items.delete(items.keys().next().value as string)
    },
    take(id) {
      const item = items.get(id)
      items.delete(id)
      return item
    },
  }
}
