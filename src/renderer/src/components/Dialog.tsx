import { useEffect, useId, useRef, type ReactNode } from 'react'

interface DialogProps {
  open: boolean
  title: string
  description?: string
  onClose: () => void
  children: ReactNode
  footer: ReactNode
  wide?: boolean
}

/**
 * A modal built on the native <dialog>: the browser traps focus, closes on Escape and restores
 * focus on close, which is the accessible behaviour without a library (and without the inline
 * <style> tags some dialog libraries inject, which the strict CSP would block).
 */
export function Dialog({ open, title, description, onClose, children, footer, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      className="dialog"
      style={wide ? { width: 'min(880px, calc(100vw - 48px))' } : undefined}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      {open && (
        <>
          <div className="dialog-header stack" style={{ gap: 4 }}>
            <h2 id={titleId}>{title}</h2>
            {description && (
              <p id={descriptionId} className="muted small">
                {description}
              </p>
            )}
          </div>
          <div className="dialog-body">{children}</div>
          <div className="dialog-footer">{footer}</div>
        </>
      )}
    </dialog>
  )
}
