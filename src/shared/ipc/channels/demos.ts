/**
 * The demos channels (DESIGN.md §1.2): demos of an event, their screening and state, the
 * run-of-show order, and the event's slot contract. Each answers with the saved events file (events
 * and demos change together: time-to-ship lives on the event) and a one-line outcome for a toast.
 */
import { z } from 'zod'
import { demoStateSchema } from '../../domain/demo-schemas'
import type { Demo } from '../../domain/demo-schemas'
import type { Event, Person } from '../../domain/schemas'
import { demoContractSchema, idSchema, platformSchema } from '../../domain/schemas'
import type { SpeakerImportReport } from '../../demos/speaker-import'
import type { WorkspaceFiles } from '../../schema/workspace'

const demoFieldsSchema = z.object({
  title: z.string().trim().min(1, 'Give the demo a title').max(300),
  pitch: z.string().trim().max(1000),
  links: z.array(z.string().trim().min(1).max(2000)).max(10),
})

export const presenterChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), personId: idSchema }),
  z.object({
    kind: z.literal('new'),
    name: z.string().max(200),
    email: z.string().max(320),
  }),
])

export interface DemosChange {
  events: Event[]
  demos: Demo[]
  outcome: string
}

export const demosRequests = {
  'demos:add': demoFieldsSchema.extend({ eventId: idSchema, presenter: presenterChoiceSchema }),
  'demos:update': demoFieldsSchema.extend({ demoId: idSchema }),
  'demos:move': z.object({ demoId: idSchema, to: demoStateSchema }),
  'demos:screen': z.object({
    demoId: idSchema,
    checks: z.record(z.string(), z.boolean()),
    note: z.string().trim().max(2000),
  }),
  'demos:reorder': z.object({ eventId: idSchema, orderedIds: z.array(idSchema) }),
  'demos:set-contract': z.object({ eventId: idSchema, contract: demoContractSchema }),
  /** A speaker list the renderer has read; presenters are matched by the identity rules. */
  'demos:import-speakers': z.object({
    eventId: idSchema,
    platform: platformSchema,
    entries: z
      .array(
        z.object({
          line: z.number().int().min(1),
          name: z.string().max(300),
          email: z.string().max(320),
          platformPersonId: z.string().max(200),
          sourceKey: z.string().max(200),
          title: z.string().trim().min(1).max(300),
          pitch: z.string().max(1000),
        }),
      )
      .max(5000),
  }),
} as const

export interface DemosResponses {
  /** `people` is present when the presenter was created with the demo. */
  'demos:add': DemosChange & { demoId: string; people: Person[] | null }
  'demos:update': DemosChange
  'demos:move': DemosChange
  'demos:screen': DemosChange
  'demos:reorder': DemosChange
  'demos:set-contract': DemosChange
  'demos:import-speakers': DemosChange & {
    people: WorkspaceFiles['people']
    report: SpeakerImportReport
  }
}
