import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { AppStore } from './create-app-store'
import type { AppState } from './store-types'

const StoreContext = createContext<AppStore | null>(null)

/** Provides the app store to the tree. */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
}

/** Reads a slice of app state; re-renders only when the selected value changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useAppStore needs a StoreProvider')
  return useStore(store, selector)
}
