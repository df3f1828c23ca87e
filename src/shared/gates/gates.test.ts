import { describe, expect, it } from 'vitest'
import { DEFAULT_BOARD, type Board } from '../domain/board-schemas'
import type { Demo, DemoState } from '../domain/demo-schemas'
import type { FollowUp, Retro } from '../domain/journal-schemas'
import type { GateOverride } from '../domain/schemas'
import { makeEvent } from '../testing/factories'
import { canAnnounce, followUpMinimumOf } from './announce-gate'
import { canPlanNextEvent, lastEndedEvent } from './plan-gate'

const last = makeEvent({
  id: 'e14',
  title: '#14',
  start: '2026-11-20T18:00',
  end: '2026-11-20T21:00',
})
const next = makeEvent({
  id: 'e15',
  title: '#15',
  start: '2026-12-18T18:00',
  end: '2026-12-18T21:00',
  status: 'planning',
  demoContract: { ...last.demoContract, demoTarget: 4, slotCount: 6 },
})

const demo = (id: string, state: DemoState, eventId = 'e15'): Demo => ({
  id,
  eventId,
  personId: `p-${id}`,
  title: id,
  pitch: '',
  links: [],
  state,
  stateHistory: [],
  screening: null,
  waitlistedAt: null,
  runOrder: null,
  createdAt: '2026-11-21T10:00:00.000Z',
})

const followUp = (index: number, sentOn: string | null, eventId = 'e14'): FollowUp => ({
  id: `f${index}`,
  eventId,
  personId: `p${index}`,
  channel: 'email',
  sentOn,
  answer: '',
  outcomes: [],
  answeredAt: null,
  createdAt: '2026-11-21T10:00:00.000Z',
})
const sent = (count: number): FollowUp[] =>
  Array.from({ length: count }, (_, index) => followUp(index, '2026-11-22'))

const override = (gate: GateOverride['gate']): GateOverride => ({
  id: 'o1',
  gate,
  reason: 'Venue sponsor needs the date public this week',
  at: '2026-11-23T10:00:00.000Z',
  by: 'maria',
})

describe('canAnnounce', () => {
  it.each([
    {
      name: '2 of 4 confirmed blocks, and says how many more',
      demos: [demo('a', 'confirmed'), demo('b', 'confirmed'), demo('c', 'screening')],
      followUps: sent(10),
      allowed: false,
      reasons: ['2 of 4 demos confirmed — cannot announce yet'],
      unblock: ['Confirm 2 more demos'],
    },
    {
      name: 'presented demos count as confirmed; demos of other events do not',
      demos: [
        demo('a', 'confirmed'),
        demo('b', 'presented'),
        demo('c', 'confirmed'),
        demo('d', 'confirmed', 'e14'),
      ],
      followUps: sent(10),
      allowed: false,
      reasons: ['3 of 4 demos confirmed — cannot announce yet'],
      unblock: ['Confirm 1 more demo'],
    },
    {
      name: 'target met and follow-ups met: allowed',
      demos: ['a', 'b', 'c', 'd'].map((id) => demo(id, 'confirmed')),
      followUps: sent(10),
      allowed: true,
      reasons: [],
      unblock: [],
    },
    {
      name: 'follow-ups for the last event below the minimum block; unsent ones do not count',
      demos: ['a', 'b', 'c', 'd'].map((id) => demo(id, 'confirmed')),
      followUps: [...sent(7), followUp(90, null), followUp(91, '2026-11-22', 'e15')],
      allowed: false,
      reasons: ['7 of 10 follow-ups sent after “#14” — cannot announce yet'],
      unblock: ['Send 3 more personal follow-ups for “#14”'],
    },
    {
      name: 'both unmet: both reasons',
      demos: [],
      followUps: [],
      allowed: false,
      reasons: [
        '0 of 4 demos confirmed — cannot announce yet',
        '0 of 10 follow-ups sent after “#14” — cannot announce yet',
      ],
      unblock: ['Confirm 4 more demos', 'Send 10 more personal follow-ups for “#14”'],
    },
  ])('$name', ({ demos, followUps, allowed, reasons, unblock }) => {
    const result = canAnnounce(next, {
      events: [last, next],
      demos,
      followUps,
      followUpMinimum: 10,
    })
    expect(result).toMatchObject({ allowed, reasons, unblock })
  })

  it('more demos confirmed than the target reads as past the target, never “5 of 4”', () => {
    const result = canAnnounce(next, {
      events: [last, next],
      demos: ['a', 'b', 'c', 'd', 'e'].map((id) => demo(id, 'confirmed')),
      followUps: sent(12),
      followUpMinimum: 10,
    })
    expect(result.conditions.map((condition) => condition.summary)).toEqual([
      '5 demos confirmed, target 4',
      '12 follow-ups sent after “#14”, target 10',
    ])
  })

  it('a previous night recorded after its retro window has no follow-up condition', () => {
    const result = canAnnounce(next, {
      events: [{ ...last, createdAt: '2026-11-23T11:00:00.000Z' }, next],
      demos: ['a', 'b', 'c', 'd'].map((id) => demo(id, 'confirmed')),
      followUps: [],
      followUpMinimum: 10,
    })
    expect(result.allowed).toBe(true)
    expect(result.conditions.map((condition) => condition.gate)).toEqual(['announce-demos'])
  })

  it('the first event ever has no follow-up condition', () => {
    const result = canAnnounce(next, {
      events: [next],
      demos: ['a', 'b', 'c', 'd'].map((id) => demo(id, 'confirmed')),
      followUps: [],
      followUpMinimum: 10,
    })
    expect(result.allowed).toBe(true)
    expect(result.conditions.map((condition) => condition.gate)).toEqual(['announce-demos'])
  })

  it('an override with a reason lets the event past that condition only', () => {
    const overridden = { ...next, gateOverrides: [override('announce-demos')] }
    const result = canAnnounce(overridden, {
      events: [last, overridden],
      demos: [],
      followUps: sent(3),
      followUpMinimum: 10,
    })
    expect(result.allowed).toBe(false)
    expect(result.reasons).toEqual(['3 of 10 follow-ups sent after “#14” — cannot announce yet'])
    expect(result.conditions[0]?.override?.reason).toBe(
      'Venue sponsor needs the date public this week',
    )
  })
})

