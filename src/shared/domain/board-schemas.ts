/** The speaker pipeline board (DESIGN.md §1.4): columns hold ordered card ids. */
import { z } from 'zod'
import { idSchema, instantSchema } from './schemas'

export const boardColumnSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(80),
  /** `path` columns form the left-to-right journey; a `side` column (Quiet killers) is off the path. */
  kind: z.enum(['path', 'side']),
  isArchived: z.boolean(),
  cardIds: z.array(idSchema),
})

export const cardMoveSchema = z.object({
  fromColumnId: idSchema.nullable(),
  toColumnId: idSchema,
  at: instantSchema,
  /** True when the move went to a column further right on the path: one step forward. */
  isForward: z.boolean(),
})

export const boardCardSchema = z.object({
  id: idSchema,
  personId: idSchema,
  nextStep: z.string().max(500),
  dueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  tags: z.array(z.string().max(40)),
  createdAt: instantSchema,
  history: z.array(cardMoveSchema),
})

export const boardSchema = z.object({
  columns: z.array(boardColumnSchema),
  cards: z.array(boardCardSchema),
})

export type BoardColumn = z.infer<typeof boardColumnSchema>
export type BoardCard = z.infer<typeof boardCardSchema>
export type CardMove = z.infer<typeof cardMoveSchema>
export type Board = z.infer<typeof boardSchema>

/** The default columns, left to right, plus Quiet killers off the path. */
export const DEFAULT_BOARD: Board = {
  columns: [
    {
      id: 'first-timers',
      name: 'First-timers worth nurturing',
      kind: 'path',
      isArchived: false,
      cardIds: [],
    },
    { id: 'warm-intros', name: 'Warm intros', kind: 'path', isArchived: false, cardIds: [] },
    {
      id: 'demo-candidates',
      name: 'Potential demo candidates',
      kind: 'path',
      isArchived: false,
      cardIds: [],
    },
    {
      id: 'repeat-speakers',
      name: 'Repeat speakers to invite back',
      kind: 'path',
      isArchived: false,
      cardIds: [],
    },
    { id: 'quiet-killers', name: 'Quiet killers', kind: 'side', isArchived: false, cardIds: [] },
  ],
  cards: [],
}
