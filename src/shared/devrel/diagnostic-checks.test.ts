import { describe, expect, it } from 'vitest'
import { DEFAULT_BOARD, type BoardCard } from '../domain/board-schemas'
import type { FollowUp, Intro, Retro } from '../domain/journal-schemas'
import type { GateOverride } from '../domain/schemas'
import { checkedIn, demoBy, eventOn, registrationsOf } from '../metrics/metric-test-data'
import { APP_CHECKS, type AppCheck } from './diagnostic-checks'
import { diagnosticFacts, type DiagnosticInput } from './diagnostic-facts'
import type { DiagnosticItemId } from './diagnostic-items'
import { emptyInput, peopleNamed } from './diagnostic-test-data'
import { cluster, friction } from './feedback-test-data'

const NOW = new Date('2026-11-23T12:00:00.000Z')

function check(id: DiagnosticItemId, input: DiagnosticInput, now = NOW): AppCheck {
  const run = APP_CHECKS[id]
  if (run === undefined) throw new Error(`${id} has no app check`)
  return run(diagnosticFacts(input, now))
}

function sent(id: string, eventId: string, sentOn: string | null = '2026-11-21'): FollowUp {
  return {
    id,
    eventId,
    personId: `p-${id}`,
    channel: '',
    sentOn,
    answer: '',
    outcomes: [],
    answeredAt: null,
    createdAt: '2026-11-21T10:00:00.000Z',
  }
}

function override(at: string): GateOverride {
  return { id: `o-${at}`, gate: 'announce-demos', reason: 'Sponsor needs the date', at, by: '' }
}

function intro(at: string, sparkedAt: string | null): Intro {
  return { id: at, personIds: ['a', 'b'], eventId: null, byWhom: '', at, sparkedAt, sparkNote: '' }
}

function retro(eventId: string, completedAt: string | null): Retro {
  return {
    eventId,
    worked: '',
    broke: '',
    surprised: '',
    inviteNext: [],
    followUpPicks: [],
    completedAt,
    updatedAt: completedAt ?? '2026-11-21T10:00:00.000Z',
  }
}

function card(id: string, forwardMovesAt: string[]): BoardCard {
  return {
    id,
    personId: `p-${id}`,
    nextStep: '',
    dueDate: null,
    tags: [],
    createdAt: '2026-11-01T10:00:00.000Z',
    history: forwardMovesAt.map((at) => ({
      fromColumnId: 'first-timers',
      toColumnId: 'warm-intros',
      at,
      isForward: true,
    })),
  }
}

const LAST = eventOn('e1', '2026-11-20')
const MET = { demoTargetMetAt: '2026-11-01T10:00:00.000Z' }
/**
 * A past night entered this morning from an old export, after its 48-hour retro window closed:
 * recorded history. Its demos went in with it, so its target counts as met at entry time.
 */
const RECORDED = {
  createdAt: '2026-11-23T09:00:00.000Z',
  demoTargetMetAt: '2026-11-23T09:05:00.000Z',
}
const RECORDED_ONLY =
  'Every night that has ended was recorded afterwards (entered after its 48-hour retro window): ' +
  'none ran through the app yet.'
/** A first-run import: two past nights recorded this morning, one with a retro written since. */
const FIRST_RUN = emptyInput({
  events: [eventOn('h1', '2026-10-20', RECORDED), eventOn('h2', '2026-11-10', RECORDED)],
  retros: [retro('h2', '2026-11-23T11:00:00.000Z')],
})

type Case = [string, DiagnosticInput, AppCheck]

const yes = (evidence: string): AppCheck => ({ isKnown: true, answer: 'yes', evidence })
const no = (evidence: string): AppCheck => ({ isKnown: true, answer: 'no', evidence })
const unknown = (reason: string): AppCheck => ({ isKnown: false, reason })

