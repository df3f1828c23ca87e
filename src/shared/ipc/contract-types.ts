/** Response shapes shared by several channel groups. */
import type { Event } from '../domain/schemas'
import type { WorkspaceSnapshot } from '../schema/workspace'

/** Something main wants the person to know: a restored backup, a migrated file. */
export interface Notice {
  id: string
  level: 'info' | 'warning' | 'error'
  title: string
  detail: string
}

export interface WorkspaceLoadResult {
  snapshot: WorkspaceSnapshot
  notices: Notice[]
  /** True until the person chose sample data or an empty workspace. */
  isFirstRun: boolean
  /** Where the workspace lives, shown in settings so a person can find their data. */
  location: string
}

/** What deleting an event removed, handed back so that undo can put it back exactly. */
export interface DeletedEvent {
  event: Event
  index: number
}
