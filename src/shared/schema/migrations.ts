/**
 * Schema versions and migrations. Every file on disk carries `schemaVersion`; a file written by an
 * older app is migrated step by step on open, a file from a newer app is refused untouched.
 * Every schema change adds a step here and a test that loads a fixture of the previous version.
 */
import { z } from 'zod'
import { REGISTRATION_STATUSES } from '../domain/schemas'
import type { StoredForm } from './column-codec'
import { parseStoppingEarly } from './parse-stopping-early'
import { PEOPLE_FILE_FORM } from './people-encoding'
import { REGISTRATIONS_FILE_FORM } from './registrations-encoding'
import {
  DEFAULT_SETTINGS,
  fileSchemas,
  WORKSPACE_FILE_NAMES,
  type WorkspaceFileName,
  type WorkspaceFiles,
} from './workspace'

export const CURRENT_SCHEMA_VERSION = 7

/**
 * One step from `to - 1` to `to`: `up` gets a file's data (without `schemaVersion`) and returns the
 * new shape; `storedForm` changes how a file is written instead, from version `to` on.
 */
export interface Migration {
  to: number
  description: string
  /**
   * The shape a file must have at version `to - 1` for `up` to read it. Checked before `up` runs:
   * a file that does not fit is damaged (and restored from a backup), never half-migrated.
   */
  from?: Partial<Record<WorkspaceFileName, z.ZodType>>
  up: Partial<Record<WorkspaceFileName, (data: Record<string, unknown>) => Record<string, unknown>>>
  /**
   * How these files are written from version `to` on, where it is not their data's JSON as it is
   * (column-codec.ts). A file of a version is read through the form of the newest step at or below
   * it, before any `up` runs, and is written through the form of the current version.
   */
  storedForm?: { [N in WorkspaceFileName]?: StoredForm<WorkspaceFiles[N]> }
  /**
   * Files this version adds: a workspace of an older version has none of them, and opens with them
   * empty (see `filesAtVersion`).
   */
  addsFiles?: readonly WorkspaceFileName[]
}

/**
 * What each old version's files held, as far as the step after it reads them; everything else is
 * checked against the current schema once the file is migrated. Loose: fields a step does not
 * read pass through to that final check.
 */
const record = z.looseObject({})
const VERSION_1 = {
  settings: z.looseObject({ settings: record }),
  events: z.looseObject({ events: z.array(record) }),
}
const VERSION_2 = {
  events: z.looseObject({
    events: z.array(z.looseObject({ gateOverrides: z.array(record).optional() })),
  }),
}

const VERSION_3 = {
  settings: z.looseObject({
    settings: z.looseObject({
      columnMappings: z.record(z.string(), z.record(z.string(), z.string())),
    }),
  }),
}

const VERSION_6 = {
  // Builds from before the version 7 bump wrote the logs already, when they wrote them at all.
  journal: z.looseObject({
    doorLog: z.array(record).optional(),
    stageLog: z.array(record).optional(),
  }),
}

/** Version 3 kept the organizer's status readings among the column mappings, under this prefix. */
const VERSION_3_READINGS_PREFIX = 'status:'
const STATUSES: ReadonlySet<string> = new Set(REGISTRATION_STATUSES)

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 2,
    description: 'Demo Slot Contract: demos, a contract and gate overrides per event, new settings',
    from: VERSION_1,
    up: {
      settings: (data) => ({
        ...data,
        settings: { ...DEFAULT_SETTINGS, ...(data['settings'] as object) },
      }),
      events: (data) => {
        const settings = DEFAULT_SETTINGS
        const events = (data['events'] as Record<string, unknown>[]).map((event) => ({
          ...event,
          // v1 events predate the contract: they start from the defaults, with v1's target.
          demoContract: {
            slotCount: settings.defaultSlotCount,
            minutesPerDemo: settings.defaultMinutesPerDemo,
            expectations: settings.defaultExpectations,
            isWipWelcome: true,
            demoTarget: settings.defaultDemoTarget,
          },
          gateOverrides: [],
          demoTargetMetAt: null,
        }))
        return { ...data, events, demos: [] }
      },
    },
  },
  {
    to: 3,
    description: 'Gate overrides record who passed the gate',
    from: VERSION_2,
    up: {
      events: (data) => ({
        ...data,
        events: (data['events'] as Record<string, unknown>[]).map((event) => ({
          ...event,
          // Overrides from before v3 were recorded without a name; unknown is the honest answer.
          gateOverrides: (
            (event['gateOverrides'] as Record<string, unknown>[] | undefined) ?? []
          ).map((override) => ({ by: '', ...override })),
        })),
      }),
    },
  },
  {
    to: 4,
    description:
      'Statuses maybe, invited and unknown, the Humanitix platform, night links; status readings ' +
      'move from the column mappings to settings of their own',
    from: VERSION_3,
    up: {
      // Version 3 already wrote the new statuses and platform (without a bump); the bump makes
      // an older app refuse these files as newer instead of reading them as damaged.
      settings: (data) => {
        const settings = data['settings'] as Record<string, unknown>
        const mappings = settings['columnMappings'] as Record<string, Record<string, string>>
        const columnMappings: [string, Record<string, string>][] = []
        const statusReadings: [string, Record<string, string>][] = []
        for (const [key, value] of Object.entries(mappings)) {
          if (!key.startsWith(VERSION_3_READINGS_PREFIX)) {
            columnMappings.push([key, value])
            continue
          }
          // Version 3 ignored a stored reading that was no status; it is dropped here the same.
          const readings = Object.entries(value).filter(([, status]) => STATUSES.has(status))
          statusReadings.push([
            key.slice(VERSION_3_READINGS_PREFIX.length),
            Object.fromEntries(readings),
          ])
        }
        return {
          ...data,
          settings: {
            ...settings,
            // fromEntries keeps a `__proto__` key a plain key, as JSON.parse made it.
            columnMappings: Object.fromEntries(columnMappings),
            statusReadings: Object.fromEntries(statusReadings),
          },
        }
      },
    },
  },
  {
    to: 5,
    description:
      "A lean store: registrations (with the imports' undo data) and people written " +
      'column-wise, repeated values stored once; what they hold does not change',
    // The encoding alone changes: a version 4 file holds the data as it is, and its data is
    // already version 5's.
    up: {},
    storedForm: { registrations: REGISTRATIONS_FILE_FORM, people: PEOPLE_FILE_FORM },
  },
  {
    to: 6,
    description:
      'Community pulse: group chats read from their exports, their messages, imports, author ' +
      'links and night observations, in a file of their own (chat.json); the other files do not change',
    // A new file, empty for a workspace of an older version; the bump makes an older app refuse
    // this workspace as newer instead of running without the chats.
    up: {},
    addsFiles: ['chat'],
  },
  {
    to: 7,
    description:
      'The night itself: the door log and the stage log in the journal, what two people met ' +
      'about on an intro, and walk-in registrations of the door platform',
    from: VERSION_6,
    // Only the journal gains data: empty logs. The bump makes an older app refuse these files as
    // newer instead of dropping the logs and intro topics, or calling a walk-in damaged.
    up: {
      journal: (data) => ({
        ...data,
        doorLog: (data['doorLog'] as unknown[] | undefined) ?? [],
        stageLog: (data['stageLog'] as unknown[] | undefined) ?? [],
      }),
    },
  },
]

