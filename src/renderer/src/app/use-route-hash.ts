import { useEffect } from 'react'
import { hashFromRoute, routeFromHash } from './route-hash'
import { useAppStore } from './store-context'

/** Keeps the route and the URL hash in step, both ways. */
export function useRouteHash(): void {
  const route = useAppStore((state) => state.route)
  const navigate = useAppStore((state) => state.navigate)
  useEffect(() => {
    navigate(routeFromHash(window.location.hash))
    const onHashChange = () => navigate(routeFromHash(window.location.hash))
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [navigate])
  useEffect(() => {
    const hash = hashFromRoute(route)
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash)
  }, [route])
}
