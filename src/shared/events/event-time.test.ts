import { describe, expect, it } from 'vitest'
import {
  addHoursToWallClock,
  eventStart,
  instantToWallClock,
  partitionByTime,
  sortByStart,
} from './event-time'

const base = { venue: '', city: '', capacity: null }

describe('event times', () => {
  it.each([
    ['2026-11-26T18:30', 'Europe/Berlin', '2026-11-26T17:30:00.000Z'],
    ['2026-07-01T18:30', 'Europe/Berlin', '2026-07-01T16:30:00.000Z'],
    ['2026-03-08T02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    ['2026-11-26T09:00', 'Asia/Tokyo', '2026-11-26T00:00:00.000Z'],
  ])('%s in %s is %s', (local, timeZone, iso) => {
    expect(eventStart({ start: local, timeZone }).toISOString()).toBe(iso)
  })

  it('turns an instant back into venue wall-clock time', () => {
    expect(instantToWallClock(new Date('2026-11-26T17:30:00.000Z'), 'Europe/Berlin')).toBe(
      '2026-11-26T18:30',
    )
  })

  it('orders by the instant, not the wall-clock text, across time zones', () => {
    const tokyo = {
      ...base,
      id: 'tokyo',
      start: '2026-11-26T09:00',
      end: '2026-11-26T10:00',
      timeZone: 'Asia/Tokyo',
    }
    const berlin = {
      ...base,
      id: 'berlin',
      start: '2026-11-26T08:00',
      end: '2026-11-26T09:00',
      timeZone: 'Europe/Berlin',
    }
    expect(sortByStart([berlin, tokyo]).map((event) => event.id)).toEqual(['tokyo', 'berlin'])
  })

  it('splits upcoming (soonest first) from past (latest first); a live event is upcoming', () => {
    const now = new Date('2026-11-26T18:00:00.000Z')
    const make = (id: string, start: string, end: string) => ({
      ...base,
      id,
      start,
      end,
      timeZone: 'UTC',
    })
    const events = [
      make('last-month', '2026-10-20T18:00', '2026-10-20T21:00'),
      make('tonight', '2026-11-26T17:00', '2026-11-26T20:00'),
      make('last-week', '2026-11-19T18:00', '2026-11-19T21:00'),
      make('next-month', '2026-12-20T18:00', '2026-12-20T21:00'),
    ]
    const { upcoming, past } = partitionByTime(events, now)
    expect(upcoming.map((event) => event.id)).toEqual(['tonight', 'next-month'])
    expect(past.map((event) => event.id)).toEqual(['last-week', 'last-month'])
  })
})

describe('addHoursToWallClock', () => {
  it.each([
    ['2026-12-10T18:30', 3, '2026-12-10T21:30'],
    ['2026-12-31T22:30', 3, '2027-01-01T01:30'],
    ['2026-03-29T00:30', 3, '2026-03-29T03:30'],
  ])('%s + %i hours reads %s on the clock', (local, hours, expected) => {
    expect(addHoursToWallClock(local, hours)).toBe(expected)
  })
})
