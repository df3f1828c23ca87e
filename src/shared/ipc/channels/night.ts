/**
 * The night itself (DESIGN.md §1.10): door check-ins, walk-ins and the stage log. Door replies
 * carry only what changed (a check-in rewrites one registration of thousands), and the journal.
 */
import { z } from 'zod'
import type { Journal } from '../../domain/journal-schemas'
import { STAGE_OUTCOMES } from '../../domain/night-schemas'
import {
  idSchema,
  instantSchema,
  type MergeSuggestion,
  type Person,
  type Registration,
} from '../../domain/schemas'

export interface NightChange {
  /** Registrations written (changed or added); the rest are as they were. */
  registrations: Registration[]
  /** People written (changed or added) and suggestions added, by a walk-in. */
  people: Person[]
  mergeSuggestions: MergeSuggestion[]
  journal: Journal
  /** The walk-in's person, when one was added. */
  personId: string | null
  outcome: string
}

const reasonSchema = z.string().trim().max(500, 'Keep the reason under 500 characters')

export const nightRequests = {
  'door:check-in': z.object({
    eventId: idSchema,
    registrationId: idSchema,
    method: z.enum(['typed', 'scanned', 'let-in']),
    reason: reasonSchema,
  }),
  'door:undo-check-in': z.object({ eventId: idSchema, registrationId: idSchema }),
  'door:add-walk-in': z.object({
    eventId: idSchema,
    name: z.string().trim().min(1, 'Give the walk-in’s name').max(200),
    email: z
      .string()
      .trim()
      .max(320)
      .refine(
        (email) => email === '' || /^[^\s@]+@[^\s@]+$/.test(email),
        'Give an e-mail like ada@example.com, or leave it empty',
      ),
    isFirstTime: z.boolean(),
    personId: idSchema.nullable(),
  }),
  'stage:log': z.object({
    eventId: idSchema,
    demoId: idSchema,
    outcome: z.enum(STAGE_OUTCOMES),
    startedAt: instantSchema.nullable(),
    endedAt: instantSchema.nullable(),
    plannedMinutes: z.number().min(0).max(600),
    seconds: z.number().int().min(0).max(86_400),
  }),
} as const

export interface NightResponses {
  'door:check-in': NightChange
  'door:undo-check-in': NightChange
  'door:add-walk-in': NightChange
  'stage:log': NightChange
}
