/** Demos of the Demo Slot Contract (DESIGN.md §1.2). */
import { z } from 'zod'
import { idSchema, instantSchema } from './schemas'

export const DEMO_STATES = [
  'proposed',
  'screening',
  'confirmed',
  'presented',
  'declined',
  'withdrawn',
] as const
export const demoStateSchema = z.enum(DEMO_STATES)

export const demoSchema = z.object({
  id: idSchema,
  eventId: idSchema,
  personId: idSchema,
  title: z.string().max(300),
  pitch: z.string().max(1000),
  links: z.array(z.string().max(2000)),
  state: demoStateSchema,
  stateHistory: z.array(z.object({ state: demoStateSchema, at: instantSchema })),
  /** The light screening: yes/no per criterion id (settings.screeningCriteria) and a short note. */
  screening: z
    .object({ checks: z.record(z.string(), z.boolean()), note: z.string().max(2000) })
    .nullable(),
  /** Set while the demo passed screening but every slot is taken; the waitlist is ordered by it. */
  waitlistedAt: instantSchema.nullable(),
  /** Position in the run-of-show among confirmed demos (0-based); null when not confirmed. */
  runOrder: z.number().int().min(0).nullable(),
  createdAt: instantSchema,
})

export const screeningCriterionSchema = z.object({
  id: idSchema,
  label: z.string().trim().min(1).max(200),
})

export type DemoState = z.infer<typeof demoStateSchema>
export type Demo = z.infer<typeof demoSchema>
export type ScreeningCriterion = z.infer<typeof screeningCriterionSchema>
