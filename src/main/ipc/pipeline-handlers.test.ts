import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Board } from '../../shared/domain/board-schemas'
import { buildSampleWorkspace } from '../../shared/sample/sample-workspace'
import { WORKSPACE_FILE_NAMES } from '../../shared/schema/workspace'
import { sequentialIds } from '../../shared/testing/factories'
import { bootWorkspace } from '../boot-workspace'
import { dispatch } from './dispatch'

let clock = Date.parse('2026-11-23T12:00:00.000Z')
const now = (): Date => new Date((clock += 60_000))

describe('pipeline handlers', () => {
  it('adds a person, moves them forward, and keeps the move after a restart without touching people.json', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'devrel-board-'))
    const first = bootWorkspace({ directory, now, newId: sequentialIds('id') })
    const sample = buildSampleWorkspace(new Date('2026-11-23T12:00:00.000Z'))
    for (const name of WORKSPACE_FILE_NAMES) first.repository.write(name, sample[name] as never)
    const personId = sample.people.people[0]?.id
    const peopleFile = join(directory, 'people.json')
    const before = statSync(peopleFile).mtimeMs

    const added = await dispatch(first.handlers, 'pipeline:add-card', {
      personId,
      columnId: 'first-timers',
      nextStep: 'Ask about the voice agent',
      dueDate: '2026-12-01',
    })
    if (!added.ok) throw new Error(added.error.message)
    const { cardId } = added.value as { cardId: string }
    const moved = await dispatch(first.handlers, 'pipeline:move-card', {
      cardId,
      toColumnId: 'demo-candidates',
      toIndex: 0,
    })
    expect(moved).toMatchObject({
      ok: true,
      value: { outcome: 'One step forward: “Potential demo candidates”' },
    })

    const { board } = bootWorkspace({ directory, now }).repository.snapshot() as { board: Board }
    expect(board.columns.find((column) => column.id === 'demo-candidates')?.cardIds[0]).toBe(cardId)
    expect(
      board.cards
        .find((card) => card.id === cardId)
        ?.history.map((move) => [move.toColumnId, move.isForward]),
    ).toEqual([
      ['first-timers', false],
      ['demo-candidates', true],
    ])
    expect(statSync(peopleFile).mtimeMs).toBe(before)
  })

  it('refuses a card for someone not in the workspace', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'devrel-board-'))
    const { handlers } = bootWorkspace({ directory, now })
    const result = await dispatch(handlers, 'pipeline:add-card', {
      personId: 'nobody',
      columnId: 'first-timers',
      nextStep: '',
      dueDate: null,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})
