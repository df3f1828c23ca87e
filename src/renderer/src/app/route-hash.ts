/** The route lives in the URL hash too, so a reload (or a crash restart) reopens the same screen. */
import { JOURNEY_STAGES, type JourneyStage } from '../../../shared/metrics/journey-funnel'
import type { Route } from './ui-slice'

const SIMPLE = [
  'events',
  'people',
  'pipeline',
  'metrics',
  'review',
  'feedback',
  'diagnostic',
  'settings',
] as const

/**
 * `#/events/abc` → `{ name: 'event', eventId: 'abc' }`, `#/people?stage=adoption` → the people at
 * that journey stage; anything unknown is home, and an unknown stage is everyone.
 */
export function routeFromHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?')
  const parts = path.split('/').filter(Boolean).map(safeDecode)
  const [section, id] = parts
  if (section === 'events' && id) return { name: 'event', eventId: id }
  if (section === 'people' && id) return { name: 'person', personId: id }
  if (section === 'people') {
    const stage = new URLSearchParams(query).get('stage')
    return isJourneyStage(stage) ? { name: 'people', stage } : { name: 'people' }
  }
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
    case 'people':
      return route.stage === undefined ? '#/people' : `#/people?stage=${route.stage}`
    case 'home':
      return '#/'
    default:
      return `#/${route.name}`
  }
}

function isJourneyStage(value: string | null): value is JourneyStage {
  return (JOURNEY_STAGES as readonly (string | null)[]).includes(value)
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