/** The files a workspace of `version` has: every file less those a later step added. */
export function filesAtVersion(
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
): WorkspaceFileName[] {
  const later = new Set(
    migrations.filter((migration) => migration.to > version).flatMap((m) => m.addsFiles ?? []),
  )
  return WORKSPACE_FILE_NAMES.filter((name) => !later.has(name))
}

export type MigrationResult<N extends WorkspaceFileName> =
  | { kind: 'ok'; data: WorkspaceFiles[N]; migratedFrom: number | null }
  | { kind: 'too-new'; version: number }
  | { kind: 'invalid'; reason: string }

/** Brings one parsed file up to the current schema version and validates it. Pure. */
export function migrateFile<N extends WorkspaceFileName>(
  name: N,
  parsed: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  currentVersion: number = CURRENT_SCHEMA_VERSION,
): MigrationResult<N> {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { kind: 'invalid', reason: 'the file does not hold a JSON object' }
  }
  const { schemaVersion, __internal__: _internal, ...rest } = parsed as Record<string, unknown>
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return { kind: 'invalid', reason: 'the file has no schema version' }
  }
  if (schemaVersion > currentVersion) return { kind: 'too-new', version: schemaVersion }
  let data: Record<string, unknown> = rest
  const form = storedFormAt(name, schemaVersion, migrations)
  if (form !== undefined) {
    const decoded = form.decode(rest)
    if (!decoded.ok) return { kind: 'invalid', reason: decoded.reason }
    data = decoded.data
  }
  for (const migration of migrations) {
    if (migration.to <= schemaVersion || migration.to > currentVersion) continue
    const shape = migration.from?.[name]
    if (shape !== undefined) {
      const fits = parseStoppingEarly(shape, data)
      if (!fits.success) return { kind: 'invalid', reason: describeIssue(fits) }
    }
    try {
      data = migration.up[name]?.(data) ?? data
    } catch (error) {
      // A file the shapes let through but a step still cannot read is damaged too: it is restored
      // from a backup, and the app opens.
      const detail = error instanceof Error ? error.message : String(error)
      return {
        kind: 'invalid',
        reason: `it could not be updated to version ${migration.to} (${detail})`,
      }
    }
  }
  const checked = parseStoppingEarly(fileSchemas[name], data)
  if (!checked.success) return { kind: 'invalid', reason: describeIssue(checked) }
  return {
    kind: 'ok',
    data: checked.data as WorkspaceFiles[N],
    migratedFrom: schemaVersion < currentVersion ? schemaVersion : null,
  }
}

/**
 * A file's data as it is written at the current version, `schemaVersion` first: through the
 * version's stored form where it has one (version 5: registrations and people column-wise).
 */
export function storedFile<N extends WorkspaceFileName>(
  name: N,
  data: WorkspaceFiles[N],
  migrations: readonly Migration[] = MIGRATIONS,
  currentVersion: number = CURRENT_SCHEMA_VERSION,
): Record<string, unknown> {
  const form = storedFormAt(name, currentVersion, migrations)
  return { schemaVersion: currentVersion, ...(form ? form.encode(data) : data) }
}

/** The form a file of `version` is stored in: that of the newest step at or below it, if any. */
function storedFormAt<N extends WorkspaceFileName>(
  name: N,
  version: number,
  migrations: readonly Migration[],
): StoredForm<WorkspaceFiles[N]> | undefined {
  let form: StoredForm<WorkspaceFiles[N]> | undefined
  for (const migration of migrations) {
    const own = migration.storedForm?.[name] as StoredForm<WorkspaceFiles[N]> | undefined
    if (migration.to <= version && own !== undefined) form = own
  }
  return form
}

/** `events.0.title: Invalid input…`: the field first, so the person can find it. */
function describeIssue({ path, message }: { path: PropertyKey[]; message: string }): string {
  return `${path.map(String).join('.') || 'the file'}: ${message}`
}
