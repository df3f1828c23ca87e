import { attendeesHandlers } from './attendees-handlers'
import { demosHandlers } from './demos-handlers'
import { devrelHandlers } from './devrel-handlers'
import { eventHandlers } from './event-handlers'
import type { Handlers, HandlerDeps } from './handler-types'
import { pipelineHandlers } from './pipeline-handlers'
import { retrosHandlers } from './retros-handlers'
import { reviewHandlers } from './review-handlers'
import { workspaceHandlers } from './workspace-handlers'

/** Every channel's handler, built from the feature handler groups. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...workspaceHandlers(deps),
    ...eventHandlers(deps),
    ...attendeesHandlers(deps),
    ...demosHandlers(deps),
    ...pipelineHandlers(deps),
    ...retrosHandlers(deps),
    ...reviewHandlers(deps),
    ...devrelHandlers(deps),
  }
}
