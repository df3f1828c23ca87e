/**
 * The DevRel OS layer (DESIGN.md §1.9): the feedback loop board and the diagnostic checklist. Each
 * answers with the saved frictions, clusters and diagnostic answers and a one-line outcome; only
 * the small reviews file is written.
 */
import { z } from 'zod'
import {
  diagnosticAnswerSchema,
  frictionSchema,
  type DiagnosticAnswer,
  type Friction,
  type FrictionCluster,
} from '../../domain/review-schemas'
import { idSchema } from '../../domain/schemas'

export interface DevrelChange {
  frictions: Friction[]
  clusters: FrictionCluster[]
  diagnosticAnswers: Record<string, DiagnosticAnswer>
  outcome: string
}

const scoreSchema = z.number().int().min(1).max(3)
const clusterFieldsSchema = {
  problem: z.string().trim().min(1, 'Name the underlying problem').max(300),
  severity: scoreSchema,
  strategicFit: scoreSchema,
}
const directionSchema = z.union([z.literal(-1), z.literal(1)])

export const devrelRequests = {
  'feedback:log-friction': z.object({
    text: z.string().trim().min(1, 'Describe the friction').max(2000),
    source: frictionSchema.shape.source,
    sourceId: idSchema.nullable(),
  }),
  'feedback:remove-friction': z.object({ id: idSchema }),
  'feedback:create-cluster': z.object({
    ...clusterFieldsSchema,
    frictionIds: z.array(idSchema).max(500),
  }),
  'feedback:update-cluster': z.object({ id: idSchema, ...clusterFieldsSchema }),
  'feedback:assign-friction': z.object({ frictionId: idSchema, clusterId: idSchema.nullable() }),
  'feedback:move-cluster': z.object({ id: idSchema, direction: directionSchema }),
  'feedback:remove-cluster': z.object({ id: idSchema }),
  'diagnostic:answer': z.object({
    itemId: z.string().min(1).max(80),
    answer: diagnosticAnswerSchema.shape.answer,
    note: diagnosticAnswerSchema.shape.note,
  }),
} as const

export interface DevrelResponses {
  'feedback:log-friction': DevrelChange
  'feedback:remove-friction': DevrelChange
  'feedback:create-cluster': DevrelChange & { clusterId: string }
  'feedback:update-cluster': DevrelChange
  'feedback:assign-friction': DevrelChange
  'feedback:move-cluster': DevrelChange
  'feedback:remove-cluster': DevrelChange
  'diagnostic:answer': DevrelChange
}
