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
 * A modal built on the native <dialog>: the browser traps focus and closes on Escape, which is the
 * accessible behaviour without a library (and without the inline <style> tags some dialog
 * libraries inject, which the strict CSP would block). Focus goes back to what opened the dialog
 * when it closes, and also when its host unmounts it while open, which the browser does not do.
 */
export function Dialog({ open, title, description, onClose, children, footer, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog || !open) return
    const opener = document.activeElement
    if (!dialog.open) dialog.showModal()
    return () => {
      if (dialog.open) dialog.close()
      returnFocus(opener)
    }
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

/**
 * Puts focus back on `opener` (WAI-ARIA dialog pattern). When it is gone or hidden (a menu item in
 * a menu that has closed), the menu's own button takes focus, else the screen's heading.
 */
export function returnFocus(opener: Element | null): void {
  const candidates = [
    opener,
    opener?.closest('details')?.querySelector(':scope > summary'),
    document.querySelector('main h1'),
  ]
  for (const candidate of candidates) {
    if (!(candidate instanceof HTMLElement) || !candidate.isConnected) continue
    if (candidate === document.body) continue
    if (candidate.tagName === 'H1' && !candidate.hasAttribute('tabindex')) candidate.tabIndex = -1
    candidate.focus()
    if (document.activeElement === candidate) return
  }
}
