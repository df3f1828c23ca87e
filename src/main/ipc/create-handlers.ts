import { attendeesHandlers } from './attendees-handlers'
import { demosHandlers } from './demos-handlers'
import { devrelHandlers } from './devrel-handlers'
import { eventHandlers } from './event-handlers'
import type { Channel } from '../../shared/ipc/contract'
import type { Handler, Handlers, HandlerDeps } from './handler-types'
import { pipelineHandlers } from './pipeline-handlers'
import { retrosHandlers } from './retros-handlers'
import { reviewHandlers } from './review-handlers'
import { workspaceHandlers } from './workspace-handlers'

/**
 * Every channel's handler, built from the feature handler groups. Each runs in one repository
 * transaction, so a handler that writes several files saves all of them or, on a full disk, none.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const handlers: Handlers = {
    ...workspaceHandlers(deps),
    ...eventHandlers(deps),
    ...attendeesHandlers(deps),
    ...demosHandlers(deps),
    ...pipelineHandlers(deps),
    ...retrosHandlers(deps),
    ...reviewHandlers(deps),
    ...devrelHandlers(deps),
  }
  return Object.fromEntries(
    Object.entries(handlers).map(([channel, handler]) => [
      channel,
      (request: never) => deps.repository.transaction(() => (handler as Handler<Channel>)(request)),
    ]),
  ) as Handlers
}
