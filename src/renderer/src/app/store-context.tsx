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

/**
 * The store itself, for reading state at the moment of an action (an export, a copy) without
 * subscribing: a component that only needs the collections when clicked must not re-render on
 * every import.
 */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useAppStoreApi needs a StoreProvider')
  return store
}
