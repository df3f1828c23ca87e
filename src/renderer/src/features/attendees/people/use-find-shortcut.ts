import { useEffect, type RefObject } from 'react'

const isTextEntry = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/** "/" or Cmd/Ctrl+F jumps to the search from anywhere on the screen, as in mail and chat apps. */
export function useFindShortcut(field: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const isFind = (event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'f'
      const isSlash = event.key === '/' && !isTextEntry(event.target)
      if (!isFind && !isSlash) return
      event.preventDefault()
      field.current?.focus()
      field.current?.select()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [field])
}
