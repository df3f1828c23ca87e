/**
 * A workspace for the community pulse specs, written to the test's folder before the app opens:
 * the Leeds Builders nights the chat fixtures talk about (tests/fixtures/chat), the demo of the
 * second night, a next night in planning, and the people the chat's authors may be.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { storedFile } from '../../../src/shared/schema/migrations'
import {
  DEFAULT_SETTINGS,
  emptyWorkspaceFiles,
  WORKSPACE_FILE_NAMES,
} from '../../../src/shared/schema/workspace'
import { makeDemo, makeEvent, makePerson } from '../../../src/shared/testing/factories'

export const HARDWARE_NIGHT = 'Leeds Builders #11 — Hardware hack'
export const RUST_NIGHT = 'Leeds Builders #12 — Rust on a Pi'
export const NEXT_NIGHT = 'Leeds Builders #13 — Agents'

export function writeChatWorkspace(directory: string): void {
  const files = emptyWorkspaceFiles({
    ...DEFAULT_SETTINGS,
    defaultTimeZone: 'Europe/London',
    startedWith: 'empty',
  })
  const done = (at: string) => ({
    status: 'done' as const,
    statusHistory: [{ status: 'done' as const, at }],
  })
  files.events = {
    events: [
      makeEvent({
        id: 'night11',
        title: HARDWARE_NIGHT,
        start: '2024-02-24T18:00',
        end: '2024-02-24T21:00',
        timeZone: 'Europe/London',
        createdAt: '2024-01-20T10:00:00.000Z',
        ...done('2024-02-24T21:00:00.000Z'),
      }),
      makeEvent({
        id: 'night12',
        title: RUST_NIGHT,
        start: '2024-03-05T18:30',
        end: '2024-03-05T21:30',
        timeZone: 'Europe/London',
        createdAt: '2024-02-01T10:00:00.000Z',
        ...done('2024-03-05T21:30:00.000Z'),
      }),
      makeEvent({
        id: 'night13',
        title: NEXT_NIGHT,
        start: '2099-04-02T18:30',
        end: '2099-04-02T21:30',
        timeZone: 'Europe/London',
        createdAt: '2024-03-08T10:00:00.000Z',
        status: 'planning',
        statusHistory: [],
      }),
    ],
    demos: [
      makeDemo('demo1', 'presented', {
        eventId: 'night12',
        personId: 'marta',
        title: 'Rust on a Pi',
      }),
    ],
  }
  files.people = {
    ...files.people,
    people: [
      makePerson('marta', { name: 'Marta Nowak' }),
      makePerson('lena', { name: 'Lena Fischer' }),
      makePerson('sam', { name: 'Sam Okafor' }),
    ],
  }
  for (const name of WORKSPACE_FILE_NAMES) {
    writeFileSync(join(directory, `${name}.json`), JSON.stringify(storedFile(name, files[name])))
  }
}
