import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../ipc/channel-names'
import type { Channel, ParsedRequestOf } from '../ipc/contract'
import { emptyWorkspaceFiles, type WorkspaceFiles } from '../schema/workspace'
import { importedRow, makeEvent } from '../testing/factories'
import { HISTORY_RULES, historyEffect, type HistoryChannel } from './history-rules'

const person = (id: string, name: string) => ({
  id,
  name,
  emails: [],
  platformIds: {},
  notes: '',
  createdAt: '2026-01-01T00:00:00.000Z',
})

/** A small workspace with one night, two people and Ada's card in First-timers. */
function workspace(): WorkspaceFiles {
  const files = emptyWorkspaceFiles()
  const [first, ...rest] = files.board.board.columns
  return {
    ...files,
    events: {
      events: [makeEvent({ id: 'e1', title: 'Spring night', status: 'done' })],
      demos: [],
    },
    people: {
      ...files.people,
      people: [person('p1', 'Ada Lovelace'), person('p2', 'Grace Hopper')] as never,
    },
    board: {
      board: {
        columns: [{ ...first!, cardIds: ['c1'] }, ...rest],
        cards: [
          {
            id: 'c1',
            personId: 'p1',
            nextStep: '',
            dueDate: null,
            tags: [],
            createdAt: '2026-01-01T00:00:00.000Z',
            history: [],
          },
        ],
      },
    },
  }
}

const labelOf = <C extends Exclude<Channel, HistoryChannel>>(
  channel: C,
  request: ParsedRequestOf<C>,
): string | null => {
  const effect = historyEffect(channel, request, workspace())
  return effect.kind === 'undoable' ? effect.label : null
}

describe('history labels name what Undo and Redo will do', () => {
  it.each([
    [
      labelOf('pipeline:move-card', { cardId: 'c1', toColumnId: 'quiet-killers', toIndex: 0 }),
      'Move Ada Lovelace to Quiet killers',
    ],
    [
      labelOf('pipeline:move-card', { cardId: 'c1', toColumnId: 'first-timers', toIndex: 0 }),
      'Reorder First-timers worth nurturing',
    ],
    [labelOf('pipeline:remove-card', { cardId: 'c1' }), 'Remove Ada Lovelace from the board'],
    [labelOf('events:set-status', { id: 'e1', status: 'done' }), 'Mark Spring night done'],
    [
      labelOf('events:set-status', { id: 'e1', status: 'planning' }),
      'Move Spring night back to planning',
    ],
    [
      labelOf('attendees:import', {
        eventId: 'e1',
        platform: 'luma',
        fileName: 'spring.csv',
        mapping: {},
        rows: Array.from({ length: 40 }, (_, index) =>
          importedRow(index + 2, { name: `P${index}` }),
        ),
        rowErrors: [],
        duplicatesCollapsed: 0,
      }),
      'Import 40 people into Spring night',
    ],
    [
      labelOf('attendees:merge', { survivorId: 'p1', absorbedId: 'p2' }),
      'Merge Grace Hopper into Ada Lovelace',
    ],
    [
      labelOf('pipeline:shift-column', { columnId: 'warm-intros', direction: -1 }),
      'Move the column Warm intros left',
    ],
    [labelOf('events:create', { title: 'A'.repeat(80) } as never), `Create ${'A'.repeat(47)}…`],
  ])('%s', (label, expected) => {
    expect(label).toBe(expected)
  })

  it('names something that is gone in words, not ids', () => {
    expect(
      labelOf('pipeline:move-card', { cardId: 'gone', toColumnId: 'nowhere', toIndex: 0 }),
    ).toBe('Move a card to a column')
  })
})

describe('every channel has its place in the history', () => {
  it('every channel but undo and redo has a rule', () => {
    const ruled = Object.keys(HISTORY_RULES).sort()
    const channels = CHANNELS.filter((channel) => !channel.startsWith('history:')).sort()
    expect(ruled).toEqual(channels)
  })

  it('only whole-workspace replacements, the first-run choice and a privacy deletion are not undoable', () => {
    const notUndoable = Object.entries(HISTORY_RULES)
      .filter(([, rule]) => rule.kind === 'not-undoable')
      .map(([channel]) => channel)
    expect(notUndoable.sort()).toEqual([
      'attendees:delete-person',
      'workspace:import-file',
      'workspace:restore-backup',
      'workspace:start',
    ])
  })

  it('loading, listing and exporting record nothing', () => {
    const readOnly = Object.entries(HISTORY_RULES)
      .filter(([, rule]) => rule.kind === 'read-only')
      .map(([channel]) => channel)
    expect(readOnly.sort()).toEqual([
      'chat:pulse',
      'retros:export-all',
      'retros:export-pdf',
      'review:export-pdf',
      'workspace:export-file',
      'workspace:list-backups',
      'workspace:load',
    ])
  })
})
