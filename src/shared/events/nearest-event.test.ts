import { describe, expect, it } from 'vitest'
import { makeEvent } from '../testing/factories'
import { nearestEvent } from './nearest-event'

const night = (id: string, day: string) =>
  makeEvent({ id, start: `${day}T18:30`, end: `${day}T21:30`, timeZone: 'Europe/Berlin' })

describe('nearest event', () => {
  const events = [
    night('oct', '2026-10-22'),
    night('nov', '2026-11-19'),
    night('dec', '2026-12-17'),
  ]

  it('is the night that just ended when its check-in export comes in the next morning', () => {
    expect(nearestEvent(events, new Date('2026-11-20T09:00:00Z'))?.id).toBe('nov')
  })

  it('is the coming night when its RSVPs are downloaded the week before', () => {
    expect(nearestEvent(events, new Date('2026-12-12T09:00:00Z'))?.id).toBe('dec')
  })

  it('is the night running now, and nothing when there are no events', () => {
    expect(nearestEvent(events, new Date('2026-10-22T18:00:00Z'))?.id).toBe('oct')
    expect(nearestEvent([], new Date())).toBeNull()
  })
})
