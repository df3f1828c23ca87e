/**
 * What each request wrote, for its reply: `dispatch` opens a record for the request and calls its
 * handler inside it; the history layer (with-history.ts), which knows what the handler's
 * transaction wrote, claims that record synchronously as the handler starts and fills it once
 * the change has settled. The record belongs to its request even while an async handler waits on
 * a dialog and other requests come and go: each call opens its own.
 */
import type { WorkspaceFiles } from '../../shared/schema/workspace'

/** The files one request wrote, filled by the time its handler's value has settled. */
export interface ChangeRecord {
  files: Partial<WorkspaceFiles>
}

export interface ChangeLog {
  /** Runs `handler` (synchronously) with a fresh record for the request it serves. */
  collect<T>(handler: () => T): { value: T; record: ChangeRecord }
  /** The record of the request whose handler is starting; null outside `collect`. */
  claim(): ChangeRecord | null
}

export function createChangeLog(): ChangeLog {
  let open: ChangeRecord | null = null
  return {
    collect(handler) {
      const record: ChangeRecord = { files: {} }
      const outer = open
      open = record
      try {
        return { value: handler(), record }
      } finally {
        open = outer
      }
    },
    claim() {
      const record = open
      // One handler per record: a handler calling another wrapped one does not claim it again.
      open = null
      return record
    },
  }
}
