import { useEffect, useRef, useState } from 'react'
import { useAppStore } from '../app/store-context'
import { SHOWN_TOASTS, type Toast } from '../app/ui-slice'
import './toasts.css'

/** How long a toast stays, counted only while nobody points at it or has focus in it. */
const TOAST_MS = 8000
/** An error waits longer: it is read, not glanced at. */
const ERROR_TOAST_MS = 15000
/** While others wait, a toast seen this long makes way for the next (an error, longer). */
const MAKE_WAY_AFTER_MS = 1500
const ERROR_MAKE_WAY_AFTER_MS = 4000

/**
 * The one toast region: a strip below the screen's content (a status bar, not a layer over it),
 * so a toast never covers a control. The oldest two show; each runs its own time, paused while
 * pointed at or focused, and the next waiting one takes a freed place. A new toast never restarts
 * another's time; while some wait, a toast seen for a few seconds makes way sooner.
 */
export function Toasts() {
  const toasts = useAppStore((state) => state.toasts)
  return (
    <div className="toasts" role="status" aria-live="polite" aria-label="Messages">
      {toasts.slice(0, SHOWN_TOASTS).map((toast) => (
        <ToastView key={toast.id} toast={toast} hasWaiting={toasts.length > SHOWN_TOASTS} />
      ))}
    </div>
  )
}

function ToastView({ toast, hasWaiting }: { toast: Toast; hasWaiting: boolean }) {
  const dismiss = useAppStore((state) => state.dismissToast)
  const undo = useAppStore((state) => state.undo)
  const redo = useAppStore((state) => state.redo)
  const history = useAppStore((state) => state.history)
  const [isHovered, setHovered] = useState(false)
  const [isFocused, setFocused] = useState(false)
  /** Time shown so far, not counting while paused. */
  const shownMs = useRef(0)
  const isPaused = isHovered || isFocused
  const isError = toast.tone === 'error'

  useEffect(() => {
    if (isPaused) return
    const lasts = hasWaiting
      ? isError
        ? ERROR_MAKE_WAY_AFTER_MS
        : MAKE_WAY_AFTER_MS
      : isError
        ? ERROR_TOAST_MS
        : TOAST_MS
    const startedAt = performance.now()
    const timer = window.setTimeout(() => dismiss(toast.id), Math.max(0, lasts - shownMs.current))
    return () => {
      window.clearTimeout(timer)
      shownMs.current += performance.now() - startedAt
    }
  }, [isPaused, hasWaiting, isError, toast.id, dismiss])

  const { action } = toast
  // The button offers only its own step: once another change is on top, it would undo that one.
  const isActionLive =
    action !== null &&
    (action.kind === 'undo' ? history.undo?.id : history.redo?.id) === action.step.id
  const verb = action?.kind === 'redo' ? 'Redo' : 'Undo'

  return (
    <div
      className="toast"
      data-tone={toast.tone}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false)
      }}
    >
      <span className="grow">{toast.message}</span>
      {action !== null && isActionLive && (
        <button
          type="button"
          className="btn btn-sm"
          aria-label={`${verb} ${action.step.label}`}
          title={`${verb} ${action.step.label}`}
          onClick={() => {
            dismiss(toast.id)
            void (action.kind === 'undo' ? undo(action.step.id) : redo(action.step.id))
          }}
        >
          {verb}
        </button>
      )}
      <button
        type="button"
        className="btn btn-sm"
        aria-label="Dismiss"
        onClick={() => dismiss(toast.id)}
      >
        ✕
      </button>
    </div>
  )
}
