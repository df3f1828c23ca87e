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

export const workspaceRequests = {
  'workspace:load': z.undefined(),
  'workspace:start': z.object({ startWith: z.enum(['sample', 'empty']) }),
  'workspace:update-settings': editableSettingsSchema,
} as const

export interface WorkspaceResponses {
  'workspace:load': WorkspaceLoadResult
  'workspace:start': WorkspaceLoadResult
  'workspace:update-settings': Settings
}
