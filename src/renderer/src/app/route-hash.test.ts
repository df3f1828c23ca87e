import { describe, expect, it } from 'vitest'
import { hashFromRoute, routeFromHash, screenOf } from './route-hash'
import { NAV_ITEMS, ROUTE_NAMES, ROUTES } from './routes'
import type { Route } from './ui-slice'

describe('route hash', () => {
  it.each<[string, Route]>([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/events', { name: 'events' }],
    ['#/events/abc-1', { name: 'event', eventId: 'abc-1' }],
    ['#/events/p%2F1', { name: 'event', eventId: 'p/1' }],
    ['#/settings', { name: 'settings' }],
    ['#/people', { name: 'people' }],
    ['#/pipeline', { name: 'pipeline' }],
    ['#/feedback', { name: 'feedback' }],
    ['#/diagnostic', { name: 'diagnostic' }],
    ['#/people/p-7', { name: 'person', personId: 'p-7' }],
    ['#/people?stage=adoption', { name: 'people', stage: 'adoption' }],
    ['#/people?stage=advocacy&x=1', { name: 'people', stage: 'advocacy' }],
    ['#/people?stage=nonsense', { name: 'people' }],
    ['#/people?', { name: 'people' }],
    ['#/nowhere', { name: 'home' }],
    ['#/events/%E0%A4%A', { name: 'event', eventId: '%E0%A4%A' }],
  ])('%s → %j', (hash, route) => {
    expect(routeFromHash(hash)).toEqual(route)
  })

  it.each<Route>([
    { name: 'event', eventId: 'x y' },
    { name: 'person', personId: 'a/b' },
    { name: 'people' },
    { name: 'people', stage: 'awareness' },
    { name: 'people', stage: 'retention' },
    { name: 'settings' },
    { name: 'home' },
  ])('round-trips %j', (route) => {
    expect(routeFromHash(hashFromRoute(route))).toEqual(route)
  })

  it('reads every row of the route table back from its own hash', () => {
    for (const name of ROUTE_NAMES) {
      const params = Object.fromEntries(
        ROUTES[name].path
          .split('/')
          .filter((segment) => segment.startsWith(':'))
          .map((segment) => [segment.slice(1), `${name}-id`]),
      )
      const route = { name, ...params } as Route
      expect(routeFromHash(hashFromRoute(route))).toEqual(route)
    }
  })

  it('derives the sidebar from the table, each entry current on its detail screens too', () => {
    expect(NAV_ITEMS.map((item) => item.label)).toEqual([
      'Home',
      'Events',
      'People',
      'Pipeline',
      'Metrics',
      'Review',
      'Feedback loop',
      'Diagnostic',
      'Settings',
    ])
    expect(NAV_ITEMS.find((item) => item.label === 'Events')?.covers).toEqual(['events', 'event'])
    expect(NAV_ITEMS.find((item) => item.label === 'People')?.covers).toEqual(['people', 'person'])
  })

  it('renders a route’s page with its path params as props, keyed by its path', () => {
    const screen = screenOf({ name: 'event', eventId: 'e 1' })
    expect(screen.page).toBe(ROUTES.event.page)
    expect(screen.props).toEqual({ eventId: 'e 1' })
    expect(screen.key).toBe('#/events/e%201')
    expect(screenOf({ name: 'people', stage: 'adoption' })).toMatchObject({
      props: {},
      key: '#/people',
    })
  })
})
