import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Event } from '../../shared/domain/schemas'
import { DEFAULT_SETTINGS } from '../../shared/schema/workspace'
import { bootWorkspace } from '../boot-workspace'
import { dispatch } from './dispatch'

const edited = {
  defaultTimeZone: 'Europe/Berlin',
  defaultDemoTarget: 4,
  defaultSlotCount: 8,
  defaultMinutesPerDemo: 5,
  defaultExpectations: 'Live, or a recording of it running.',
  screeningCriteria: [{ id: 'runs', label: 'It runs' }],
  followUpMinimum: 12,
}

describe('settings', () => {
  it('saves the defaults, keeps what the app manages, and new events start from them', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'devrel-settings-'))
    const { handlers } = bootWorkspace({ directory })
    expect(await dispatch(handlers, 'workspace:update-settings', edited)).toMatchObject({
      ok: true,
    })

    const reopened = bootWorkspace({ directory })
    expect(reopened.repository.snapshot().settings).toEqual({
      ...DEFAULT_SETTINGS,
      ...edited,
    })
    const created = await dispatch(reopened.handlers, 'events:create', {
      title: 'Night',
      start: '2026-12-17T18:30',
      end: '2026-12-17T21:30',
      timeZone: 'Europe/Berlin',
      venue: '',
      city: '',
      capacity: null,
    })
    expect(created.ok && (created.value as Event).demoContract).toMatchObject({
      slotCount: 8,
      minutesPerDemo: 5,
      demoTarget: 4,
    })
  })

  it('refuses a target above the slot count and writes nothing', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'devrel-settings-'))
    const { handlers, repository } = bootWorkspace({ directory })
    const result = await dispatch(handlers, 'workspace:update-settings', {
      ...edited,
      defaultDemoTarget: 9,
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: 'defaultDemoTarget: The demo target cannot be more than the number of slots',
      },
    })
    expect(repository.snapshot().settings).toEqual(DEFAULT_SETTINGS)
  })
})
