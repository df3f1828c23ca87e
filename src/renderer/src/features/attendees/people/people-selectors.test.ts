import { describe, expect, it } from 'vitest'
import { attendanceFacts, personSummary } from '../../../../../shared/identity/people-queries'
import { makeEvent, makeRegistration } from '../../../../../shared/testing/factories'
import { summaryContextAt } from './people-selectors'

// Night #2 starts at 18:30 UTC (the factory's time zone).
const events = [
  makeEvent({ id: 'e1', start: '2026-03-12T18:30', end: '2026-03-12T21:00' }),
  makeEvent({ id: 'e2', start: '2026-04-09T18:30', end: '2026-04-09T21:00' }),
]
const registrations = [
  makeRegistration({ id: 'r1', eventId: 'e1', personId: 'p1', status: 'going' }),
  makeRegistration({ id: 'r2', eventId: 'e2', personId: 'p1', status: 'going' }),
]
const person = {
  id: 'p1',
  name: 'Emily Bennett',
  emails: [],
  platformIds: [],
  notes: '',
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
}

describe('summaryContextAt', () => {
  it('is the same object until an event starts, then counts that event', () => {
    const facts = attendanceFacts(registrations, events)
    const morning = summaryContextAt(facts, new Date('2026-04-09T08:00:00Z'))
    const evening = summaryContextAt(facts, new Date('2026-04-09T18:29:00Z'))
    expect(evening).toBe(morning)
    expect(personSummary(person, registrations, evening).attended).toHaveLength(1)

    const started = summaryContextAt(facts, new Date('2026-04-09T18:30:00Z'))
    expect(started).not.toBe(evening)
    expect(personSummary(person, registrations, started).attended).toHaveLength(2)
  })

  it('is a new object when the facts change', () => {
    const at = new Date('2026-04-01T12:00:00Z')
    const first = summaryContextAt(attendanceFacts(registrations, events), at)
    const second = summaryContextAt(attendanceFacts(registrations, events), at)
    expect(second).not.toBe(first)
    expect(second).toEqual(first)
  })
})
