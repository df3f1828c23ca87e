/**
 * The undo history, kept in main where every change passes (issue 16). Each step holds the files a
 * change replaced and the ones it wrote, by reference: handlers replace a file whole and never
 * change one in place (the property test in with-history.test.ts checks it over random changes),
 * so holding the old object is holding the old file, at no copying cost. Unchanged records inside
 * a rewritten file are shared between the steps, so 50 steps cost the arrays, not the records.
 */
import type { HistoryState } from '../../shared/ipc/channels/history'
import type { WorkspaceFiles } from '../../shared/schema/workspace'

/** How many changes Undo can take back. */
export const HISTORY_DEPTH = 50

/** One change: undo writes `before` back, redo writes `after` again. */
export interface HistoryEntry {
  id: number
  label: string
  before: Partial<WorkspaceFiles>
  after: Partial<WorkspaceFiles>
}

export interface History {
  state(): HistoryState
  /** The change Undo would take back, or Redo would make again. */
  top(direction: 'undo' | 'redo'): HistoryEntry | undefined
  /** A new change: on top of the undo steps; the redo steps no longer apply. */
  record(change: Omit<HistoryEntry, 'id'>): HistoryEntry
  /** Replaces the step on top of the undo steps (a change joined to the one before it). */
  replaceTop(change: Omit<HistoryEntry, 'id'>): void
  /** The top step was undone (or redone): it moves to the other side. */
  moved(direction: 'undo' | 'redo'): void
  /** Forgets every step: after a change that cannot be undone, nothing behind it can be. */
  clear(): void
  /** Called with the new state after every change to it; returns the unsubscribe function. */
  subscribe(listener: (state: HistoryState) => void): () => void
}

/** An empty history keeping up to `depth` steps. */
export function createHistory(depth: number = HISTORY_DEPTH): History {
  let undoSteps: HistoryEntry[] = []
  let redoSteps: HistoryEntry[] = []
  let nextId = 1
  const listeners = new Set<(state: HistoryState) => void>()
  const step = (entry: HistoryEntry | undefined) =>
    entry ? { id: entry.id, label: entry.label } : null
  const state = (): HistoryState => ({ undo: step(undoSteps.at(-1)), redo: step(redoSteps.at(-1)) })
  const publish = (): void => {
    const now = state()
    for (const listener of listeners) listener(now)
  }
  return {
    state,
    top: (direction) => (direction === 'undo' ? undoSteps : redoSteps).at(-1),
    record(change) {
      const entry = { id: nextId++, ...change }
      undoSteps = [...undoSteps.slice(-(depth - 1)), entry]
      redoSteps = []
      publish()
      return entry
    },
    replaceTop(change) {
      undoSteps = [...undoSteps.slice(0, -1), { id: nextId++, ...change }]
      publish()
    },
    moved(direction) {
      const [from, to] = direction === 'undo' ? [undoSteps, redoSteps] : [redoSteps, undoSteps]
      const entry = from.at(-1)
      if (!entry) return
      if (direction === 'undo') {
        undoSteps = from.slice(0, -1)
        redoSteps = [...to, entry]
      } else {
        redoSteps = from.slice(0, -1)
        undoSteps = [...to, entry]
      }
      publish()
    },
    clear() {
      if (undoSteps.length === 0 && redoSteps.length === 0) return
      undoSteps = []
      redoSteps = []
      publish()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
