/**
 * The route lives in the URL hash too, so a reload (or a crash restart) reopens the same screen.
 * Both directions are read off the route table (routes.ts): `#/events/abc` → `{ name: 'event',
 * eventId: 'abc' }`, `#/people?stage=adoption` → the people at that journey stage; anything unknown
 * is home, and a query value its parser does not accept is left out.
 */
import type { ComponentType } from 'react'
import { ROUTE_NAMES, ROUTES, type RouteName } from './routes'
import type { Route } from './ui-slice'

interface Row {
  path: string
  query?: Record<string, (value: string | null) => unknown>
}
const rowOf = (name: RouteName): Row => ROUTES[name]

/** The hash's route. */
export function routeFromHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?')
  const parts = path.split('/').filter(Boolean).map(safeDecode)
  for (const name of ROUTE_NAMES) {
    const params = match(rowOf(name).path, parts)
    if (params === null) continue
    const search = new URLSearchParams(query)
    for (const [key, parse] of Object.entries(rowOf(name).query ?? {})) {
      const value = parse(search.get(key))
      if (value !== undefined) params[key] = value
    }
    return { name, ...params } as Route
  }
  return { name: 'home' }
}

/** The hash for a route. */
export function hashFromRoute(route: Route): string {
  const row = rowOf(route.name)
  const fields = route as unknown as Record<string, unknown>
  const path = segments(row.path)
    .map((segment) =>
      segment.startsWith(':') ? encodeURIComponent(String(fields[segment.slice(1)])) : segment,
    )
    .join('/')
  const search = new URLSearchParams()
  for (const key of Object.keys(row.query ?? {})) {
    if (fields[key] !== undefined) search.set(key, String(fields[key]))
  }
  const query = search.size === 0 ? '' : `?${search.toString()}`
  return `#/${path}${query}`
}

/** What the page switch renders for a route: the page, its path params as props, and a key. */
export function screenOf(route: Route): {
  page: ComponentType<Record<string, string>>
  props: Record<string, string>
  key: string
} {
  const row = ROUTES[route.name]
  const fields = route as unknown as Record<string, unknown>
  const props: Record<string, string> = {}
  for (const segment of segments(row.path)) {
    if (segment.startsWith(':')) props[segment.slice(1)] = String(fields[segment.slice(1)])
  }
  // The path (not the query) keys the page: another event remounts it, another stage filter not.
  const key = hashFromRoute(route).split('?')[0] ?? route.name
  return { page: row.page as ComponentType<Record<string, string>>, props, key }
}

/** The `:param` values when `parts` fit the pattern `path`, else null. */
function match(path: string, parts: readonly string[]): Record<string, unknown> | null {
  const pattern = segments(path)
  if (pattern.length !== parts.length) return null
  const params: Record<string, unknown> = {}
  for (const [index, segment] of pattern.entries()) {
    const part = parts[index] ?? ''
    if (segment.startsWith(':')) params[segment.slice(1)] = part
    else if (segment !== part) return null
  }
  return params
}

function segments(path: string): string[] {
  return path.split('/').filter(Boolean)
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
