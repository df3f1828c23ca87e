/**
 * Transient UI state shared across features: the current route, toasts, and what Undo and Redo
 * would do (main keeps the history itself: src/main/history). Not persisted.
 */
import {
  EMPTY_HISTORY,
  type HistoryState,
  type HistoryStep,
} from '../../../shared/ipc/channels/history'
import type { TableRoute } from './routes'
import type { HeldSavesState } from '../api/held-saves'
import type { SliceCreator } from './store-types'

/** A screen and its parameters: derived from the route table, so a new screen is one table row. */
export type Route = TableRoute

export interface Toast {
  id: number
  message: string
  tone: 'neutral' | 'error'
  /**
   * The history step the toast's button takes back (Undo) or makes again (Redo); shown while that
   * step is still the one on top, so the button never undoes another change than its own.
   */
  action: { kind: 'undo' | 'redo'; step: HistoryStep } | null
}

export interface ToastOptions {
  tone?: Toast['tone']
  /** Offers Undo for the change just made (main's step on top). */
  undoable?: boolean
  /** Offers Redo for the change just undone. */
  redoable?: boolean
}

export interface UiSlice {
  route: Route
  /** Saves refused for a full disk, waiting to be sent again (see api/held-saves.ts). */
  heldSaves: HeldSavesState
  retryHeldSaves: () => Promise<void>
  discardHeldSaves: () => void
  /** Every toast to show, oldest first; the region shows the first few, the rest wait. */
  toasts: Toast[]
  /** What Undo and Redo would do, as main's last reply said (main keeps the history). */
  history: HistoryState
  isNewEventOpen: boolean
  setNewEventOpen: (isOpen: boolean) => void
  navigate: (route: Route) => void
  showToast: (message: string, options?: ToastOptions) => void
  dismissToast: (id: number) => void
  /**
   * Takes back the last change, or the step `stepId` if it is still the last (a toast's Undo);
   * main writes the files back and the store takes them.
   */
  undo: (stepId?: number | null) => Promise<void>
  redo: (stepId?: number | null) => Promise<void>
}

/** Toasts shown at once; the rest wait their turn. */
export const SHOWN_TOASTS = 2
/** Toasts kept waiting behind the ones shown: past this, the oldest waiting one is dropped. */
const MOST_WAITING = 2
let nextToastId = 1

export const createUiSlice: SliceCreator<UiSlice> = (deps) => (set, get) => {
  const moveInHistory = async (direction: 'undo' | 'redo', stepId: number | null) => {
    try {
      // The files the step wrote back are in the store already, as every reply's changes.
      const moved = await deps.call(`history:${direction}`, { stepId })
      // The buttons of earlier toasts name steps that have just moved; the new toast says what
      // happened and offers the way back.
      set({ toasts: get().toasts.filter((toast) => toast.action === null) })
      get().showToast(
        direction === 'undo' ? `Undone: ${moved.label}` : `Redone: ${moved.label}`,
        direction === 'undo' ? { redoable: true } : { undoable: true },
      )
    } catch (error) {
      const verb = direction === 'undo' ? 'undo' : 'redo'
      get().showToast(`Could not ${verb}: ${(error as Error).message}`, { tone: 'error' })
    }
  }
  return {
    route: { name: 'home' },
    heldSaves: { count: 0, message: '' },
    retryHeldSaves: () => deps.heldSaves.retryNow(),
    discardHeldSaves: () => deps.heldSaves.discardAll(),
    toasts: [],
    history: EMPTY_HISTORY,
    isNewEventOpen: false,
    setNewEventOpen: (isOpen) => set({ isNewEventOpen: isOpen }),
    navigate: (route) => set({ route }),
    showToast: (message, options = {}) => {
      const { undo, redo } = get().history
      const action =
        options.undoable && undo
          ? { kind: 'undo' as const, step: undo }
          : options.redoable && redo
            ? { kind: 'redo' as const, step: redo }
            : null
      const toast: Toast = { id: nextToastId++, message, tone: options.tone ?? 'neutral', action }
      const shown = get().toasts.slice(0, SHOWN_TOASTS)
      const waiting = [...get().toasts.slice(SHOWN_TOASTS), toast]
      // A burst of changes does not leave a queue of stale messages: the newest always gets its
      // turn soon, and the oldest never-shown ones go.
      set({ toasts: [...shown, ...waiting.slice(-MOST_WAITING)] })
    },
    dismissToast: (id) => set({ toasts: get().toasts.filter((toast) => toast.id !== id) }),
    undo: (stepId = null) => moveInHistory('undo', stepId),
    redo: (stepId = null) => moveInHistory('redo', stepId),
  }
}