describe.each<[DiagnosticItemId, Case[]]>([
  [
    'recurring-friction-unfixed',
    [
      ['no clusters', emptyInput(), no('No friction clusters yet.')],
      [
        'two frictions waiting at prioritise',
        emptyInput({
          clusters: [cluster('c1', { stage: 'prioritise', problem: 'Late starts' }), cluster('c2')],
          frictions: [
            friction('a', { clusterId: 'c1' }),
            friction('b', { clusterId: 'c1' }),
            friction('c', { clusterId: 'c2' }),
          ],
        }),
        yes('1 cluster with 2+ frictions not yet at Fix: “Late starts” (2 frictions, Prioritise).'),
      ],
      [
        'the recurring one is being fixed',
        emptyInput({
          clusters: [cluster('c1', { stage: 'fix' }), cluster('c2')],
          frictions: [
            friction('a', { clusterId: 'c1' }),
            friction('b', { clusterId: 'c1' }),
            friction('c', { clusterId: 'c2' }),
          ],
        }),
        no('No cluster with 2+ frictions waits before Fix (2 clusters in all).'),
      ],
    ],
  ],
  [
    'follow-ups-below-minimum',
    [
      [
        'no night ended',
        emptyInput({ events: [eventOn('e9', '2026-12-20')] }),
        unknown('No night has ended yet.'),
      ],
      [
        '3 of 10 sent, one only picked',
        emptyInput({
          events: [LAST],
          followUps: [sent('a', 'e1'), sent('b', 'e1'), sent('c', 'e1'), sent('d', 'e1', null)],
        }),
        yes('3 of 10 follow-ups sent after “Event e1”.'),
      ],
      [
        'the minimum (2) met',
        emptyInput({
          events: [LAST],
          settings: { ...emptyInput().settings, followUpMinimum: 2 },
          followUps: [sent('a', 'e1'), sent('b', 'e1')],
        }),
        no('2 of 2 follow-ups sent after “Event e1”.'),
      ],
      ['only recorded history ended (first run)', FIRST_RUN, unknown(RECORDED_ONLY)],
      [
        // e1 was recorded afterwards and owes none: the last night run in the app is e0
        'the last night was recorded afterwards',
        emptyInput({
          events: [eventOn('e0', '2026-10-20'), eventOn('e1', '2026-11-20', RECORDED)],
          settings: { ...emptyInput().settings, followUpMinimum: 2 },
          followUps: [sent('a', 'e0'), sent('b', 'e0')],
        }),
        no('2 of 2 follow-ups sent after “Event e0”.'),
      ],
    ],
  ],
  [
    'organizer-fatigue',
    [
      ['no check-ins', emptyInput({ events: [LAST] }), unknown('No organizer check-ins yet.')],
      [
        // 50·(5−1)/4 + 30·min(20/20, 1) + 0 = 80
        'energy 1, 20 hours',
        emptyInput({
          events: [LAST],
          checkIns: [
            { eventId: 'e1', energy: 1, hours: 20, word: '', at: '2026-11-21T10:00:00.000Z' },
          ],
        }),
        yes('Fatigue index 80 (mean of the last 1 check-in; warning above 60).'),
      ],
      [
        // (50·3/4 + 30·10/20 = 52.5) and (50·1/4 + 30·4/20 = 18.5) → mean 35.5 → 36
        'two check-ins',
        emptyInput({
          events: [eventOn('e0', '2026-10-20'), LAST],
          checkIns: [
            { eventId: 'e0', energy: 2, hours: 10, word: '', at: '2026-10-21T10:00:00.000Z' },
            { eventId: 'e1', energy: 4, hours: 4, word: '', at: '2026-11-21T10:00:00.000Z' },
          ],
        }),
        no('Fatigue index 36 (mean of the last 2 check-ins; warning above 60).'),
      ],
    ],
  ],
  [
    'demo-target-missed',
    [
      ['no night ended', emptyInput(), unknown('No night has ended yet.')],
      [
        'target met, no override',
        emptyInput({
          events: [
            eventOn('e0', '2026-10-20', { gateOverrides: [override('2026-10-10T10:00:00.000Z')] }),
            eventOn('e1', '2026-11-20', MET),
          ],
        }),
        no('“Event e1” met its demo target of 3; 0 gate overrides on it or the nights after.'),
      ],
      [
        'target never met',
        emptyInput({ events: [LAST] }),
        yes(
          '“Event e1” never met its demo target of 3; 0 gate overrides on it or the nights after.',
        ),
      ],
      [
        'target met, but the next night was announced with an override',
        emptyInput({
          events: [
            eventOn('e1', '2026-11-20', MET),
            eventOn('e2', '2026-12-20', { gateOverrides: [override('2026-11-22T10:00:00.000Z')] }),
          ],
        }),
        yes('“Event e1” met its demo target of 3; 1 gate override on it or the nights after.'),
      ],
      ['only recorded history ended (first run)', FIRST_RUN, unknown(RECORDED_ONLY)],
      [
        // e1's target was "met" when it was recorded; the last night run in the app is e0
        'the last night was recorded afterwards',
        emptyInput({
          events: [eventOn('e0', '2026-10-20'), eventOn('e1', '2026-11-20', RECORDED)],
        }),
        yes(
          '“Event e0” never met its demo target of 3; 0 gate overrides on it or the nights after.',
        ),
      ],
    ],
  ],
  [
    'returning-builders-falling',
    [
      [
        'one night',
        emptyInput({ events: [LAST], registrations: registrationsOf([checkedIn('p1', 'e1')]) }),
        unknown('Needs attendance of at least 2 ended nights.'),
      ],
      [
        // e1 0/2, e2 2/2 = 100%, e3 1/3 = 33%: the last night against the one before
        'a drop from 100% to 33%',
        emptyInput({
          events: [
            eventOn('e1', '2026-09-20'),
            eventOn('e2', '2026-10-20'),
            eventOn('e3', '2026-11-20'),
          ],
          registrations: registrationsOf([
            checkedIn('p1', 'e1'),
            checkedIn('p2', 'e1'),
            checkedIn('p1', 'e2'),
            checkedIn('p2', 'e2'),
            checkedIn('p1', 'e3'),
            checkedIn('p3', 'e3'),
            checkedIn('p4', 'e3'),
          ]),
        }),
        yes('Returning builders 33% at the last night vs 100% at the night before.'),
      ],
      [
        // e1 0%, e2 1/2, e3 2/4, e4 1/4: (50 + 25)/2 = 38% against (0 + 50)/2 = 25%
        'two nights against the two before, rising',
        emptyInput({
          events: ['09-01', '09-20', '10-20', '11-20'].map((day, index) =>
            eventOn(`e${index + 1}`, `2026-${day}`),
          ),
          registrations: registrationsOf([
            checkedIn('p1', 'e1'),
            checkedIn('p2', 'e1'),
            checkedIn('p1', 'e2'),
            checkedIn('p3', 'e2'),
            checkedIn('p1', 'e3'),
            checkedIn('p2', 'e3'),
            checkedIn('p4', 'e3'),
            checkedIn('p5', 'e3'),
            checkedIn('p6', 'e4'),
            checkedIn('p7', 'e4'),
            checkedIn('p8', 'e4'),
            checkedIn('p1', 'e4'),
          ]),
        }),
        no('Returning builders 38% over the last 2 nights vs 25% over the 2 nights before.'),
      ],
    ],
  ],
  [
    'sparks-happening',
    [
      ['no intros', emptyInput(), unknown('No intros made in the last 3 months.')],
      [
        'one of two sparked; one from last year is out of the window',
        emptyInput({
          intros: [
            intro('2026-11-10T10:00:00.000Z', '2026-11-15T10:00:00.000Z'),
            intro('2026-11-11T10:00:00.000Z', null),
            intro('2025-11-11T10:00:00.000Z', '2025-12-01T10:00:00.000Z'),
          ],
        }),
        yes('1 spark and 2 intros made in the last 3 months.'),
      ],
    ],
  ],
  [
    'speakers-return',
    [
      [
        'nobody presented',
        emptyInput({ events: [LAST] }),
        unknown('Nobody has presented a demo yet.'),
      ],
      [
        // p1 at two nights, p2–p4 once: 1 of 4 = 25%
        'one of four presenters came back',
        emptyInput({
          events: [eventOn('e1', '2026-10-20'), eventOn('e2', '2026-11-20')],
          people: peopleNamed('p1', 'p2', 'p3', 'p4'),
          demos: [
            demoBy('p1', 'e1'),
            demoBy('p1', 'e2'),
            demoBy('p2', 'e1'),
            demoBy('p3', 'e2'),
            demoBy('p4', 'e2'),
          ],
        }),
        yes('1 of 4 presenters presented at 2+ nights (25%).'),
      ],
      [
        // two demos at one night are one night
        'nobody came back',
        emptyInput({
          events: [LAST],
          people: peopleNamed('p1', 'p2'),
          demos: [demoBy('p1', 'e1'), { ...demoBy('p1', 'e1'), id: 'again' }, demoBy('p2', 'e1')],
        }),
        no('0 of 2 presenters presented at 2+ nights (0%).'),
      ],
    ],
  ],
  [
    'pipeline-moving',
    [
      [
        'no moves, no night',
        emptyInput(),
        unknown('No night has ended yet: the first cycle starts when one does.'),
      ],
      [
        'no moves since the last night',
        emptyInput({ events: [LAST] }),
        no('0 forward moves since “Event e1” ended (target 3–5).'),
      ],
      [
        // 3 forward moves after e1 ended (2026-11-20 21:00); the one before it belongs to the last cycle
        'three moves this cycle',
        emptyInput({
          events: [LAST],
          board: {
            ...DEFAULT_BOARD,
            cards: [
              card('k1', ['2026-11-19T10:00:00.000Z', '2026-11-21T10:00:00.000Z']),
              card('k2', ['2026-11-22T10:00:00.000Z', '2026-11-23T10:00:00.000Z']),
            ],
          },
        }),
        yes('3 forward moves since “Event e1” ended (target 3–5).'),
      ],
    ],
  ],
  [
    'follow-ups-done',
    [
      [
        'no night in 3 months',
        emptyInput({ events: [eventOn('e0', '2026-01-20')] }),
        unknown('No night ended in the last 3 months.'),
      ],
      [
        // minimum 2: e0 2 sent, e1 1 sent
        'one short',
        emptyInput({
          events: [eventOn('e0', '2026-10-20'), LAST],
          settings: { ...emptyInput().settings, followUpMinimum: 2 },
          followUps: [sent('a', 'e0'), sent('b', 'e0'), sent('c', 'e1')],
        }),
        no(
          '1 of 2 nights of the last 3 months fell short of the minimum of 2 follow-ups: “Event e1” (1 sent).',
        ),
      ],
      [
        // minimum 2: e0 4 sent, e1 none. The window totals (4 of 4) would say yes.
        'totals met, but one night had none',
        emptyInput({
          events: [eventOn('e0', '2026-10-20'), LAST],
          settings: { ...emptyInput().settings, followUpMinimum: 2 },
          followUps: ['a', 'b', 'c', 'd'].map((id) => sent(id, 'e0')),
        }),
        no(
          '1 of 2 nights of the last 3 months fell short of the minimum of 2 follow-ups: “Event e1” (0 sent).',
        ),
      ],
      [
        // minimum 2: e0 1 sent, e0b 3 sent, e1 none; the one from January is out of the window
        'two of three short',
        emptyInput({
          events: [
            eventOn('old', '2026-01-20', { createdAt: '2026-01-01T10:00:00.000Z' }),
            eventOn('e0', '2026-10-20'),
            eventOn('e0b', '2026-11-05'),
            LAST,
          ],
          settings: { ...emptyInput().settings, followUpMinimum: 2 },
          followUps: [sent('a', 'e0'), sent('b', 'e0b'), sent('c', 'e0b'), sent('d', 'e0b')],
        }),
        no(
          '2 of 3 nights of the last 3 months fell short of the minimum of 2 follow-ups: “Event e0” (1 sent), “Event e1” (0 sent).',
        ),
      ],
      [
        'all sent',
        emptyInput({
          events: [LAST],
          settings: { ...emptyInput().settings, followUpMinimum: 1 },
          followUps: [sent('a', 'e1')],
        }),
        yes('The 1 night of the last 3 months met the minimum of 1 follow-up (1 sent).'),
      ],
      [
        // minimum 2: e0 and e1 both met; h1, recorded afterwards with none, owed none
        'every night run in the app met it; a recorded night had none',
        emptyInput({
          events: [eventOn('e0', '2026-10-20'), eventOn('h1', '2026-11-10', RECORDED), LAST],
          settings: { ...emptyInput().settings, followUpMinimum: 2 },
          followUps: ['a', 'b', 'c']
            .map((id) => sent(id, 'e0'))
            .concat([sent('d', 'e1'), sent('e', 'e1')]),
        }),
        yes('All 2 nights of the last 3 months met the minimum of 2 follow-ups (5 sent).'),
      ],
      [
        'only recorded history ended (first run)',
        FIRST_RUN,
        unknown(
          'The nights of the last 3 months were recorded afterwards (entered after their 48-hour retro window): none owed follow-ups.',
        ),
      ],
    ],
  ],
  [
    'retro-on-time',
    [
      ['no night ended', emptyInput(), unknown('No night has ended yet.')],
      [
        // e1 ended 2026-11-20 21:00; done 2026-11-21 21:00 = 24 h
        'done within 48 hours',
        emptyInput({ events: [LAST], retros: [retro('e1', '2026-11-21T21:00:00.000Z')] }),
        yes('Retro of “Event e1” done 24 h after the night (due within 48 h).'),
      ],
      [
        // ended 2026-11-18 21:00, due 11-20 21:00, now 11-23 12:00: 63 h late = 2 whole days
        'not done, 63 hours past the deadline',
        emptyInput({ events: [eventOn('e0', '2026-11-18')], retros: [retro('e0', null)] }),
        no('Retro of “Event e0”: late by 2 days, not done.'),
      ],
      [
        // the last night's retro is still inside its 48 h: judge the one before, which was late
        'the newest still due',
        emptyInput({
          events: [eventOn('e0', '2026-10-20'), eventOn('e1', '2026-11-22')],
          retros: [retro('e0', '2026-10-25T10:00:00.000Z')],
        }),
        no(
          'Retro of “Event e0” done 109 h after the night (due within 48 h). “Event e1”: 33 h 0 min left.',
        ),
      ],
      // h2's optional retro, written today, is neither on time nor late.
      ['only recorded history ended (first run)', FIRST_RUN, unknown(RECORDED_ONLY)],
      [
        // h1 was recorded afterwards (its retro optional); the last retro owed is e0's, on time
        'the last night was recorded afterwards',
        emptyInput({
          events: [eventOn('e0', '2026-10-20'), eventOn('h1', '2026-11-20', RECORDED)],
          retros: [
            retro('e0', '2026-10-21T21:00:00.000Z'),
            retro('h1', '2026-11-23T10:00:00.000Z'),
          ],
        }),
        yes('Retro of “Event e0” done 24 h after the night (due within 48 h).'),
      ],
    ],
  ],
])('%s', (id, cases) => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(check(id, input)).toEqual(expected)
  })
})

describe('same questions every week (answered from the group chats)', () => {
  const asked = (week: number) => ({
    key: `k${week}`,
    chatId: 'c1',
    at: `2026-10-${String(1 + week * 7).padStart(2, '0')}T10:00:00.000Z`,
    author: 'Ana',
    text: 'Where do we park?',
    similarity: 1,
  })

  it.each<[string, DiagnosticInput['recurringQuestions'], AppCheck]>([
    [
      'no chat imported',
      null,
      { isKnown: false, reason: 'No group chat imported: import its export to know.' },
    ],
    [
      'no question came back',
      [],
      {
        isKnown: true,
        answer: 'no',
        evidence: 'No question in the group chats came back in another week.',
      },
    ],
    [
      'the parking question, three weeks running',
      [{ question: 'Where do we park?', weeks: 3, messages: [asked(0), asked(1), asked(2)] }],
      {
        isKnown: true,
        answer: 'yes',
        evidence:
          '1 question asked again across weeks: “Where do we park?” (3 times over 3 weeks).',
      },
    ],
  ])('%s', (_case, recurringQuestions, expected) => {
    expect(check('same-questions-every-week', { ...emptyInput(), recurringQuestions })).toEqual(
      expected,
    )
  })
})
