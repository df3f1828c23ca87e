import type { Handlers, HandlerDeps } from './handler-types'
import { eventHandlers } from './event-handlers'
import { workspaceHandlers } from './workspace-handlers'

/** Every channel's handler, built from the feature handler groups. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...workspaceHandlers(deps),
    ...eventHandlers(deps),
  }
}
