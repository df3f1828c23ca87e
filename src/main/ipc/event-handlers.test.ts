import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Event } from '../../shared/domain/schemas'
import { buildSampleWorkspace } from '../../shared/sample/sample-workspace'
import { WORKSPACE_FILE_NAMES } from '../../shared/schema/workspace'
import { sequentialIds } from '../../shared/testing/factories'
import { bootWorkspace } from '../boot-workspace'
import { dispatch } from './dispatch'

const NOW = new Date('2026-11-23T12:00:00.000Z')

/** The sample chapter, whose last night (#14) has no retro yet: the plan gate is closed. */
function sampleBoot() {
  const directory = mkdtempSync(join(tmpdir(), 'devrel-events-'))
  let clock = NOW.getTime()
  const booted = bootWorkspace({
    directory,
    now: () => new Date((clock += 60_000)),
    newId: sequentialIds('id'),
  })
  const sample = buildSampleWorkspace(NOW)
  for (const name of WORKSPACE_FILE_NAMES) booted.repository.write(name, sample[name] as never)
  return booted
}

const night = (date: string) => ({
  title: 'AI Demo Night (from an old export)',
  start: `${date}T18:30`,
  end: `${date}T21:30`,
  timeZone: 'Europe/Berlin',
  venue: '',
  city: 'Berlin',
  capacity: null,
})

async function message(result: ReturnType<typeof dispatch>): Promise<string> {
  const settled = await result
  return settled.ok ? 'allowed' : settled.error.message
}

describe('a night recorded after it happened', () => {
  it('is created as done past the plan gate, but cannot then be moved into the future', async () => {
    const { handlers, repository } = sampleBoot()
    expect(await message(dispatch(handlers, 'events:create', night('2026-12-18')))).toMatch(
      /^The retro for .* is not done/,
    )
    const created = await dispatch(handlers, 'events:create', night('2025-06-12'))
    if (!created.ok) throw new Error(created.error.message)
    const event = created.value as Event
    expect(event.status).toBe('done')

    expect(
      await message(
        dispatch(handlers, 'events:update', { id: event.id, draft: night('2026-12-18') }),
      ),
    ).toBe(
      '“AI Demo Night (from an old export)” is done, so it cannot move to a date still to come. Create a new event for the next night.',
    )
    // Another past date is a correction, and fine.
    await dispatch(handlers, 'events:update', { id: event.id, draft: night('2025-06-19') })
    const stored = repository.read('events').events.find((entry) => entry.id === event.id)
    expect(stored?.start).toBe('2025-06-19T18:30')
  })

  it('a night marked done before its scheduled end can still have its title corrected', async () => {
    const { handlers, repository } = sampleBoot()
    // Tonight, 16:00–22:00 Berlin; the clock is at 13:00 Berlin: it has not ended.
    const tonight = { ...night('2026-11-23'), start: '2026-11-23T16:00', end: '2026-11-23T22:00' }
    const created = await dispatch(handlers, 'events:create', {
      ...tonight,
      planOverrideReason: 'The retro of #14 is on the agenda tomorrow',
    })
    if (!created.ok) throw new Error(created.error.message)
    const { id } = created.value as Event
    const event = repository.read('events').events.find((entry) => entry.id === id) as Event
    repository.write('events', {
      ...repository.read('events'),
      events: repository
        .read('events')
        .events.map((entry) => (entry.id === id ? { ...event, status: 'done' as const } : entry)),
    })
    const renamed = { ...tonight, title: 'AI Demo Night, wrapped early' }
    expect(await message(dispatch(handlers, 'events:update', { id, draft: renamed }))).toBe(
      'allowed',
    )
  })

  it('cannot reach announced by stepping back from done without passing the announce gate', async () => {
    const { handlers } = sampleBoot()
    const created = await dispatch(handlers, 'events:create', night('2025-06-12'))
    if (!created.ok) throw new Error(created.error.message)
    const { id } = created.value as Event
    expect(await message(dispatch(handlers, 'events:set-status', { id, status: 'live' }))).toBe(
      'allowed',
    )
    expect(
      await message(dispatch(handlers, 'events:set-status', { id, status: 'announced' })),
    ).toMatch(/^0 of 3 demos confirmed — cannot announce yet/)
  })
})
