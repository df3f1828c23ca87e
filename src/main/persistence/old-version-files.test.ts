/**
 * Opening files an older DevRel OS wrote, when they are not what that version wrote (issue 14:
 * `{"schemaVersion":1,"events":null}` stopped the app from starting although a good backup
 * existed), and when a crash stopped a migration halfway through rewriting them.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema/migrations'
import { toSnapshot, type WorkspaceFiles } from '../../shared/schema/workspace'
import { makeEvent } from '../../shared/testing/factories'
import { everythingVersion3Held, version3Files } from '../../shared/testing/version-3-workspace'
import { openWorkspace } from './workspace-repository'

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures')
const freshDirectory = (): string => mkdtempSync(join(tmpdir(), 'devrel-old-files-'))
let clock = Date.parse('2026-11-23T12:00:00.000Z')
const now = (): Date => new Date((clock += 1000))
const event = makeEvent({ id: 'e1', title: 'AI Demo Night #1' })

describe('an old-version file that does not fit its version', () => {
  it.each([
    ['events that are null', 'events', '{"schemaVersion":1,"events":null}', /events: .*array/],
    ['events that are text', 'events', '{"schemaVersion":1,"events":"abc"}', /events: .*array/],
    [
      'gate overrides that are text',
      'events',
      '{"schemaVersion":2,"events":[{"id":"x","gateOverrides":"abc"}],"demos":[]}',
      /events\.0\.gateOverrides: .*array/,
    ],
    ['settings that are text', 'settings', '{"schemaVersion":1,"settings":"abc"}', /settings: /],
  ])('%s: moved aside and restored from a backup, and the app opens', (_case, name, text, why) => {
    const directory = freshDirectory()
    const first = openWorkspace({ directory, now })
    first.repository.write('events', { events: [event], demos: [] })
    const settings = first.repository.read('settings')
    first.repository.write('settings', settings)
    first.repository.backup()
    writeFileSync(join(directory, `${name}.json`), text)

    const { repository, notices } = openWorkspace({ directory, now })
    expect(repository.snapshot().events).toEqual([event])
    expect(repository.read('settings')).toEqual(settings)
    expect(notices).toMatchObject([{ level: 'warning', title: `Restored ${name} from a backup` }])
    expect(notices[0]?.detail).toMatch(why)
    const moved = readdirSync(join(directory, 'corrupt'))
    expect(moved).toHaveLength(1)
    expect(readFileSync(join(directory, 'corrupt', moved[0] ?? ''), 'utf8')).toBe(text)
    expect(openWorkspace({ directory, now }).notices).toEqual([])
  })
})

/** Writes the files version 3 would have written for this workspace into `directory`. */
function writeVersion3Workspace(directory: string, files: WorkspaceFiles): void {
  for (const [name, content] of Object.entries(version3Files(files))) {
    writeFileSync(join(directory, `${name}.json`), JSON.stringify(content, null, 2))
  }
}

/** Each old version's workspace, copied into `directory` as that version left it. */
const OLD_WORKSPACES: [string, (directory: string) => void][] = [
  ['1', (directory) => cpSync(join(FIXTURES, 'workspace-v1'), directory, { recursive: true })],
  [
    '3',
    (directory) =>
      writeVersion3Workspace(directory, everythingVersion3Held(new Date('2026-11-23T12:14:00Z'))),
  ],
]

describe('opening a workspace written by schema version 3', () => {
  it('moves the status readings to their own settings and changes nothing else', () => {
    const current = everythingVersion3Held(new Date('2026-11-23T12:14:00Z'))
    const directory = freshDirectory()
    writeVersion3Workspace(directory, current)
    const { repository, notices } = openWorkspace({ directory, now })
    expect(repository.snapshot()).toEqual(toSnapshot(current))
    expect(repository.snapshot().settings.statusReadings).toEqual({
      'google-forms:willyouattend?': { 'no, online only': 'declined', tbc: 'maybe' },
      'humanitix:status': { 'on hold': 'waitlist' },
    })
    expect(notices.map(({ title }) => title)).toEqual(['Workspace updated to the new format'])
    const onDisk = JSON.parse(readFileSync(join(directory, 'settings.json'), 'utf8'))
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(Object.keys(onDisk.settings.columnMappings)).toEqual(['google-forms', 'humanitix'])
    expect(openWorkspace({ directory, now }).notices).toEqual([])
  })
})

describe('a migration a crash stopped halfway', () => {
  // Opening migrates and rewrites the files one by one (settings, events, people, registrations);
  // a crash after `written` of them leaves those at the current version and the rest at the old.
  describe.each(OLD_WORKSPACES)('from version %s', (_version, copyOld) => {
    it.each([1, 2, 3])(
      'with %i of the files rewritten, the next open finishes it: the same workspace as one go',
      (written) => {
        const whole = freshDirectory()
        copyOld(whole)
        const expected = openWorkspace({ directory: whole, now }).repository.snapshot()

        const directory = freshDirectory()
        copyOld(directory)
        const rewritten = ['settings', 'events', 'people', 'registrations'].slice(0, written)
        for (const name of rewritten) {
          cpSync(join(whole, `${name}.json`), join(directory, `${name}.json`))
        }

        const { repository, notices } = openWorkspace({ directory, now })
        expect(repository.snapshot()).toEqual(expected)
        expect(notices.map(({ title }) => title)).toEqual(['Workspace updated to the new format'])
        for (const name of rewritten) expect(notices[0]?.detail).not.toContain(`${name}.json`)
        expect(openWorkspace({ directory, now }).notices).toEqual([])
      },
    )
  })
})
