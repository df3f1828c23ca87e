/** What happens after an event (DESIGN.md §1.5–1.7): retro, follow-ups, intros, organizer check-in. */
import { z } from 'zod'
import { doorEntrySchema, stageEntrySchema } from './night-schemas'
import { idSchema, instantSchema } from './schemas'

export const retroSchema = z.object({
  eventId: idSchema,
  worked: z.string().max(10_000),
  broke: z.string().max(10_000),
  surprised: z.string().max(10_000),
  /** People to invite next time. */
  inviteNext: z.array(idSchema),
  /** The 3 people to follow up with, and why. */
  followUpPicks: z.array(z.object({ personId: idSchema, why: z.string().max(1000) })),
  completedAt: instantSchema.nullable(),
  updatedAt: instantSchema,
})

export const FOLLOW_UP_OUTCOMES = [
  'built-something',
  'joined-a-team',
  'shipped',
  'nothing-yet',
] as const
export const followUpOutcomeSchema = z.enum(FOLLOW_UP_OUTCOMES)

export const followUpSchema = z.object({
  id: idSchema,
  eventId: idSchema,
  personId: idSchema,
  channel: z.string().max(80),
  /** The day the personal follow-up was sent (`YYYY-MM-DD`); null while only picked. */
  sentOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** The answer to "what did you do next?". */
  answer: z.string().max(5000),
  outcomes: z.array(followUpOutcomeSchema),
  answeredAt: instantSchema.nullable(),
  createdAt: instantSchema,
})

export const introSchema = z.object({
  id: idSchema,
  personIds: z.tuple([idSchema, idSchema]),
  eventId: idSchema.nullable(),
  byWhom: z.string().max(200),
  at: instantSchema,
  /** Set when the intro turned into action: then it is a collaboration spark. */
  sparkedAt: instantSchema.nullable(),
  sparkNote: z.string().max(2000),
  /** What they met about ("X met Y about Z"), when it was captured on the night. */
  about: z.string().max(300).optional(),
})

export const checkInSchema = z.object({
  eventId: idSchema,
  energy: z.number().int().min(1).max(5),
  hours: z.number().min(0).max(500),
  word: z.string().trim().max(40),
  at: instantSchema,
})

export const journalSchema = z.object({
  retros: z.array(retroSchema),
  followUps: z.array(followUpSchema),
  intros: z.array(introSchema),
  checkIns: z.array(checkInSchema),
  /** The night itself (DESIGN.md §1.10); schema version 7 added them, empty in older files. */
  doorLog: z.array(doorEntrySchema),
  stageLog: z.array(stageEntrySchema),
})

export type Retro = z.infer<typeof retroSchema>
export type FollowUpOutcome = z.infer<typeof followUpOutcomeSchema>
export type FollowUp = z.infer<typeof followUpSchema>
export type Intro = z.infer<typeof introSchema>
export type CheckIn = z.infer<typeof checkInSchema>
export type Journal = z.infer<typeof journalSchema>
