import { describe, expect, it } from 'vitest'
import { hashFromRoute, routeFromHash } from './route-hash'
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
})
