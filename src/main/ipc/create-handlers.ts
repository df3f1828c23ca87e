import { attendeesHandlers } from './attendees-handlers'
import { chatHandlers } from './chat-handlers'
import { demosHandlers } from './demos-handlers'
import { devrelHandlers } from './devrel-handlers'
import { eventHandlers } from './event-handlers'
import type { ChangeLog } from '../history/change-log'
import { createHistory, type History } from '../history/history'
import { withHistory } from '../history/with-history'
import type { Handlers, HandlerDeps } from './handler-types'
import { nightHandlers } from './night-handlers'
import { pipelineHandlers } from './pipeline-handlers'
import { retrosHandlers } from './retros-handlers'
import { reviewHandlers } from './review-handlers'
import { workspaceHandlers } from './workspace-handlers'

/**
 * Every channel's handler, built from the feature handler groups. Each runs in one repository
 * transaction, so a handler that writes several files saves all of them or, on a full disk, none;
 * what the transaction wrote becomes a step of `history` (see history/with-history.ts) and, with
 * `changes`, the files the request's reply carries.
 */
export function createHandlers(
  deps: HandlerDeps,
  history: History = createHistory(),
  changes?: ChangeLog,
): Handlers {
  return withHistory(
    {
      ...workspaceHandlers(deps),
      ...eventHandlers(deps),
      ...withChats(deps, attendeesHandlers(deps)),
      ...demosHandlers(deps),
      ...pipelineHandlers(deps),
      ...retrosHandlers(deps),
      ...reviewHandlers(deps),
      ...devrelHandlers(deps),
      ...nightHandlers(deps),
    },
    deps.repository,
    history,
    changes,
  )
}

/** The attendees handlers with the chats' own: deleting a person removes them from the chats too. */
function withChats(
  deps: HandlerDeps,
  attendees: ReturnType<typeof attendeesHandlers>,
): ReturnType<typeof attendeesHandlers> & ReturnType<typeof chatHandlers> {
  return { ...attendees, ...chatHandlers(deps, attendees) }
}