const retro = (completedAt: string | null): Retro => ({
  eventId: 'e14',
  worked: '',
  broke: '',
  surprised: '',
  inviteNext: [],
  followUpPicks: [],
  completedAt,
  updatedAt: '2026-11-21T10:00:00.000Z',
})

const boardWithMoves = (ats: string[], isForward = true): Board => ({
  ...DEFAULT_BOARD,
  cards: [
    {
      id: 'c1',
      personId: 'p1',
      nextStep: '',
      dueDate: null,
      tags: [],
      createdAt: '2026-10-01T10:00:00.000Z',
      history: ats.map((at) => ({
        fromColumnId: 'first-timers',
        toColumnId: 'warm-intros',
        at,
        isForward,
      })),
    },
  ],
})

describe('canPlanNextEvent', () => {
  const now = new Date('2026-11-23T12:00:00.000Z')

  it.each([
    { name: 'no retro yet: blocked', retros: [], allowed: false },
    { name: 'retro started but not done: blocked', retros: [retro(null)], allowed: false },
    { name: 'retro done: allowed', retros: [retro('2026-11-21T09:00:00.000Z')], allowed: true },
  ])('$name', ({ retros, allowed }) => {
    const result = canPlanNextEvent({ events: [last, next], retros, board: DEFAULT_BOARD, now })
    expect(result.allowed).toBe(allowed)
    if (!allowed) {
      expect(result.reasons).toEqual([
        'The retro for “#14” is not done — finish it before planning the next event',
      ])
    }
  })

  it.each([
    {
      name: 'a night that ended yesterday is recorded, not gated',
      end: '2026-11-22T21:00',
      allowed: true,
    },
    {
      name: 'a night that ended before #14 is recorded too',
      end: '2026-10-14T21:00',
      allowed: true,
    },
    { name: 'a night still to come is planned: gated', end: '2026-12-18T21:00', allowed: false },
    { name: 'a night under way is gated', end: '2026-11-23T14:00', allowed: false },
  ])('$name', ({ end, allowed }) => {
    const result = canPlanNextEvent({
      events: [last],
      retros: [],
      board: DEFAULT_BOARD,
      now,
      draft: { end, timeZone: 'UTC' },
    })
    expect(result.allowed).toBe(allowed)
  })

  it('a last night recorded after its retro window does not hold the next one back', () => {
    const recorded = { ...last, createdAt: '2026-11-23T11:00:00.000Z' }
    const result = canPlanNextEvent({ events: [recorded], retros: [], board: DEFAULT_BOARD, now })
    expect(result.allowed).toBe(true)
    expect(result.conditions).toEqual([])
  })

  it('an override typed in the form lets it through', () => {
    const result = canPlanNextEvent({
      events: [last],
      retros: [],
      board: DEFAULT_BOARD,
      now,
      override: override('plan-after-retro'),
    })
    expect(result.allowed).toBe(true)
  })

  it('with no past event there is nothing to wait for', () => {
    expect(
      canPlanNextEvent({ events: [next], retros: [], board: DEFAULT_BOARD, now }).allowed,
    ).toBe(true)
  })

  it.each([
    { moves: [], warns: true },
    { moves: ['2026-11-21T10:00:00.000Z', '2026-11-22T10:00:00.000Z'], warns: true },
    {
      moves: ['2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z', '2026-11-22T10:00:00.000Z'],
      warns: true,
    },
    {
      moves: ['2026-11-21T10:00:00.000Z', '2026-11-21T11:00:00.000Z', '2026-11-22T10:00:00.000Z'],
      warns: false,
    },
  ])('warns below 3 forward moves since the last event ended: $moves', ({ moves, warns }) => {
    const result = canPlanNextEvent({
      events: [last],
      retros: [retro('2026-11-21T09:00:00.000Z')],
      board: boardWithMoves(moves),
      now,
    })
    expect(result.allowed).toBe(true)
    expect(result.warnings.length > 0).toBe(warns)
  })

  it('backward moves do not count toward the cadence', () => {
    const moves = [
      '2026-11-21T10:00:00.000Z',
      '2026-11-21T11:00:00.000Z',
      '2026-11-22T10:00:00.000Z',
    ]
    const result = canPlanNextEvent({
      events: [last],
      retros: [retro('2026-11-21T09:00:00.000Z')],
      board: boardWithMoves(moves, false),
      now,
    })
    expect(result.warnings).toEqual([
      'Only 0 forward moves on the speaker pipeline since “#14” — aim for 3–5',
    ])
  })

  it('the last event is the one that ended most recently, not the latest created', () => {
    const running = makeEvent({ id: 'now', start: '2026-11-23T11:00', end: '2026-11-23T13:00' })
    expect(lastEndedEvent([next, running, last], now)?.id).toBe('e14')
  })
})

