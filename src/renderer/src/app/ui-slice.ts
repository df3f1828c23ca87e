/**
 * Transient UI state shared across features: the current route, toasts, and the undo/redo
 * stacks. Not persisted.
 */
import type { JourneyStage } from '../../../shared/metrics/journey-funnel'
import type { HeldSavesState } from '../api/held-saves'
import type { SliceCreator } from './store-types'

export type Route =
  | { name: 'home' }
  | { name: 'events' }
  | { name: 'event'; eventId: string }
  /** `stage`: only the people at that stage of the developer journey (from the metrics funnel). */
  | { name: 'people'; stage?: JourneyStage }
  | { name: 'person'; personId: string }
  | { name: 'pipeline' }
  | { name: 'metrics' }
  | { name: 'review' }
  | { name: 'feedback' }
  | { name: 'diagnostic' }
  | { name: 'settings' }

export interface Toast {
  id: number
  message: string
  tone: 'neutral' | 'error'
  /** When present, the toast offers an Undo button. */
  undoable: boolean
}

/** A reversible action: undo runs the inverse through the api, redo runs it again. */
export interface UndoEntry {
  label: string
  undo: () => Promise<void>
  redo: () => Promise<void>
}

export interface UiSlice {
  route: Route
  /** Saves refused for a full disk, waiting to be sent again (see api/held-saves.ts). */
  heldSaves: HeldSavesState
  retryHeldSaves: () => Promise<void>
  discardHeldSaves: () => void
  toasts: Toast[]
  undoStack: UndoEntry[]
  redoStack: UndoEntry[]
  isNewEventOpen: boolean
  setNewEventOpen: (isOpen: boolean) => void
  navigate: (route: Route) => void
  showToast: (message: string, options?: { tone?: Toast['tone']; undoable?: boolean }) => void
  dismissToast: (id: number) => void
  /** Records an action that just happened so Cmd/Ctrl+Z and the toast can reverse it. */
  recordUndo: (entry: UndoEntry) => void
  undo: () => Promise<void>
  redo: () => Promise<void>
}

const UNDO_DEPTH = 50
let nextToastId = 1

export const createUiSlice: SliceCreator<UiSlice> = (deps) => (set, get) => ({
  route: { name: 'home' },
  heldSaves: { count: 0, message: '' },
  retryHeldSaves: () => deps.heldSaves.retryNow(),
  discardHeldSaves: () => deps.heldSaves.discardAll(),
  toasts: [],
  undoStack: [],
  redoStack: [],
  isNewEventOpen: false,
  setNewEventOpen: (isOpen) => set({ isNewEventOpen: isOpen }),
  navigate: (route) => set({ route }),
  showToast: (message, options = {}) => {
    const toast: Toast = {
      id: nextToastId++,
      message,
      tone: options.tone ?? 'neutral',
      undoable: options.undoable ?? false,
    }
    set({ toasts: [...get().toasts.slice(-2), toast] })
  },
  dismissToast: (id) => set({ toasts: get().toasts.filter((toast) => toast.id !== id) }),
  recordUndo: (entry) => {
    set({ undoStack: [...get().undoStack.slice(-(UNDO_DEPTH - 1)), entry], redoStack: [] })
    get().showToast(entry.label, { undoable: true })
  },
  undo: async () => {
    const entry = get().undoStack.at(-1)
    if (!entry) return
    set({ undoStack: get().undoStack.slice(0, -1) })
    try {
      await entry.undo()
      set({ redoStack: [...get().redoStack, entry], toasts: [] })
      get().showToast(`Undone: ${entry.label}`)
    } catch (error) {
      get().showToast(`Could not undo: ${(error as Error).message}`, { tone: 'error' })
    }
  },
  redo: async () => {
    const entry = get().redoStack.at(-1)
    if (!entry) return
    set({ redoStack: get().redoStack.slice(0, -1) })
    try {
      await entry.redo()
      set({ undoStack: [...get().undoStack, entry] })
      get().showToast(`Redone: ${entry.label}`)
    } catch (error) {
      get().showToast(`Could not redo: ${(error as Error).message}`, { tone: 'error' })
    }
  },
})
