import type { Channel, Notice, ParsedRequestOf, ResponseOf } from '../../shared/ipc/contract'
import type { DesktopServices } from '../desktop-services'
import type { WorkspaceRepository } from '../persistence/workspace-repository'

/** What every handler may use; passed in so tests and the e2e bridge run the same code. */
export interface HandlerDeps {
  repository: WorkspaceRepository
  now: () => Date
  newId: () => string
  /** Who is at the keyboard, for the record of a gate override: the computer account's name. */
  userName: string
  /** Save dialogs and PDF printing; handlers never touch Electron directly. */
  desktop: DesktopServices
  /** Notices from opening the workspace, shown once on the first load. */
  startupNotices: Notice[]
}

export type Handler<C extends Channel> = (
  request: ParsedRequestOf<C>,
) => ResponseOf<C> | Promise<ResponseOf<C>>

export type Handlers = { [C in Channel]: Handler<C> }
