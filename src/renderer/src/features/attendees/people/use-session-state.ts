import { useCallback, useState } from 'react'

/**
 * A string state that outlives the screen for this window's session: the search and the view an
 * organizer left the people list in are still there when they come back from a person's page.
 */
export function useSessionState<T extends string>(
  key: string,
  fallback: T,
  isValid: (value: string) => value is T,
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const stored = readSession(key)
    return stored !== null && isValid(stored) ? stored : fallback
  })
  const update = useCallback(
    (next: T) => {
      setValue(next)
      try {
        sessionStorage.setItem(`devrel.${key}`, next)
      } catch {
        // Storage can be full or disabled; the state still works for this screen.
      }
    },
    [key],
  )
  return [value, update]
}

function readSession(key: string): string | null {
  try {
    return sessionStorage.getItem(`devrel.${key}`)
  } catch {
    return null
  }
}
