/** The route lives in the URL hash too, so a reload (or a crash restart) reopens the same screen. */
import type { Route } from './ui-slice'

const SIMPLE = ['events', 'people', 'pipeline', 'metrics', 'review', 'settings'] as const

/** `#/events/abc` → `{ name: 'event', eventId: 'abc' }`; anything unknown is home. */
export function routeFromHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(safeDecode)
  const [section, id] = parts
  if (section === 'events' && id) return { name: 'event', eventId: id }
  if (section === 'people' && id) return { name: 'person', personId: id }
  const simple = SIMPLE.find((name) => name === section)
  return simple ? { name: simple } : { name: 'home' }
}

/** The hash for a route. */
export function hashFromRoute(route: Route): string {
  switch (route.name) {
    case 'event':
      return `#/events/${encodeURIComponent(route.eventId)}`
    case 'person':
      return `#/people/${encodeURIComponent(route.personId)}`
    case 'home':
      return '#/'
    default:
      return `#/${route.name}`
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
