import { describe, expect, it } from 'vitest'
import { eventOn } from '../metrics/metric-test-data'
import { answerChecklist, verdictOf, type AnsweredItem } from './diagnostic-checklist'
import { DIAGNOSTIC_ITEMS, type DiagnosticItemId } from './diagnostic-items'
import { emptyInput } from './diagnostic-test-data'

const NOW = new Date('2026-11-23T12:00:00.000Z')

describe('answerChecklist', () => {
  it('answers from the data where it knows, from the organizer elsewhere, and says why', () => {
    const checklist = answerChecklist(
      emptyInput({ events: [eventOn('e1', '2026-11-20')] }),
      {
        'open-conduct-concern': { answer: 'no', note: 'Nothing open' },
        // The data knows this one: a stored answer must not override it.
        'pipeline-moving': { answer: 'yes', note: '' },
        'organizer-fatigue': { answer: 'no', note: 'Slept well' },
      },
      NOW,
    )
    const byId = new Map(
      [...checklist.pause, ...checklist.amplify].map((entry) => [entry.item.id, entry.answer]),
    )
    expect(checklist.pause.map((entry) => entry.item.id)).toEqual(
      DIAGNOSTIC_ITEMS.filter((item) => item.list === 'pause').map((item) => item.id),
    )
    expect(byId.get('open-conduct-concern')).toEqual({
      by: 'organizer',
      answer: 'no',
      note: 'Nothing open',
      whyNotApp: null,
    })
    expect(byId.get('pipeline-moving')).toMatchObject({ by: 'app', answer: 'no' })
    expect(byId.get('organizer-fatigue')).toEqual({
      by: 'organizer',
      answer: 'no',
      note: 'Slept well',
      whyNotApp: 'No organizer check-ins yet.',
    })
    expect(byId.get('demo-quality-bar')).toEqual({
      by: 'organizer',
      answer: null,
      note: '',
      whyNotApp: null,
    })
    // 0 of 10 follow-ups after e1, and its demo target never met.
    expect(checklist.verdict).toMatchObject({
      kind: 'pause',
      reasons: [{ id: 'follow-ups-below-minimum' }, { id: 'demo-target-missed' }],
    })
  })
})

describe('answerChecklist after a first-run import of two past nights', () => {
  // Both nights entered this morning from last months' exports, long after their retro windows:
  // no follow-ups, no demos, a retro written for one since. Nothing the organizer ran in the app.
  const imported = { createdAt: '2026-11-23T09:00:00.000Z' }
  const checklist = answerChecklist(
    emptyInput({
      events: [eventOn('h1', '2026-10-20', imported), eventOn('h2', '2026-11-10', imported)],
      retros: [
        {
          eventId: 'h2',
          worked: '',
          broke: '',
          surprised: '',
          inviteNext: [],
          followUpPicks: [],
          completedAt: '2026-11-23T11:00:00.000Z',
          updatedAt: '2026-11-23T11:00:00.000Z',
        },
      ],
    }),
    {},
    NOW,
  )
  const byId = new Map(
    [...checklist.pause, ...checklist.amplify].map((entry) => [entry.item.id, entry.answer]),
  )

  it.each<[DiagnosticItemId, string]>([
    ['follow-ups-below-minimum', 'organizer'],
    ['demo-target-missed', 'organizer'],
    ['follow-ups-done', 'organizer'],
    ['retro-on-time', 'organizer'],
    ['pipeline-moving', 'app'],
  ])('%s is answered by the %s', (id, by) => {
    expect(byId.get(id)?.by).toBe(by)
  })

  it('does not pause for follow-ups and demo targets nobody owed', () => {
    expect(checklist.verdict.kind).toBe('not-yet')
  })
})

function answered(answers: Partial<Record<DiagnosticItemId, 'yes' | 'no' | null>>): {
  pause: AnsweredItem[]
  amplify: AnsweredItem[]
} {
  const entries = DIAGNOSTIC_ITEMS.map((item): AnsweredItem => ({
    item,
    answer: {
      by: 'organizer',
      // Unless told: no warning sign, every sign of confidence.
      answer:
        answers[item.id] !== undefined
          ? (answers[item.id] ?? null)
          : item.list === 'pause'
            ? 'no'
            : 'yes',
      note: '',
      whyNotApp: null,
    },
  }))
  return {
    pause: entries.filter((entry) => entry.item.list === 'pause'),
    amplify: entries.filter((entry) => entry.item.list === 'amplify'),
  }
}

describe('verdictOf', () => {
  it.each<[string, Partial<Record<DiagnosticItemId, 'yes' | 'no' | null>>, unknown]>([
    ['all clear', {}, { kind: 'amplify' }],
    [
      'one warning sign, even with every sign of confidence',
      { 'organizer-fatigue': 'yes' },
      { kind: 'pause', reasons: [expect.objectContaining({ id: 'organizer-fatigue' })] },
    ],
    [
      'a warning sign wins over open questions',
      { 'organizer-fatigue': 'yes', 'demo-quality-bar': null },
      { kind: 'pause', reasons: [expect.objectContaining({ id: 'organizer-fatigue' })] },
    ],
    [
      'a sign of confidence missing',
      { 'speakers-return': 'no' },
      {
        kind: 'not-yet',
        missing: [expect.objectContaining({ id: 'speakers-return' })],
        unanswered: [],
      },
    ],
    [
      'an unanswered warning sign',
      { 'open-conduct-concern': null },
      {
        kind: 'not-yet',
        missing: [],
        unanswered: [expect.objectContaining({ id: 'open-conduct-concern' })],
      },
    ],
  ])('%s', (_name, answers, verdict) => {
    const { pause, amplify } = answered(answers)
    expect(verdictOf(pause, amplify)).toEqual(verdict)
  })
})