describe('an override belongs to one planning period', () => {
  it('no longer counts once the event went back to planning after it', () => {
    const replanned = {
      ...next,
      statusHistory: [
        { status: 'planning' as const, at: '2026-11-20T10:00:00.000Z' },
        { status: 'announced' as const, at: '2026-11-23T10:00:00.000Z' },
        { status: 'planning' as const, at: '2026-11-24T10:00:00.000Z' },
      ],
      gateOverrides: [override('announce-demos')],
    }
    const input = { events: [last, replanned], demos: [], followUps: sent(10), followUpMinimum: 10 }
    expect(canAnnounce(replanned, input).allowed).toBe(false)
    const overriddenAgain = {
      ...replanned,
      gateOverrides: [
        ...replanned.gateOverrides,
        { ...override('announce-demos'), id: 'o2', at: '2026-11-24T11:00:00.000Z' },
      ],
    }
    expect(canAnnounce(overriddenAgain, input).allowed).toBe(true)
  })
})

describe('follow-up minimum met by observing the group chat (DESIGN.md §1.11)', () => {
  const previous = makeEvent({
    id: 'prev',
    title: 'Night 1',
    start: '2026-10-01T18:00',
    end: '2026-10-01T21:00',
    status: 'done',
    statusHistory: [{ status: 'done', at: '2026-10-01T21:00:00.000Z' }],
  })
  const next = makeEvent({
    id: 'next',
    title: 'Night 2',
    start: '2026-11-01T18:00',
    end: '2026-11-01T21:00',
    status: 'planning',
  })
  const input = { events: [previous, next], demos: [], followUps: [], followUpMinimum: 10 }

  it('counts an observation of the night as meeting the minimum, with the messages read', () => {
    const without = canAnnounce(next, input).reasons
    expect(without.some((reason) => reason.includes('follow-ups sent after “Night 1”'))).toBe(true)
    const observed = canAnnounce(next, {
      ...input,
      chatObservations: [{ eventId: 'prev', messagesRead: 34 }],
    })
    expect(observed.reasons.some((reason) => reason.includes('follow-ups'))).toBe(false)
  })

  it('says the same to the night’s Follow-ups card: met by the observation, 3 of 10 sent', () => {
    const threeSent = Array.from({ length: 3 }, (_, index) => followUp(index, '2026-10-02', 'prev'))
    const stand = (chatObservations: { eventId: string; messagesRead: number }[]) =>
      followUpMinimumOf('prev', { followUps: threeSent, followUpMinimum: 10, chatObservations })
    expect(stand([])).toMatchObject({ sent: 3, minimum: 10, isMet: false })
    expect(stand([{ eventId: 'other', messagesRead: 5 }]).isMet).toBe(false)
    expect(stand([{ eventId: 'prev', messagesRead: 34 }])).toMatchObject({
      sent: 3,
      isMet: true,
      observation: { eventId: 'prev', messagesRead: 34 },
    })
  })
})
