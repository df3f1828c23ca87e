import { useEffect } from 'react'
import type { Route } from './ui-slice'

/**
 * A new screen moves focus to its heading (WAI-ARIA practice for single-page apps), so a keyboard
 * or screen-reader user starts reading it from the top. Runs when the screen first shows (after
 * the first-run choice too) and on every change of route. Focus a screen placed on purpose inside
 * the main pane (Cmd/Ctrl+F's search field, a filter still on screen) is left where it is.
 */
export function useScreenFocus(route: Route): void {
  const key = JSON.stringify(route)
  useEffect(() => {
    const main = document.querySelector('main')
    const heading = main?.querySelector('h1')
    if (!main || !(heading instanceof HTMLElement)) return
    const focused = document.activeElement
    if (focused instanceof HTMLElement && focused !== main && main.contains(focused)) return
    heading.tabIndex = -1
    heading.focus()
  }, [key])
}

/**
 * Focus is never lost to <body>: when the focused control leaves the page (a withdrawn demo's row
 * after its confirmation, a card moved by its menu), the screen's heading takes focus, as it does
 * for a new screen. While a dialog is open it owns focus and gives it back itself when it closes.
 */
export function useFocusRescue(): void {
  useEffect(() => {
    let focused: Element | null = null
    const onFocusIn = (event: FocusEvent) => {
      focused = event.target instanceof Element ? event.target : null
    }
    const observer = new MutationObserver(() => {
      if (focused === null || focused.isConnected) return
      const active = document.activeElement
      if (active !== null && active !== document.body) return
      if (document.querySelector('dialog[open]') !== null) return
      focused = null
      const heading = document.querySelector('main h1')
      if (!(heading instanceof HTMLElement)) return
      heading.tabIndex = -1
      heading.focus()
    })
    document.addEventListener('focusin', onFocusIn)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => {
      document.removeEventListener('focusin', onFocusIn)
      observer.disconnect()
    }
  }, [])
}
