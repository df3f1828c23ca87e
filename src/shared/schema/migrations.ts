/**
 * Schema versions and migrations. Every file on disk carries `schemaVersion`; a file written by an
 * older app is migrated step by step on open, a file from a newer app is refused untouched.
 * Every schema change adds a step here and a test that loads a fixture of the previous version.
 */
import {
  DEFAULT_SETTINGS,
  fileSchemas,
  type WorkspaceFileName,
  type WorkspaceFiles,
} from './workspace'

export const CURRENT_SCHEMA_VERSION = 3

/** One step from `to - 1` to `to`; gets the file's data (without `schemaVersion`) and returns the new shape. */
export interface Migration {
  to: number
  description: string
  up: Partial<Record<WorkspaceFileName, (data: Record<string, unknown>) => Record<string, unknown>>>
}

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 2,
    description: 'Demo Slot Contract: demos, a contract and gate overrides per event, new settings',
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
]

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
  for (const migration of migrations) {
    if (migration.to <= schemaVersion || migration.to > currentVersion) continue
    data = migration.up[name]?.(data) ?? data
  }
  const checked = fileSchemas[name].safeParse(data)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    return {
      kind: 'invalid',
      reason: `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'does not match the schema'}`,
    }
  }
  return {
    kind: 'ok',
    data: checked.data as WorkspaceFiles[N],
    migratedFrom: schemaVersion < currentVersion ? schemaVersion : null,
  }
}
