import { useMemo } from 'react'
import { currentPersonLookup, type PersonLookup } from '../../../shared/identity/current-person'
import { useAppStore } from '../app/store-context'

/**
 * Finds the person a stored id stands for now, following merges: a card or follow-up made for
 * someone later merged shows the merged person, not "deleted person".
 */
export function usePersonLookup(): PersonLookup {
  const people = useAppStore((state) => state.people)
  const merges = useAppStore((state) => state.merges)
  return useMemo(() => currentPersonLookup(people, merges), [people, merges])
}
