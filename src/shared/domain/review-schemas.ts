/** The monthly review timeline and the DevRel OS layer's boards (DESIGN.md §1.8–1.9). */
import { z } from 'zod'
import { idSchema, instantSchema } from './schemas'

export const reviewSchema = z.object({
  id: idSchema,
  /** The month reviewed, `YYYY-MM`. */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  insight: z.string().trim().min(1).max(2000),
  /** The figures as they were when the review was closed, by metric id. */
  figures: z.record(z.string(), z.number().nullable()),
  closedAt: instantSchema,
})

export const FEEDBACK_STAGES = ['observe', 'cluster', 'prioritise', 'fix', 'teach'] as const
export const feedbackStageSchema = z.enum(FEEDBACK_STAGES)

export const frictionSchema = z.object({
  id: idSchema,
  text: z.string().trim().min(1).max(2000),
  source: z.enum(['retro', 'follow-up', 'channel', 'manual']),
  /** The event (retro) or follow-up it came from, when it came from one. */
  sourceId: idSchema.nullable(),
  clusterId: idSchema.nullable(),
  createdAt: instantSchema,
})

export const frictionClusterSchema = z.object({
  id: idSchema,
  problem: z.string().trim().min(1).max(300),
  severity: z.number().int().min(1).max(3),
  strategicFit: z.number().int().min(1).max(3),
  stage: feedbackStageSchema,
  createdAt: instantSchema,
})

export const diagnosticAnswerSchema = z.object({
  answer: z.enum(['yes', 'no']).nullable(),
  note: z.string().max(1000),
})

export const reviewsFileSchema = z.object({
  reviews: z.array(reviewSchema),
  frictions: z.array(frictionSchema),
  clusters: z.array(frictionClusterSchema),
  diagnosticAnswers: z.record(z.string(), diagnosticAnswerSchema),
})

export type Review = z.infer<typeof reviewSchema>
export type FeedbackStage = z.infer<typeof feedbackStageSchema>
export type Friction = z.infer<typeof frictionSchema>
export type FrictionCluster = z.infer<typeof frictionClusterSchema>
export type DiagnosticAnswer = z.infer<typeof diagnosticAnswerSchema>
