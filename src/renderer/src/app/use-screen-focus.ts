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
