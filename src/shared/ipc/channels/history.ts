/**
 * Undo and redo (issue 16): main keeps the history of changes, so every change is covered and each
 * step is the exact inverse of what was written. The files the step put back travel whole in the
 * result's `changes`, which the renderer applies in one place, as for every other change.
 */
import { z } from 'zod'

/** One step of the history, as the Edit menu and the toasts name it ("Move Ada to Quiet killers"). */
export interface HistoryStep {
  /** Unique for the session: lets a toast undo exactly its own change, or nothing. */
  id: number
  label: string
}

/** What Undo and Redo would do now; null when there is nothing to undo or redo. */
export interface HistoryState {
  undo: HistoryStep | null
  redo: HistoryStep | null
}

export const EMPTY_HISTORY: HistoryState = { undo: null, redo: null }

/** What an undo or redo did, named; the files it wrote are the result's `changes`. */
export interface HistoryMoved {
  label: string
}

/**
 * `stepId`: the step the person means (a toast's Undo button); main refuses when another step is
 * on top by then. Null takes whatever is on top (Edit → Undo, Cmd/Ctrl+Z).
 */
const stepRequestSchema = z.object({ stepId: z.number().int().min(1).nullable() })

export const historyRequests = {
  'history:undo': stepRequestSchema,
  'history:redo': stepRequestSchema,
} as const

export interface HistoryResponses {
  'history:undo': HistoryMoved
  'history:redo': HistoryMoved
}
