import { describe, expect, it } from 'vitest'
import { DEFAULT_BOARD } from '../domain/board-schemas'
import { DEFAULT_SETTINGS } from '../schema/workspace'
import { makePerson } from '../testing/factories'
import { computeAllMetrics, type MetricsInput } from './all-metrics'
import { collaborationSparks } from './collaboration-sparks'
import { fatigueIndex } from './fatigue-index'
import { firstTimeDemoConversion } from './first-time-demo-conversion'
import { followUpsCompleted } from './follow-ups-completed'
import { journeyFunnel } from './journey-funnel'
import { checkedIn, demoBy, eventOn, registrationsOf } from './metric-test-data'
import { metricWindow } from './metric-window'
import { noShowRates } from './no-show-rate'
import { personResolver } from './person-resolver'
import { pipelineCounts } from './pipeline-counts'
import { ratio } from './ratio'
import { repeatSpeakerRate } from './repeat-speaker-rate'
import { timeToShip } from './time-to-ship'

const NOW = new Date('2026-11-01T12:00:00.000Z')

const person = (id: string) => makePerson(id)

const INPUT: MetricsInput = {
  settings: { ...DEFAULT_SETTINGS, followUpMinimum: 2 },
  events: [
    eventOn('e2', '2026-10-27', { demoTargetMetAt: '2026-09-11T10:00:00.000Z' }),
    eventOn('e1', '2026-08-20'),
    eventOn('e3', '2026-11-20'),
  ],
  demos: [demoBy('a', 'e1'), demoBy('x', 'e2'), demoBy('b', 'e2')],
  people: ['a', 'b', 'c'].map(person),
  merges: [
    {
      id: 'm1',
      survivorBefore: person('a'),
      absorbed: person('x'),
      movedRegistrationIds: [],
      mergedAt: '2026-10-30T00:00:00.000Z',
      undoneAt: null,
    },
  ],
  registrations: registrationsOf([
    checkedIn('a', 'e1'),
    checkedIn('a', 'e2'),
    checkedIn('b', 'e2'),
    ['c', 'e2', 'going', 'no-show'],
    ['c', 'e3', 'going', 'unknown'],
  ]),
  board: DEFAULT_BOARD,
  intros: [
    {
      id: 'i1',
      personIds: ['b', 'c'],
      eventId: 'e2',
      byWhom: '',
      at: '2026-10-28T10:00:00.000Z',
      sparkedAt: '2026-10-30T10:00:00.000Z',
      sparkNote: '',
    },
  ],
  checkIns: [{ eventId: 'e2', energy: 2, hours: 15, word: 'ok', at: '2026-10-28T10:00:00.000Z' }],
  followUps: [
    {
      id: 'f1',
      eventId: 'e2',
      personId: 'b',
      channel: 'email',
      sentOn: '2026-10-28',
      answer: '',
      outcomes: [],
      answeredAt: null,
      createdAt: '2026-10-28T10:00:00.000Z',
    },
  ],
}

describe('computeAllMetrics', () => {
  it('gives the same figures as each metric computed on its own', () => {
    const window = metricWindow('last-event', INPUT.events, NOW)
    const resolve = personResolver(INPUT.people, INPUT.merges)
    const all = computeAllMetrics(INPUT, NOW, 'last-event')
    expect(all.window).toEqual(window)
    expect(all.firstTimeDemoConversion).toEqual(
      firstTimeDemoConversion(INPUT.events, INPUT.registrations, INPUT.demos, window, resolve),
    )
    expect(all.repeatSpeakerRate).toEqual(repeatSpeakerRate(INPUT.events, INPUT.demos, resolve))
    expect(all.collaborationSparks).toEqual(collaborationSparks(INPUT.intros, window))
    expect(all.timeToShip).toEqual(timeToShip(INPUT.events, window))
    expect(all.fatigueIndex).toEqual(fatigueIndex(INPUT.events, INPUT.checkIns))
    expect(all.pipelineCounts).toEqual(pipelineCounts(INPUT.board))
    expect(all.followUpsCompleted).toEqual(
      followUpsCompleted(INPUT.events, INPUT.followUps, 2, window, NOW),
    )
    expect(all.noShowRates).toEqual(noShowRates(INPUT.events, INPUT.registrations))
    expect(all.journeyFunnel).toEqual(journeyFunnel(INPUT, NOW, resolve))
  })

  it('computes the hand-worked figures of the last event (e2, 27 October)', () => {
    const all = computeAllMetrics(INPUT, NOW, 'last-event')
    // b's first event is e2 and b presented there; a first came to e1, before the window.
    expect(all.firstTimeDemoConversion).toEqual(ratio(1, 1, false))
    // a presented at e1 and, as the absorbed x, at e2.
    expect(all.repeatSpeakerRate).toEqual(ratio(1, 2, false))
    // Made on 28 October and sparked on the 30th: both in the window.
    expect(all.collaborationSparks.sparkRate).toEqual(ratio(1, 1, false))
    expect(all.timeToShip.median).toBe(10)
    expect(all.fatigueIndex.value).toBe(60)
    expect(all.followUpsCompleted.inWindow).toEqual(ratio(1, 2, false))
    expect(all.noShowRates.map((entry) => entry.rate?.value ?? null)).toEqual([0, 1 / 3, null])
    // a and b presented; c only no-showed, but is half of a sparked intro.
    expect(all.journeyFunnel.stages.map((entry) => entry.count)).toEqual([0, 0, 0, 0, 3])
    expect(all.forwardMoves.since?.id).toBe('e2')
  })
})
