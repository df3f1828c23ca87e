/** The route lives in the URL hash too, so a reload (or a crash restart) reopens the same screen. */
import type { Route } from './ui-slice'

/** `#/events/abc` → `{ name: 'event', eventId: 'abc' }`; anything unknown is home. */
export function routeFromHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
  const [section, id] = parts
  if (section === 'events' && id) return { name: 'event', eventId: id }
  if (section === 'events') return { name: 'events' }
  if (section === 'settings') return { name: 'settings' }
  return { name: 'home' }
}

/** The hash for a route. */
export function hashFromRoute(route: Route): string {
  switch (route.name) {
    case 'event':
      return `#/events/${encodeURIComponent(route.eventId)}`
    case 'events':
      return '#/events'
    case 'settings':
      return '#/settings'
    case 'home':
      return '#/'
  }
}
