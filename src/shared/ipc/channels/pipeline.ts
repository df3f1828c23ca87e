/**
 * The speaker pipeline board's channels (DESIGN.md §1.4). Each answers with the saved board and a
 * one-line outcome; only board.json is written, so a card drag never rewrites the people.
 */
import { z } from 'zod'
import type { BoardCard } from '../../domain/board-schemas'
import { idSchema } from '../../domain/schemas'

const dueDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date')
  .nullable()

/** What a board change says for its toast; the board file it wrote travels in `changes`. */
export interface BoardChange {
  outcome: string
}

export const pipelineRequests = {
  'pipeline:add-card': z.object({
    personId: idSchema,
    columnId: idSchema,
    nextStep: z.string().trim().max(500),
    dueDate: dueDateSchema,
  }),
  'pipeline:move-card': z.object({
    cardId: idSchema,
    toColumnId: idSchema,
    toIndex: z.number().int().min(0),
  }),
  'pipeline:update-card': z.object({
    cardId: idSchema,
    nextStep: z.string().trim().max(500),
    dueDate: dueDateSchema,
    tags: z.array(z.string().trim().min(1).max(40)).max(20),
  }),
  'pipeline:remove-card': z.object({ cardId: idSchema }),
  'pipeline:rename-column': z.object({ columnId: idSchema, name: z.string().max(80) }),
  'pipeline:shift-column': z.object({
    columnId: idSchema,
    direction: z.union([z.literal(-1), z.literal(1)]),
  }),
  'pipeline:add-column': z.object({ name: z.string().max(80), kind: z.enum(['path', 'side']) }),
  'pipeline:archive-column': z.object({ columnId: idSchema }),
} as const

export interface PipelineResponses {
  'pipeline:add-card': BoardChange & { cardId: string }
  'pipeline:move-card': BoardChange
  'pipeline:update-card': BoardChange
  /** What was removed, and from where. */
  'pipeline:remove-card': BoardChange & {
    removed: { card: BoardCard; columnId: string; index: number }
  }
  'pipeline:rename-column': BoardChange
  'pipeline:shift-column': BoardChange
  'pipeline:add-column': BoardChange
  'pipeline:archive-column': BoardChange
}
