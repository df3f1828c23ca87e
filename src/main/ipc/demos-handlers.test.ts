import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Demo } from '../../shared/domain/demo-schemas'
import type { Event } from '../../shared/domain/schemas'
import { sequentialIds } from '../../shared/testing/factories'
import { bootWorkspace } from '../boot-workspace'
import { dispatch } from './dispatch'
import type { Handlers } from './handler-types'

let clock = Date.parse('2026-11-23T12:00:00.000Z')
const now = (): Date => new Date((clock += 60_000))

function boot(directory = mkdtempSync(join(tmpdir(), 'devrel-demos-'))) {
  const booted = bootWorkspace({ directory, now, newId: sequentialIds('id'), userName: 'maria' })
  return { ...booted, directory }
}

async function call<T>(handlers: Handlers, channel: string, payload: unknown): Promise<T> {
  const result = await dispatch(handlers, channel, payload)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

type Change = { events: Event[]; demos: Demo[]; outcome: string }

async function eventWithContract(handlers: Handlers, slotCount: number, demoTarget: number) {
  const event = await call<Event>(handlers, 'events:create', {
    title: 'AI Demo Night #15',
    start: '2026-12-17T18:30',
    end: '2026-12-17T21:30',
    timeZone: 'Europe/Berlin',
    venue: '',
    city: 'Berlin',
    capacity: null,
  })
  await call(handlers, 'demos:set-contract', {
    eventId: event.id,
    contract: { ...event.demoContract, slotCount, demoTarget },
  })
  return event.id
}

async function confirmedDemo(handlers: Handlers, eventId: string, name: string): Promise<Change> {
  const added = await call<Change & { demoId: string }>(handlers, 'demos:add', {
    eventId,
    presenter: { kind: 'new', name, email: `${name.toLowerCase()}@example.com` },
    title: `${name}'s demo`,
    pitch: '',
    links: [],
  })
  await call(handlers, 'demos:screen', {
    demoId: added.demoId,
    checks: { 'shows-working-thing': true },
    note: '',
  })
  return call<Change>(handlers, 'demos:move', { demoId: added.demoId, to: 'confirmed' })
}

describe('demo and gate handlers', () => {
  it('blocks announcing until the target is met, then allows it and records time-to-ship', async () => {
    const { handlers } = boot()
    const eventId = await eventWithContract(handlers, 3, 2)
    await confirmedDemo(handlers, eventId, 'Ana')

    const blocked = await dispatch(handlers, 'events:set-status', {
      id: eventId,
      status: 'announced',
    })
    expect(blocked).toEqual({
      ok: false,
      error: {
        code: 'refused',
        message:
          '1 of 2 demos confirmed — cannot announce yet. Confirm 1 more demo, or override with a reason.',
      },
    })

    const second = await confirmedDemo(handlers, eventId, 'Tom')
    expect(second.outcome).toBe('Confirmed: slot 2 of 3')
    expect(second.events[0]?.demoTargetMetAt).not.toBeNull()
    const announced = await call<Event>(handlers, 'events:set-status', {
      id: eventId,
      status: 'announced',
    })
    expect(announced.status).toBe('announced')
  })

  it('lets an override with a written reason pass the gate, and keeps who, when and why', async () => {
    const { handlers, directory } = boot()
    const eventId = await eventWithContract(handlers, 3, 2)
    const tooShort = await dispatch(handlers, 'events:override-gate', {
      id: eventId,
      gate: 'announce-demos',
      reason: 'because',
    })
    expect(tooShort).toMatchObject({ ok: false, error: { code: 'invalid-request' } })

    await call(handlers, 'events:override-gate', {
      id: eventId,
      gate: 'announce-demos',
      reason: 'The venue needs the date public this week',
    })
    await call(handlers, 'events:set-status', { id: eventId, status: 'announced' })
    const [event] = boot(directory).repository.snapshot().events
    expect(event?.status).toBe('announced')
    expect(event?.gateOverrides).toEqual([
      expect.objectContaining({
        gate: 'announce-demos',
        reason: 'The venue needs the date public this week',
        by: 'maria',
      }),
    ])
  })

  it('waitlists past the slot count and promotes the first waiting demo when one withdraws', async () => {
    const { handlers } = boot()
    const eventId = await eventWithContract(handlers, 1, 1)
    const first = await confirmedDemo(handlers, eventId, 'Ana')
    const waiting = await confirmedDemo(handlers, eventId, 'Tom')
    expect(waiting.outcome).toBe('The one slot is taken: waitlisted, 1st in line')
    const anaDemo = first.demos.find((demo) => demo.state === 'confirmed')
    const withdrawn = await call<Change>(handlers, 'demos:move', {
      demoId: anaDemo?.id,
      to: 'withdrawn',
    })
    expect(withdrawn.outcome).toBe("Withdrawn; “Tom's demo” moved up from the waitlist")
    expect(withdrawn.demos.map((demo) => [demo.title, demo.state])).toEqual([
      ["Ana's demo", 'withdrawn'],
      ["Tom's demo", 'confirmed'],
    ])
  })

  it('adds a demo for an e-mail already known without creating a second person', async () => {
    const { handlers, repository } = boot()
    const eventId = await eventWithContract(handlers, 3, 1)
    await confirmedDemo(handlers, eventId, 'Ana')
    const again = await call<{ people: unknown }>(handlers, 'demos:add', {
      eventId,
      presenter: { kind: 'new', name: 'Ana L.', email: 'ANA@example.com' },
      title: 'Second demo',
      pitch: '',
      links: [],
    })
    expect(again.people).toBeNull()
    expect(repository.snapshot().people).toHaveLength(1)
  })

  it('refuses cutting slots below the confirmed demos', async () => {
    const { handlers, repository } = boot()
    const eventId = await eventWithContract(handlers, 2, 1)
    await confirmedDemo(handlers, eventId, 'Ana')
    await confirmedDemo(handlers, eventId, 'Tom')
    const event = repository.snapshot().events[0]
    const result = await dispatch(handlers, 'demos:set-contract', {
      eventId,
      contract: { ...event?.demoContract, slotCount: 1, demoTarget: 1 },
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } })
    expect(repository.snapshot().events[0]?.demoContract.slotCount).toBe(2)
  })
})

describe('speaker list import', () => {
  it('adds proposed demos once, matching presenters by e-mail', async () => {
    const { handlers, repository } = boot()
    const eventId = await eventWithContract(handlers, 3, 1)
    await confirmedDemo(handlers, eventId, 'Ana')
    const request = {
      eventId,
      platform: 'generic',
      entries: [
        {
          line: 2,
          name: 'Ana',
          email: 'ana@example.com',
          platformPersonId: '',
          sourceKey: '',
          title: 'Second demo',
          pitch: '',
        },
        {
          line: 3,
          name: 'Lea',
          email: 'lea@example.com',
          platformPersonId: '',
          sourceKey: '',
          title: 'Notes app',
          pitch: 'Local-first',
        },
      ],
    }
    const first = await call<{
      report: { demosAdded: number; peopleMatched: number; peopleCreated: number }
    }>(handlers, 'demos:import-speakers', request)
    expect(first.report).toMatchObject({ demosAdded: 2, peopleMatched: 1, peopleCreated: 1 })
    const again = await call<{ report: { demosAdded: number; alreadyThere: number } }>(
      handlers,
      'demos:import-speakers',
      request,
    )
    expect(again.report).toMatchObject({ demosAdded: 0, alreadyThere: 2 })
    expect(repository.snapshot().demos.map((demo) => demo.title)).toEqual([
      "Ana's demo",
      'Second demo',
      'Notes app',
    ])
  })
})
