/**
 * Undo puts back main's own copy of what it removed. A restore request names an item; anything
 * main did not remove this session (an invented event, a card from elsewhere) is refused.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Event } from '../../shared/domain/schemas'
import { buildSampleWorkspace, sampleEventId } from '../../shared/sample/sample-workspace'
import { WORKSPACE_FILE_NAMES } from '../../shared/schema/workspace'
import { sequentialIds } from '../../shared/testing/factories'
import { bootWorkspace } from '../boot-workspace'
import { dispatch } from './dispatch'

const NOW = new Date('2026-11-23T12:00:00.000Z')

function sampleBoot() {
  const directory = mkdtempSync(join(tmpdir(), 'devrel-restore-'))
  let clock = NOW.getTime()
  const booted = bootWorkspace({
    directory,
    now: () => new Date((clock += 60_000)),
    newId: sequentialIds('id'),
  })
  const sample = buildSampleWorkspace(NOW)
  for (const name of WORKSPACE_FILE_NAMES) booted.repository.write(name, sample[name] as never)
  return { ...booted, sample, directory }
}

async function refusal(result: Promise<{ ok: boolean; error?: { message: string } }>) {
  const settled = await result
  return settled.ok ? 'allowed' : settled.error?.message
}

describe('restoring what was removed', () => {
  it('puts a deleted event back exactly as it was, at its place, once', async () => {
    const { handlers, repository } = sampleBoot()
    const id = sampleEventId(14)
    const before = repository.read('events').events
    const deleted = await dispatch(handlers, 'events:delete', { id })
    if (!deleted.ok) throw new Error(deleted.error.message)
    const { index } = deleted.value as { index: number }

    const restored = await dispatch(handlers, 'events:restore', { id, index })
    expect(restored.ok).toBe(true)
    expect(repository.read('events').events).toEqual(before)
    expect(await refusal(dispatch(handlers, 'events:delete', { id }))).toBe('allowed')
    // A second undo of the same deletion, or of one that never happened, is refused.
    expect(await refusal(dispatch(handlers, 'events:restore', { id, index }))).toBe('allowed')
    expect(await refusal(dispatch(handlers, 'events:restore', { id, index }))).toBe(
      'That event is already there.',
    )
    expect(await refusal(dispatch(handlers, 'events:restore', { id: 'invented', index: 0 }))).toBe(
      'Only an event deleted here can be restored.',
    )
  })

  it('a restore cannot smuggle in an event: main ignores everything but the id', async () => {
    const { handlers, repository } = sampleBoot()
    const id = sampleEventId(15)
    const original = repository.read('events').events.find((event) => event.id === id) as Event
    await dispatch(handlers, 'events:delete', { id })
    // Extra fields are stripped by the schema; the event comes back as main stored it.
    await dispatch(handlers, 'events:restore', {
      id,
      index: 0,
      event: { ...original, status: 'announced' },
    })
    const back = repository.read('events').events.find((event) => event.id === id)
    expect(back?.status).toBe(original.status)
  })

  it('puts a removed board card back in its column and place, and refuses unknown cards', async () => {
    const { handlers, repository } = sampleBoot()
    const board = repository.read('board').board
    const column = board.columns.find((candidate) => candidate.cardIds.length >= 2)
    const cardId = column?.cardIds[1] ?? ''
    await dispatch(handlers, 'pipeline:remove-card', { cardId })
    expect(repository.read('board').board).not.toEqual(board)

    await dispatch(handlers, 'pipeline:restore-card', { cardId })
    const back = repository.read('board').board
    // Same columns in the same order; the card list is a set, so its order is not compared.
    expect(back.columns).toEqual(board.columns)
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
    expect([...back.cards].sort(byId)).toEqual([...board.cards].sort(byId))
    expect(await refusal(dispatch(handlers, 'pipeline:restore-card', { cardId: 'invented' }))).toBe(
      'Only a card removed here can be put back.',
    )
  })

  it('never brings back a card or a follow-up of someone deleted at their request since', async () => {
    const { handlers, repository } = sampleBoot()
    const card = repository.read('board').board.cards[0]
    if (card === undefined) throw new Error('the sample has cards')
    const picked = await dispatch(handlers, 'followups:pick', {
      eventId: sampleEventId(14),
      personId: card.personId,
    })
    if (!picked.ok) throw new Error(picked.error.message)
    const followUpId = (
      picked.value as { journal: { followUps: { id: string }[] } }
    ).journal.followUps.at(-1)?.id
    await dispatch(handlers, 'pipeline:remove-card', { cardId: card.id })
    await dispatch(handlers, 'followups:remove', { id: followUpId })
    await dispatch(handlers, 'attendees:delete-person', { personId: card.personId })

    expect(await refusal(dispatch(handlers, 'pipeline:restore-card', { cardId: card.id }))).toBe(
      'This person was deleted, so their card cannot come back.',
    )
    expect(await refusal(dispatch(handlers, 'followups:restore', { id: followUpId }))).toBe(
      'This person was deleted, so their follow-up cannot come back.',
    )
    const onDisk = JSON.stringify([repository.read('board'), repository.read('journal')])
    expect(onDisk).not.toContain(card.personId)
  })
})
