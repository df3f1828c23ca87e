/**
 * Opening the workspace and building the handlers, the same way for the Electron app and the
 * e2e bridge: open (migrate / restore), take the start backup, wire the handlers.
 */
import { userInfo } from 'node:os'
import { NO_DESKTOP, type DesktopServices } from './desktop-services'
import { createChangeLog, type ChangeLog } from './history/change-log'
import { createHistory, type History } from './history/history'
import { createHandlers } from './ipc/create-handlers'
import type { Handlers } from './ipc/handler-types'
import { backUpSafely } from './persistence/backup-safely'
import { openWorkspace, type WorkspaceRepository } from './persistence/workspace-repository'

export interface BootOptions {
  directory: string
  now?: () => Date
  newId?: () => string
  userName?: string
  desktop?: DesktopServices
}

/** Opens the workspace in `directory` and returns its handlers; throws WorkspaceTooNewError. */
export function bootWorkspace(options: BootOptions): {
  repository: WorkspaceRepository
  handlers: Handlers
  /** The undo history the handlers keep; `dispatch` reports its state with every result. */
  history: History
  /** What each request wrote; `dispatch` sends it with every successful result. */
  changes: ChangeLog
  newId: () => string
} {
  const now = options.now ?? (() => new Date())
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID())
  const opened = openWorkspace({ directory: options.directory, now, newId })
  const { repository } = opened
  // Taken after any restore, so the newest backup always holds a readable copy of every file; none
  // when the newest backup already holds exactly these files. One that fails (a full disk) is told,
  // and the app still opens: the workspace itself is intact.
  const backupNotice = backUpSafely(repository, 'start', newId)
  const notices = backupNotice ? [...opened.notices, backupNotice] : opened.notices
  const userName = options.userName ?? accountName()
  const desktop = options.desktop ?? NO_DESKTOP
  const history = createHistory()
  const changes = createChangeLog()
  const handlers = createHandlers(
    {
      repository,
      now,
      newId,
      userName,
      desktop,
      startupNotices: notices,
    },
    history,
    changes,
  )
  return { repository, handlers, history, changes, newId }
}

/** The computer account's name; some sandboxes and containers have none. */
function accountName(): string {
  try {
    return userInfo().username
  } catch {
    return ''
  }
}
