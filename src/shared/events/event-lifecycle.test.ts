import { describe, expect, it } from 'vitest'
import type { EventDraft, EventStatus } from '../domain/schemas'
import { eventDraftSchema } from '../domain/schemas'
import { DEFAULT_SETTINGS } from '../schema/workspace'
import {
  canChangeStatus,
  changeStatus,
  createEvent,
  defaultDemoContract,
  updateEvent,
} from './event-lifecycle'

const draft: EventDraft = {
  title: 'AI Demo Night #15',
  start: '2026-12-10T18:30',
  end: '2026-12-10T21:30',
  timeZone: 'Europe/Berlin',
  venue: 'Kreuzberg Loft',
  city: 'Berlin',
  capacity: 120,
}
const created = new Date('2026-11-23T12:00:00.000Z')
const contract = defaultDemoContract(DEFAULT_SETTINGS)

describe('createEvent', () => {
  it('records a night that already ended as done, not as something to plan', () => {
    // 21:30 in Berlin on 23 Nov is 20:30 UTC: still ahead at 12:00 UTC, behind at 21:00 UTC.
    const tonight = { ...draft, start: '2026-11-23T18:30', end: '2026-11-23T21:30' }
    expect(createEvent(tonight, { id: 'e1', now: created, contract }).status).toBe('planning')
    const later = new Date('2026-11-23T21:00:00.000Z')
    const recorded = createEvent(tonight, { id: 'e1', now: later, contract })
    expect(recorded.status).toBe('done')
    expect(recorded.statusHistory).toEqual([{ status: 'done', at: later.toISOString() }])
  })

  it('starts in planning with a dated history and the planning clock', () => {
    const event = createEvent(draft, { id: 'e1', now: created, contract })
    expect(event).toMatchObject({ id: 'e1', status: 'planning', createdAt: created.toISOString() })
    expect(event.statusHistory).toEqual([{ status: 'planning', at: created.toISOString() }])
    expect(event.demoContract).toEqual({
      slotCount: 6,
      minutesPerDemo: 7,
      expectations: DEFAULT_SETTINGS.defaultExpectations,
      isWipWelcome: true,
      demoTarget: 3,
    })
  })
})

describe('updateEvent', () => {
  it('changes the fields but never the status or history', () => {
    const event = createEvent(draft, { id: 'e1', now: created, contract })
    const moved = changeStatus(event, 'announced', created)
    if (!moved.ok) throw new Error(moved.reason)
    const edited = updateEvent(moved.event, { ...draft, venue: 'Mitte Hub' })
    expect(edited.venue).toBe('Mitte Hub')
    expect(edited.status).toBe('announced')
    expect(edited.statusHistory).toHaveLength(2)
  })
})

describe('canChangeStatus', () => {
  it.each<[EventStatus, EventStatus, boolean]>([
    ['planning', 'announced', true],
    ['announced', 'live', true],
    ['live', 'done', true],
    ['announced', 'planning', true],
    ['planning', 'live', false],
    ['planning', 'done', false],
    ['done', 'planning', false],
    ['live', 'live', false],
  ])('%s → %s is %s', (from, to, allowed) => {
    expect(canChangeStatus(from, to)).toBe(allowed)
  })
})

describe('changeStatus', () => {
  it('records each transition with its date', () => {
    const event = createEvent(draft, { id: 'e1', now: created, contract })
    const later = new Date('2026-11-30T09:00:00.000Z')
    const result = changeStatus(event, 'announced', later)
    expect(result.ok && result.event.statusHistory.at(-1)).toEqual({
      status: 'announced',
      at: later.toISOString(),
    })
  })

  it('refuses to skip a step and says why', () => {
    const event = createEvent(draft, { id: 'e1', now: created, contract })
    expect(changeStatus(event, 'done', created)).toEqual({
      ok: false,
      reason: 'An event cannot go from planning to done.',
    })
  })
})

describe('eventDraftSchema', () => {
  it.each([
    [{ ...draft, title: '  ' }, 'Give the event a title'],
    [{ ...draft, end: '2026-12-10T17:00' }, 'The event must end after it starts'],
    [{ ...draft, timeZone: 'Mars/Olympus' }, 'Unknown time zone'],
    [{ ...draft, start: '10/12/2026 18:30' }, 'Use the form YYYY-MM-DDTHH:mm'],
  ])('rejects a bad draft with a message a person understands', (bad, message) => {
    const result = eventDraftSchema.safeParse(bad)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message)
  })
})
