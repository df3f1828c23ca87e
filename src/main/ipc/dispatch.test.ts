import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../shared/ipc/contract'
import { bootWorkspace } from '../boot-workspace'
import { dispatch } from './dispatch'

/** Payloads a compromised or buggy renderer might send: wrong types, missing fields, junk. */
const BAD_PAYLOADS: unknown[] = [
  null,
  42,
  'text',
  [],
  { id: 7 },
  { __proto__: { polluted: true } },
  { eventId: '', personId: '', demoId: '', cardId: '' },
]

describe('every IPC channel rejects malformed payloads before any handler runs', () => {
  const directory = mkdtempSync(join(tmpdir(), 'devrel-dispatch-'))
  const { handlers } = bootWorkspace({ directory })
  const filesBefore = () =>
    Object.fromEntries(
      readdirSync(directory)
        .filter((name) => name.endsWith('.json'))
        .map((name) => [name, readFileSync(join(directory, name), 'utf8')]),
    )

  it.each(CHANNELS)('%s', async (channel) => {
    const before = filesBefore()
    for (const payload of BAD_PAYLOADS) {
      // `workspace:load` and `retros:export-all` take no payload: anything else is malformed.
      const result = await dispatch(handlers, channel, payload)
      expect(result.ok, `${channel} accepted ${JSON.stringify(payload)}`).toBe(false)
      if (!result.ok) expect(result.error.code).toBe('invalid-request')
    }
    expect(filesBefore()).toEqual(before)
  })

  it('refuses a channel that is not in the contract', async () => {
    expect(await dispatch(handlers, 'fs:read', { path: '/etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Unknown channel fs:read' },
    })
  })
})
