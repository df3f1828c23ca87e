import { useEffect } from 'react'
import { useAppStore } from '../app/store-context'

const TOAST_MS = 8000

/** Transient messages, bottom right; an undoable one carries an Undo button. */
export function Toasts() {
  const toasts = useAppStore((state) => state.toasts)
  const dismiss = useAppStore((state) => state.dismissToast)
  const undo = useAppStore((state) => state.undo)
  useEffect(() => {
    const timers = toasts.map((toast) => window.setTimeout(() => dismiss(toast.id), TOAST_MS))
    return () => timers.forEach((timer) => window.clearTimeout(timer))
  }, [toasts, dismiss])
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" data-tone={toast.tone}>
          <span className="grow">{toast.message}</span>
          {toast.undoable && (
            <button type="button" className="btn btn-sm" onClick={() => void undo()}>
              Undo
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
      ))}
    </div>
  )
}
