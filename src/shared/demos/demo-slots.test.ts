import { describe, expect, it } from 'vitest'
import type { Demo, DemoState } from '../domain/demo-schemas'
import { makeDemo, makeEvent } from '../testing/factories'
import {
  changeContract,
  DEMO_TRANSITIONS,
  moveDemo,
  reorderRunOfShow,
  runOrder,
  waitlist,
  type SlotResult,
} from './demo-slots'

const now = new Date('2026-11-23T12:00:00.000Z')
const event = makeEvent({
  id: 'e1',
  status: 'planning',
  demoContract: {
    slotCount: 3,
    minutesPerDemo: 7,
    expectations: '',
    isWipWelcome: true,
    demoTarget: 2,
  },
})
const confirmed = (id: string, order: number) => makeDemo(id, 'confirmed', { runOrder: order })
const waiting = (id: string, at: string) =>
  makeDemo(id, 'screening', { waitlistedAt: `2026-11-${at}T10:00:00.000Z` })

function ok(result: SlotResult): Extract<SlotResult, { ok: true }> {
  if (!result.ok) throw new Error(result.reason)
  return result
}
const states = (demos: readonly Demo[]) => Object.fromEntries(demos.map((d) => [d.id, d.state]))

describe('demo transitions', () => {
  it.each<[DemoState, DemoState, boolean]>([
    ['proposed', 'screening', true],
    ['proposed', 'confirmed', false],
    ['screening', 'confirmed', true],
    ['screening', 'presented', false],
    ['confirmed', 'presented', true],
    ['confirmed', 'declined', false],
    ['presented', 'withdrawn', false],
    ['declined', 'proposed', true],
    ['withdrawn', 'proposed', false],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(DEMO_TRANSITIONS[from].includes(to)).toBe(allowed)
    const result = moveDemo({ event, demos: [makeDemo('a', from)] }, 'a', to, now)
    expect(result.ok).toBe(allowed)
  })

  it('dates every transition', () => {
    const result = ok(
      moveDemo({ event, demos: [makeDemo('a', 'proposed')] }, 'a', 'screening', now),
    )
    expect(result.demos[0]?.stateHistory.at(-1)).toEqual({
      state: 'screening',
      at: '2026-11-23T12:00:00.000Z',
    })
  })
})

describe('slots never exceed the contract', () => {
  it('confirms into the next run-of-show position while slots are free', () => {
    const demos = [confirmed('a', 0), makeDemo('b', 'screening')]
    const result = ok(moveDemo({ event, demos }, 'b', 'confirmed', now))
    expect(result.demos.find((demo) => demo.id === 'b')).toMatchObject({
      state: 'confirmed',
      runOrder: 1,
    })
    expect(result.outcome).toBe('Confirmed: slot 2 of 3')
  })

  it('waitlists a confirmation when every slot is taken, in order of arrival', () => {
    const demos = [
      confirmed('a', 0),
      confirmed('b', 1),
      makeDemo('c', 'presented', { runOrder: 2 }),
      waiting('w1', '20'),
      makeDemo('d', 'screening'),
    ]
    const result = ok(moveDemo({ event, demos }, 'd', 'confirmed', now))
    expect(states(result.demos)).toMatchObject({ d: 'screening' })
    expect(waitlist(result.demos, 'e1').map((demo) => demo.id)).toEqual(['w1', 'd'])
    expect(result.outcome).toBe('All 3 slots are taken: waitlisted, 2nd in line')
    expect(runOrder(result.demos, 'e1')).toHaveLength(3)
  })

  it('gives a withdrawn slot to the first on the waitlist and closes the gap in the order', () => {
    const demos = [
      confirmed('a', 0),
      confirmed('b', 1),
      confirmed('c', 2),
      waiting('w2', '21'),
      waiting('w1', '20'),
    ]
    const result = ok(moveDemo({ event, demos }, 'a', 'withdrawn', now))
    expect(result.promoted?.id).toBe('w1')
    expect(runOrder(result.demos, 'e1').map((demo) => [demo.id, demo.runOrder])).toEqual([
      ['b', 0],
      ['c', 1],
      ['w1', 2],
    ])
    expect(waitlist(result.demos, 'e1').map((demo) => demo.id)).toEqual(['w2'])
    expect(result.outcome).toBe('Withdrawn; “Demo w1” moved up from the waitlist')
  })

  it('a waitlisted demo can be declined or withdraw, and leaves the waitlist', () => {
    const demos = [waiting('w1', '20'), waiting('w2', '21')]
    const result = ok(moveDemo({ event, demos }, 'w1', 'withdrawn', now))
    expect(waitlist(result.demos, 'e1').map((demo) => demo.id)).toEqual(['w2'])
  })
})

describe('contract changes', () => {
  const demos = [confirmed('a', 0), confirmed('b', 1), waiting('w1', '20'), waiting('w2', '21')]

  it('refuses fewer slots than confirmed demos', () => {
    const result = changeContract({ event, demos }, { ...event.demoContract, slotCount: 1 }, now)
    expect(result).toEqual({
      ok: false,
      reason: '2 demos are confirmed; withdraw 1 before cutting slots to 1.',
    })
  })

  it('offers added slots to the waitlist in order', () => {
    const result = ok(
      changeContract({ event, demos }, { ...event.demoContract, slotCount: 5 }, now),
    )
    expect(runOrder(result.demos, 'e1').map((demo) => demo.id)).toEqual(['a', 'b', 'w1', 'w2'])
    expect(result.outcome).toBe('Saved; 2 waitlisted demos moved into the new slots')
  })

  it('refuses a target above the slot count', () => {
    const result = changeContract(
      { event, demos },
      { ...event.demoContract, slotCount: 3, demoTarget: 4 },
      now,
    )
    expect(result.ok).toBe(false)
  })
})

describe('time-to-ship', () => {
  it('records the moment the target is first met, and keeps it when a demo withdraws', () => {
    const first = ok(
      moveDemo(
        { event, demos: [confirmed('a', 0), makeDemo('b', 'screening')] },
        'b',
        'confirmed',
        now,
      ),
    )
    expect(first.event.demoTargetMetAt).toBe('2026-11-23T12:00:00.000Z')
    const later = new Date('2026-11-25T12:00:00.000Z')
    const second = ok(moveDemo({ event: first.event, demos: first.demos }, 'a', 'withdrawn', later))
    expect(second.event.demoTargetMetAt).toBe('2026-11-23T12:00:00.000Z')
  })

  it('is not set while the target is not met', () => {
    const result = ok(
      moveDemo({ event, demos: [makeDemo('a', 'screening')] }, 'a', 'confirmed', now),
    )
    expect(result.event.demoTargetMetAt).toBeNull()
  })
})

describe('run-of-show order', () => {
  const demos = [confirmed('a', 0), confirmed('b', 1), confirmed('c', 2)]

  it('takes a new order of exactly the confirmed demos', () => {
    const result = ok(reorderRunOfShow({ event, demos }, ['c', 'a', 'b']))
    expect(runOrder(result.demos, 'e1').map((demo) => demo.id)).toEqual(['c', 'a', 'b'])
  })

  it('refuses an order that misses or adds a demo', () => {
    expect(reorderRunOfShow({ event, demos }, ['c', 'a']).ok).toBe(false)
    expect(reorderRunOfShow({ event, demos }, ['c', 'a', 'x']).ok).toBe(false)
  })
})
