import { z } from 'zod'
import type { WorkspaceLoadResult } from '../contract-types'
import { settingsSchema, type Settings } from '../../schema/workspace'

/** The settings an organizer edits; the rest (first-run choice, remembered mappings) the app keeps. */
export const editableSettingsSchema = settingsSchema
  .pick({
    defaultTimeZone: true,
    defaultDemoTarget: true,
    defaultSlotCount: true,
    defaultMinutesPerDemo: true,
    defaultExpectations: true,
    screeningCriteria: true,
    followUpMinimum: true,
  })
  .refine((settings) => settings.defaultDemoTarget <= settings.defaultSlotCount, {
    message: 'The demo target cannot be more than the number of slots',
    path: ['defaultDemoTarget'],
  })
  .refine(
    (settings) =>
      new Set(settings.screeningCriteria.map((criterion) => criterion.id)).size ===
      settings.screeningCriteria.length,
    { message: 'Two screening checks have the same id', path: ['screeningCriteria'] },
  )

/** One automatic backup, as Settings lists it. */
export interface BackupSummary {
  /** The backup's folder name: what `workspace:restore-backup` asks for. */
  name: string
  createdAt: string
  /** Why it was taken: '' (every 10 minutes), 'start', 'before-restore', 'before-import', … */
  label: string
  sizeBytes: number
}

/** The workspace after a restore or an import, and where the previous one was kept. */
export interface WorkspaceReplaced extends WorkspaceLoadResult {
  /** The backup of the workspace as it was before; null when there was nothing to back up. */
  previousBackup: BackupSummary | null
}

export const workspaceRequests = {
  'workspace:load': z.undefined(),
  'workspace:start': z.object({ startWith: z.enum(['sample', 'empty']) }),
  'workspace:update-settings': editableSettingsSchema,
  'workspace:export-file': z.undefined(),
  'workspace:import-file': z.undefined(),
  'workspace:list-backups': z.undefined(),
  'workspace:restore-backup': z.object({ name: z.string().min(1).max(200) }),
} as const

export interface WorkspaceResponses {
  'workspace:load': WorkspaceLoadResult
  'workspace:start': WorkspaceLoadResult
  'workspace:update-settings': Settings
  /** Where the file was written; null when the person cancelled the save dialog. */
  'workspace:export-file': { path: string } | null
  /** Null when the person cancelled the open dialog. */
  'workspace:import-file': (WorkspaceReplaced & { fileName: string }) | null
  /** Newest first. */
  'workspace:list-backups': BackupSummary[]
  'workspace:restore-backup': WorkspaceReplaced
}
