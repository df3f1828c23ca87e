/**
 * After an event (DESIGN.md §1.5–1.7): the retro, the follow-up list, intros and sparks, and the
 * organizer check-in. Each answers with the saved journal (one small file) and an outcome line.
 */
import { z } from 'zod'
import { followUpOutcomeSchema, type Journal } from '../../domain/journal-schemas'
import { idSchema } from '../../domain/schemas'

/** What a save dialog led to: written where the person chose, or cancelled by them. */
export type SavedFiles = { status: 'saved'; path: string; files: number } | { status: 'cancelled' }

export interface JournalChange {
  journal: Journal
  outcome: string
}

const dayString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date')

export const retrosRequests = {
  'retros:save': z.object({
    eventId: idSchema,
    worked: z.string().max(10_000),
    broke: z.string().max(10_000),
    surprised: z.string().max(10_000),
    inviteNext: z.array(idSchema).max(50),
    followUpPicks: z.array(z.object({ personId: idSchema, why: z.string().max(1000) })).max(3),
  }),
  'retros:complete': z.object({ eventId: idSchema }),
  'followups:pick': z.object({ eventId: idSchema, personId: idSchema }),
  'followups:update': z.object({
    id: idSchema,
    channel: z.string().trim().max(80),
    sentOn: dayString.nullable(),
    answer: z.string().max(5000),
    outcomes: z.array(followUpOutcomeSchema).max(4),
  }),
  'followups:remove': z.object({ id: idSchema }),
  'intros:add': z.object({
    personIds: z.tuple([idSchema, idSchema]),
    eventId: idSchema.nullable(),
    byWhom: z.string().trim().max(200),
    /** What they met about ("X met Y about Z"), from the quick-add on the night. */
    about: z.string().trim().max(300).optional(),
  }),
  'intros:spark': z.object({ id: idSchema, note: z.string().trim().max(2000) }),
  /** Every written retro as Markdown, one file per event, into a folder the person chooses. */
  'retros:export-all': z.undefined(),
  /** The page as shown (the event with its retro) printed to a PDF file. */
  'retros:export-pdf': z.object({ eventId: idSchema }),
  'checkins:save': z.object({
    eventId: idSchema,
    energy: z.number().int().min(1).max(5),
    hours: z.number().min(0).max(500),
    word: z.string().trim().max(40),
  }),
} as const

export interface RetrosResponses {
  'retros:save': JournalChange
  'retros:complete': JournalChange
  'followups:pick': JournalChange
  'followups:update': JournalChange
  'followups:remove': JournalChange
  'intros:add': JournalChange
  'intros:spark': JournalChange
  'checkins:save': JournalChange
  'retros:export-all': SavedFiles
  'retros:export-pdf': SavedFiles
}
