import { z } from 'zod'
import type { Event } from '../../domain/schemas'
import {
  eventDraftSchema,
  eventStatusSchema,
  gateIdSchema,
  idSchema,
  overrideReasonSchema,
} from '../../domain/schemas'
import type { DeletedEvent } from '../contract-types'

export const eventRequests = {
  /** A reason is needed only when the plan gate (the last event's retro) is closed. */
  'events:create': z.intersection(
    eventDraftSchema,
    z.object({ planOverrideReason: overrideReasonSchema.optional() }),
  ),
  'events:update': z.object({ id: idSchema, draft: eventDraftSchema }),
  'events:set-status': z.object({ id: idSchema, status: eventStatusSchema }),
  'events:delete': z.object({ id: idSchema }),
  /** Records a written reason to pass a blocked gate; the action itself is a separate call. */
  'events:override-gate': z.object({
    id: idSchema,
    gate: gateIdSchema,
    reason: overrideReasonSchema,
  }),
} as const

export interface EventResponses {
  'events:create': Event
  'events:update': Event
  'events:set-status': Event
  'events:delete': DeletedEvent
  'events:override-gate': Event
}
