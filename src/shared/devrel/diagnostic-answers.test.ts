import { describe, expect, it } from 'vitest'
import { saveDiagnosticAnswer } from './diagnostic-answers'

describe('saveDiagnosticAnswer', () => {
  const stored = { 'open-conduct-concern': { answer: 'yes' as const, note: 'One report open' } }

  it.each([
    [
      'stores an answer with its note trimmed, keeping the others',
      'demo-quality-bar',
      { answer: 'yes' as const, note: '  Screened all six ' },
      {
        ...stored,
        'demo-quality-bar': { answer: 'yes', note: 'Screened all six' },
      },
    ],
    [
      'replaces an earlier answer',
      'open-conduct-concern',
      { answer: 'no' as const, note: 'Resolved with both people' },
      { 'open-conduct-concern': { answer: 'no', note: 'Resolved with both people' } },
    ],
    [
      'keeps a note without an answer yet',
      'demo-quality-bar',
      { answer: null, note: 'Ask the screeners' },
      { ...stored, 'demo-quality-bar': { answer: null, note: 'Ask the screeners' } },
    ],
    ['clears with neither', 'open-conduct-concern', { answer: null, note: ' ' }, {}],
  ])('%s', (_name, itemId, answer, expected) => {
    const result = saveDiagnosticAnswer(stored, itemId, answer)
    expect(result.ok && result.answers).toEqual(expected)
  })

  it('refuses a question that is not on the checklist', () => {
    expect(saveDiagnosticAnswer(stored, '__proto__', { answer: 'yes', note: '' })).toEqual({
      ok: false,
      reason: 'This question is not on the checklist.',
    })
  })
})
