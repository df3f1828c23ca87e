/**
 * The attendees channels: committing an import the renderer has parsed and mapped, undoing it,
 * and the people operations of DESIGN.md §1.3 (merge, unmerge, dismiss, notes, delete).
 *
 * The file is read and parsed in a renderer worker, so main receives rows, not bytes: the heavy
 * parse never blocks main, and the preview the organizer corrected is exactly what is written.
 */
import { z } from 'zod'
import { TEXT_LIMITS } from '../../domain/limits'
import {
  attendanceSchema,
  idSchema,
  platformSchema,
  registrationStatusSchema,
} from '../../domain/schemas'
import type { ImportReport } from '../../identity/apply-import'

export const importedRowSchema = z.object({
  line: z.number().int().min(1),
  name: z.string(),
  email: z.string(),
  platformPersonId: z.string(),
  sourceKey: z.string(),
  status: registrationStatusSchema,
  attendance: attendanceSchema,
  ticketType: z.string(),
  registeredAt: z.string(),
  answers: z.record(z.string(), z.string()),
})

export const importRequestSchema = z.object({
  eventId: idSchema,
  platform: platformSchema,
  fileName: z.string().max(500),
  /** The mapping the organizer confirmed; remembered for the platform's next import. */
  mapping: z.record(z.string(), z.string()),
  rows: z.array(importedRowSchema),
  rowErrors: z.array(z.object({ line: z.number().int().min(1), reason: z.string() })),
  duplicatesCollapsed: z.number().int().min(0),
  /** The event was created for this import (a night read from the file): undo removes it. */
  isEventCreated: z.boolean().optional(),
  /** The organizer's reading of the status column's values; remembered for the platform's question. */
  statusReadings: z
    .object({
      column: z.string().max(1000),
      readings: z.record(z.string().max(1000), registrationStatusSchema),
    })
    .optional(),
})

export type ImportRequest = z.infer<typeof importRequestSchema>

/**
 * What each attendee operation answers beyond the files it wrote: those travel in the result's
 * `changes` (see IpcResult), so a reply never re-sends a file the request did not touch.
 */
export interface ImportCommitted {
  report: ImportReport
}

export interface ImportUndone {
  /** The event the import had created, removed with it because nothing else was added to it. */
  removedEventId: string | null
}

export interface NightLinksChanged {
  changed: number
}

export interface PersonDeleted {
  registrationsRemoved: number
}

export const attendeesRequests = {
  'attendees:import': importRequestSchema,
  'attendees:undo-import': z.object({ importId: idSchema }),
  'attendees:merge': z.object({ survivorId: idSchema, absorbedId: idSchema }),
  'attendees:unmerge': z.object({ mergeId: idSchema }),
  'attendees:dismiss-suggestion': z.object({ suggestionId: idSchema }),
  'attendees:set-notes': z.object({
    personId: idSchema,
    notes: z.string().max(TEXT_LIMITS.personNotes),
  }),
  'attendees:delete-person': z.object({ personId: idSchema }),
  /**
   * Takes back (`linked: false`) or puts back the import's links by name within one night: the
   * given registrations' links, or all of them with `null`.
   */
  'attendees:set-night-links': z.object({
    importId: idSchema,
    registrationIds: z.array(idSchema).nullable(),
    linked: z.boolean(),
  }),
} as const

export interface AttendeesResponses {
  'attendees:import': ImportCommitted
  'attendees:undo-import': ImportUndone
  'attendees:merge': { mergeId: string }
  'attendees:unmerge': null
  'attendees:dismiss-suggestion': null
  'attendees:set-notes': null
  'attendees:delete-person': PersonDeleted
  'attendees:set-night-links': NightLinksChanged
}
