/**
 * The workspace on disk, split into files by how often they change (DESIGN.md §3): small,
 * often-edited collections apart from the large, import-written people and registrations, so an
 * edit to an event never rewrites 50,000 people.
 */
import { z } from 'zod'
import {
  eventSchema,
  idSchema,
  instantSchema,
  mergeRecordSchema,
  mergeSuggestionSchema,
  personSchema,
  platformSchema,
  registrationSchema,
  timeZoneSchema,
  tombstoneSchema,
} from '../domain/schemas'

export const settingsSchema = z.object({
  /** Time zone new events start in. */
  defaultTimeZone: timeZoneSchema,
  /** Confirmed demos an event needs before it can be announced (DESIGN.md §1.2, X). */
  defaultDemoTarget: z.number().int().min(0).max(50),
  /** Whether the person chose sample data or an empty workspace on first start. */
  startedWith: z.enum(['sample', 'empty']).nullable(),
  /** The column mapping last confirmed per platform: import field → header name. */
  columnMappings: z.record(z.string(), z.record(z.string(), z.string())),
})

export const importRecordSchema = z.object({
  id: idSchema,
  eventId: idSchema,
  fileName: z.string(),
  platform: platformSchema,
  importedAt: instantSchema,
  rowCount: z.number().int().min(0),
  /** Undo data: what this import created and what it overwrote. Pruned for older imports. */
  undo: z
    .object({
      createdPersonIds: z.array(idSchema),
      addedRegistrationIds: z.array(idSchema),
      replacedRegistrations: z.array(registrationSchema),
      previousPeople: z.array(personSchema),
    })
    .nullable(),
  undoneAt: instantSchema.nullable(),
})

export const fileSchemas = {
  settings: z.object({ settings: settingsSchema }),
  events: z.object({ events: z.array(eventSchema) }),
  people: z.object({
    people: z.array(personSchema),
    tombstones: z.array(tombstoneSchema),
    mergeSuggestions: z.array(mergeSuggestionSchema),
    merges: z.array(mergeRecordSchema),
  }),
  registrations: z.object({
    registrations: z.array(registrationSchema),
    imports: z.array(importRecordSchema),
  }),
} as const

export type WorkspaceFileName = keyof typeof fileSchemas
export const WORKSPACE_FILE_NAMES = Object.keys(fileSchemas) as WorkspaceFileName[]
export type WorkspaceFiles = { [name in WorkspaceFileName]: z.infer<(typeof fileSchemas)[name]> }
export type Settings = z.infer<typeof settingsSchema>
export type ImportRecord = z.infer<typeof importRecordSchema>

/** Everything the renderer holds: the union of all files' collections. */
export type WorkspaceSnapshot = WorkspaceFiles['settings'] &
  WorkspaceFiles['events'] &
  WorkspaceFiles['people'] &
  WorkspaceFiles['registrations']

export const DEFAULT_SETTINGS: Settings = {
  defaultTimeZone: 'UTC',
  defaultDemoTarget: 3,
  startedWith: null,
  columnMappings: {},
}

/** An empty workspace, file by file. */
export function emptyWorkspaceFiles(settings: Settings = DEFAULT_SETTINGS): WorkspaceFiles {
  return {
    settings: { settings },
    events: { events: [] },
    people: { people: [], tombstones: [], mergeSuggestions: [], merges: [] },
    registrations: { registrations: [], imports: [] },
  }
}

/** Joins the files into the one snapshot the renderer works with. */
export function toSnapshot(files: WorkspaceFiles): WorkspaceSnapshot {
  return { ...files.settings, ...files.events, ...files.people, ...files.registrations }
}
