/**
 * What happens on the night itself (DESIGN.md §1.10): the door log (who was let in, when and how)
 * and the stage log (when each demo actually started and ended). Kept in the journal, apart from
 * the registrations, so a night's record never changes how registrations are stored.
 */
import { z } from 'zod'
import { idSchema, instantSchema } from './schemas'

/**
 * How someone came through the door: found by typing, by a scanned ticket code, added as a
 * walk-in, or let in although the list said waitlist or cancelled (then `reason` says why).
 */
export const DOOR_METHODS = ['typed', 'scanned', 'walk-in', 'let-in'] as const
export const doorMethodSchema = z.enum(DOOR_METHODS)

export const doorEntrySchema = z.object({
  id: idSchema,
  eventId: idSchema,
  registrationId: idSchema,
  personId: idSchema,
  /** `check-in` lets the person in; `undo` takes a check-in back (a mistaken Enter). */
  action: z.enum(['check-in', 'undo']),
  at: instantSchema,
  method: doorMethodSchema,
  /** Why someone on the waitlist or with a cancelled ticket was let in anyway; empty otherwise. */
  reason: z.string().max(500),
  /** A walk-in's own answer to "first time here?"; null when nobody asked. */
  isFirstTime: z.boolean().nullable(),
})

export const STAGE_OUTCOMES = ['ran', 'no-show'] as const

/** One demo as it happened on stage: its actual start and end, or that it did not happen. */
export const stageEntrySchema = z.object({
  id: idSchema,
  eventId: idSchema,
  demoId: idSchema,
  outcome: z.enum(STAGE_OUTCOMES),
  startedAt: instantSchema.nullable(),
  endedAt: instantSchema.nullable(),
  /** The slot it had (the contract's minutes, plus minutes added on stage). */
  plannedMinutes: z.number().min(0).max(600),
  /** Seconds actually on stage, pauses left out. */
  seconds: z.number().int().min(0).max(86_400),
})

export type DoorMethod = z.infer<typeof doorMethodSchema>
export type DoorEntry = z.infer<typeof doorEntrySchema>
export type StageEntry = z.infer<typeof stageEntrySchema>
