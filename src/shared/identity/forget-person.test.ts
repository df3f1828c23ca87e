import { describe, expect, it } from 'vitest'
import { DEFAULT_BOARD } from '../domain/board-schemas'
import type { Journal } from '../domain/journal-schemas'
import { addCard } from '../pipeline/board-rules'
import { forgetPerson } from './forget-person'

describe('forgetting a deleted person elsewhere', () => {
  it('removes their card, follow-ups, intros and retro picks, and nobody else’s', () => {
    const now = new Date('2026-11-23T12:00:00.000Z')
    let board = DEFAULT_BOARD
    for (const [id, personId] of [
      ['c1', 'gone'],
      ['c2', 'kept'],
    ] as const) {
      const added = addCard(
        board,
        { personId, columnId: 'warm-intros', nextStep: '', dueDate: null },
        { id, now },
      )
      if (!added.ok) throw new Error(added.reason)
      board = added.board
    }
    const journal: Journal = {
      retros: [
        {
          eventId: 'e1',
          worked: '',
          broke: '',
          surprised: '',
          inviteNext: ['gone', 'kept'],
          followUpPicks: [
            { personId: 'gone', why: 'x' },
            { personId: 'kept', why: 'y' },
          ],
          completedAt: null,
          updatedAt: now.toISOString(),
        },
      ],
      followUps: ['gone', 'kept'].map((personId) => ({
        id: `f-${personId}`,
        eventId: 'e1',
        personId,
        channel: '',
        sentOn: null,
        answer: `answer of ${personId}`,
        outcomes: [],
        answeredAt: null,
        createdAt: now.toISOString(),
      })),
      intros: [
        {
          id: 'i1',
          personIds: ['gone', 'kept'],
          eventId: null,
          byWhom: '',
          at: now.toISOString(),
          sparkedAt: null,
          sparkNote: '',
        },
      ],
      checkIns: [],
      doorLog: [],
      stageLog: [],
    }
    const result = forgetPerson(board, journal, 'gone')
    expect(JSON.stringify(result)).not.toContain('gone')
    expect(result.board.columns.find((column) => column.id === 'warm-intros')?.cardIds).toEqual([
      'c2',
    ])
    expect(result.journal.followUps.map((followUp) => followUp.personId)).toEqual(['kept'])
    expect(result.journal.retros[0]?.followUpPicks).toEqual([{ personId: 'kept', why: 'y' }])
  })
})
