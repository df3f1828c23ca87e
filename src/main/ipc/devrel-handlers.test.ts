import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DevrelChange } from '../../shared/ipc/channels/devrel'
import type { Retro } from '../../shared/domain/journal-schemas'
import { harvestFrictions } from '../../shared/devrel/friction-harvest'
import { makeEvent, sequentialIds } from '../../shared/testing/factories'
import { bootWorkspace } from '../boot-workspace'
import { dispatch } from './dispatch'
import type { Handlers } from './handler-types'

const NOW = new Date('2026-11-23T12:00:00.000Z')

const RETRO: Retro = {
  eventId: 'e1',
  worked: 'Short slots',
  broke: 'Projector cable missing\nSound in the back rows',
  surprised: '',
  inviteNext: [],
  followUpPicks: [],
  completedAt: null,
  updatedAt: '2026-10-21T10:00:00.000Z',
}

/** A workspace on disk with one past night and its retro, as the app leaves it after a retro. */
function boot(directory = mkdtempSync(join(tmpdir(), 'devrel-feedback-'))) {
  const booted = bootWorkspace({ directory, now: () => NOW, newId: sequentialIds('id') })
  if (booted.repository.read('events').events.length === 0) {
    booted.repository.write('events', { events: [makeEvent({ id: 'e1' })], demos: [] })
    booted.repository.write('journal', {
      retros: [RETRO],
      followUps: [],
      intros: [],
      checkIns: [],
      doorLog: [],
      stageLog: [],
    })
  }
  return { ...booted, directory }
}

async function call<T = DevrelChange>(
  handlers: Handlers,
  channel: string,
  payload: unknown,
): Promise<T> {
  const result = await dispatch(handlers, channel, payload)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

describe('the feedback loop board over real files', () => {
  it('logs a harvested line of a retro once, clusters it, moves it to fix, and keeps it on reopen', async () => {
    const { handlers, repository, directory } = boot()
    const [first, second] = harvestFrictions({ ...repository.snapshot(), frictions: [] })
    expect(first).toMatchObject({ text: 'Projector cable missing', sourceId: 'e1' })
    const draft = { text: first?.text, source: 'retro', sourceId: 'e1' }
    await call(handlers, 'feedback:log-friction', draft)
    expect(await dispatch(handlers, 'feedback:log-friction', draft)).toEqual({
      ok: false,
      error: { code: 'refused', message: 'This friction is already on the board.' },
    })
    const logged = await call(handlers, 'feedback:log-friction', {
      text: second?.text,
      source: 'retro',
      sourceId: 'e1',
    })
    expect(harvestFrictions({ ...repository.snapshot() })).toEqual([])

    const created = await call<DevrelChange & { clusterId: string }>(
      handlers,
      'feedback:create-cluster',
      {
        problem: 'Venue AV is not checked before doors open',
        severity: 3,
        strategicFit: 2,
        frictionIds: logged.frictions.map((friction) => friction.id),
      },
    )
    await call(handlers, 'feedback:move-cluster', { id: created.clusterId, direction: 1 })
    const moved = await call(handlers, 'feedback:move-cluster', {
      id: created.clusterId,
      direction: 1,
    })
    expect(moved.outcome).toBe('“Venue AV is not checked before doors open” moved to Fix')

    const reopened = boot(directory).repository.read('reviews')
    expect(reopened.clusters).toEqual([
      expect.objectContaining({ id: created.clusterId, stage: 'fix', severity: 3 }),
    ])
    expect(reopened.frictions.map((friction) => friction.clusterId)).toEqual([
      created.clusterId,
      created.clusterId,
    ])
  })

  it('refuses a harvested friction whose retro or follow-up does not exist', async () => {
    const { handlers, repository } = boot()
    for (const [source, message] of [
      ['retro', 'That retro no longer exists.'],
      ['follow-up', 'That follow-up no longer exists.'],
    ]) {
      expect(
        await dispatch(handlers, 'feedback:log-friction', { text: 'x', source, sourceId: 'nope' }),
      ).toEqual({ ok: false, error: { code: 'not-found', message } })
    }
    expect(repository.read('reviews').frictions).toEqual([])
  })

  it('removes a cluster and its undo puts it back with its frictions', async () => {
    const { handlers, repository } = boot()
    const logged = await call(handlers, 'feedback:log-friction', {
      text: 'Doors opened late',
      source: 'manual',
      sourceId: null,
    })
    const created = await call<DevrelChange & { clusterId: string }>(
      handlers,
      'feedback:create-cluster',
      {
        problem: 'Venue access',
        severity: 2,
        strategicFit: 2,
        frictionIds: [logged.frictions[0]?.id],
      },
    )
    const before = repository.read('reviews')
    const removed = await call(handlers, 'feedback:remove-cluster', { id: created.clusterId })
    expect(removed.clusters).toEqual([])
    expect(removed.frictions[0]?.clusterId).toBeNull()
    await call(handlers, 'history:undo', { stepId: null })
    expect(repository.read('reviews')).toEqual(before)

    const frictionId = logged.frictions[0]?.id
    const gone = await call(handlers, 'feedback:remove-friction', { id: frictionId })
    expect(gone.frictions).toEqual([])
    await call(handlers, 'history:undo', { stepId: null })
    expect(repository.read('reviews')).toEqual(before)
  })

  it('stores a diagnostic answer beside the monthly reviews, and refuses unknown questions', async () => {
    const { handlers, repository, directory } = boot()
    await call(handlers, 'review:close', {
      month: '2026-11',
      insight: 'Fewer no-shows',
      figures: {},
    })
    await call(handlers, 'diagnostic:answer', {
      itemId: 'open-conduct-concern',
      answer: 'no',
      note: 'Nothing open',
    })
    expect(
      await dispatch(handlers, 'diagnostic:answer', { itemId: 'made-up', answer: 'yes', note: '' }),
    ).toMatchObject({ ok: false, error: { code: 'refused' } })
    const reopened = boot(directory).repository.read('reviews')
    expect(reopened.diagnosticAnswers).toEqual({
      'open-conduct-concern': { answer: 'no', note: 'Nothing open' },
    })
    expect(reopened.reviews).toEqual(repository.read('reviews').reviews)
    expect(reopened.reviews).toHaveLength(1)
  })

  it('undo puts back each removal exactly, and takes nothing from the renderer but a step', async () => {
    const booted = boot()
    const { handlers, repository } = booted
    const logged = await call(handlers, 'feedback:log-friction', {
      text: 'Doors opened late',
      source: 'manual',
      sourceId: null,
    })
    const frictionId = logged.frictions[0]?.id ?? ''
    await call(handlers, 'feedback:create-cluster', {
      problem: 'Venue access',
      severity: 2,
      strategicFit: 2,
      frictionIds: [frictionId],
    })
    const before = repository.read('reviews')
    const { clusters } = await call(handlers, 'feedback:move-cluster', {
      id: before.clusters[0]?.id,
      direction: 1,
    })
    await call(handlers, 'feedback:remove-cluster', { id: clusters[0]?.id })
    await call(handlers, 'feedback:remove-friction', { id: frictionId })
    // A forged cluster beside the step is stripped by the schema: main writes back its own files.
    await call(handlers, 'history:undo', {
      stepId: null,
      cluster: { id: 'c-forged', problem: 'Forged', stage: 'teach' },
    })
    await call(handlers, 'history:undo', { stepId: null })
    await call(handlers, 'history:undo', { stepId: null })
    expect(repository.read('reviews')).toEqual(before)
  })
})
