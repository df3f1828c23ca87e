/**
 * Runs every handler in one repository transaction and keeps the undo history from what the
 * transaction reports it wrote: an undoable change records a step named by the shared rules
 * (src/shared/history/history-rules.ts); a change that is not undoable, or that wrote outside its
 * transaction, clears the history, so Undo never reaches behind a newer change. Undo and redo
 * write the files of a step back in their own transaction. What each request wrote goes into its
 * record of `changes` (change-log.ts), for `dispatch` to send beside the handler's answer.
 */
import { historyEffect, type HistoryChannel } from '../../shared/history/history-rules'
import type { HistoryMoved } from '../../shared/ipc/channels/history'
import type { Channel, ParsedRequestOf } from '../../shared/ipc/contract'
import {
  chatSnapshotOf,
  WORKSPACE_FILE_NAMES,
  type WorkspaceFileName,
  type WorkspaceFiles,
} from '../../shared/schema/workspace'
import { RefusedError } from '../ipc/errors'
import type { Handler, Handlers } from '../ipc/handler-types'
import type { WorkspaceRepository, WrittenFiles } from '../persistence/workspace-repository'
import type { ChangeLog, ChangeRecord } from './change-log'
import type { History, HistoryEntry } from './history'

type ChangeChannel = Exclude<Channel, HistoryChannel>

/** `handlers` (every channel but undo and redo) wrapped, plus undo and redo over `history`. */
export function withHistory(
  handlers: Omit<Handlers, HistoryChannel>,
  repository: WorkspaceRepository,
  history: History,
  changes?: Pick<ChangeLog, 'claim'>,
): Handlers {
  const wrapped = Object.fromEntries(
    Object.entries(handlers).map(([channel, handler]) => [
      channel,
      (request: never) =>
        runChange(
          repository,
          history,
          changes?.claim() ?? null,
          channel as ChangeChannel,
          request,
          handler as Handler<ChangeChannel>,
        ),
    ]),
  ) as Omit<Handlers, HistoryChannel>
  const moveTo = (direction: 'undo' | 'redo', stepId: number | null): HistoryMoved => {
    const sent = changes?.claim() ?? null
    const { label, files } = move(repository, history, direction, stepId)
    if (sent) sent.files = files
    return { label }
  }
  return {
    ...wrapped,
    'history:undo': ({ stepId }) => moveTo('undo', stepId),
    'history:redo': ({ stepId }) => moveTo('redo', stepId),
  }
}

const readAll = (repository: WorkspaceRepository): WorkspaceFiles =>
  Object.fromEntries(
    WORKSPACE_FILE_NAMES.map((name) => [name, repository.read(name)]),
  ) as WorkspaceFiles

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function'

function runChange<C extends ChangeChannel>(
  repository: WorkspaceRepository,
  history: History,
  sent: ChangeRecord | null,
  channel: C,
  request: ParsedRequestOf<C>,
  handler: Handler<C>,
): ReturnType<Handler<C>> {
  const before = readAll(repository)
  const effect = historyEffect(channel, request, before)
  /**
   * Any file that is not what the transaction reported: written after an `await`, by a backup
   * midway through a change that then failed, or by a whole-workspace replacement. The history
   * cannot describe such a change, so it is cleared rather than left to undo the wrong thing.
   */
  const changedOutside = (written: WrittenFiles | null): boolean =>
    written?.isReplaced === true ||
    WORKSPACE_FILE_NAMES.some(
      (name) => repository.read(name) !== (written?.after[name] ?? before[name]),
    )
  let outcome: { value: ReturnType<Handler<C>>; written: WrittenFiles }
  try {
    outcome = repository.transactionWithWrites(() => handler(request)) as typeof outcome
  } catch (error) {
    if (changedOutside(null)) history.clear()
    throw error
  }
  const { value, written } = outcome
  /**
   * The files this request changed, as they are now and as the window holds them (a chat's
   * messages stay here): what its transaction wrote, or every file when it replaced the workspace.
   * A file written after an `await` (an import read in a worker once its dialog closed) is outside
   * the transaction; it is sent as it stands when the request settles, which can only bring the
   * renderer up to date.
   */
  const report = (isSettledLater: boolean): void => {
    if (!sent) return
    if (written.isReplaced) {
      sent.files = forTheWindow(readAll(repository))
      return
    }
    const files: Partial<WorkspaceFiles> = { ...written.after }
    if (isSettledLater) {
      for (const name of WORKSPACE_FILE_NAMES) {
        const now = repository.read(name)
        if (now !== (written.after[name] ?? before[name])) setFile(files, name, now)
      }
    }
    sent.files = forTheWindow(files)
  }
  // A read-only request (a PDF, an export) may wait on a dialog while other changes come and go;
  // it records nothing and clears nothing. Had it written after all, the next undo would find the
  // files not as its step left them and refuse.
  if (effect.kind === 'read-only') {
    report(false)
    return value
  }
  const settle = (): void => {
    const wroteAny = Object.keys(written.after).length > 0
    if (changedOutside(written) || (effect.kind !== 'undoable' && wroteAny)) {
      history.clear()
    } else if (effect.kind === 'undoable' && wroteAny) {
      record(history, channel, request, { label: effect.label, ...written })
    }
  }
  if (!isThenable(value)) {
    settle()
    report(false)
    return value
  }
  return Promise.resolve(value).then(
    (resolved) => {
      settle()
      report(true)
      return resolved
    },
    (error: unknown) => {
      if (changedOutside(written)) history.clear()
      throw error
    },
  ) as ReturnType<Handler<C>>
}

function setFile<N extends WorkspaceFileName>(
  files: Partial<WorkspaceFiles>,
  name: N,
  content: WorkspaceFiles[N],
): void {
  files[name] = content
}

/**
 * Records a change, joined to the step before it when the two are one act for the person: an
 * import into a night created for it (events:create, then attendees:import) undoes as one, so the
 * night goes with its attendees, as it did when the import removed the night it had made.
 */
function record<C extends ChangeChannel>(
  history: History,
  channel: C,
  request: ParsedRequestOf<C>,
  change: Omit<HistoryEntry, 'id'>,
): void {
  const previous = history.top('undo')
  if (
    channel === 'attendees:import' &&
    (request as ParsedRequestOf<'attendees:import'>).isEventCreated === true &&
    previous !== undefined &&
    createdEvent(previous) === (request as ParsedRequestOf<'attendees:import'>).eventId &&
    history.state().redo === null
  ) {
    history.replaceTop({
      label: change.label,
      before: { ...change.before, ...previous.before },
      after: { ...previous.after, ...change.after },
    })
    return
  }
  history.record(change)
}

/** The id of the one event a step created, if it created exactly one and changed no other. */
function createdEvent(entry: HistoryEntry): string | null {
  const before = entry.before.events?.events
  const after = entry.after.events?.events
  if (!before || !after || after.length !== before.length + 1) return null
  const known = new Set(before.map((event) => event.id))
  const added = after.filter((event) => !known.has(event.id))
  return added.length === 1 ? (added[0]?.id ?? null) : null
}

/** Takes the top step back (undo) or makes it again (redo), exactly. */
function move(
  repository: WorkspaceRepository,
  history: History,
  direction: 'undo' | 'redo',
  stepId: number | null,
): HistoryMoved & { files: Partial<WorkspaceFiles> } {
  const entry = history.top(direction)
  if (!entry) {
    throw new RefusedError(
      direction === 'undo' ? 'There is nothing to undo.' : 'There is nothing to redo.',
    )
  }
  if (stepId !== null && entry.id !== stepId) {
    throw new RefusedError(
      `“${entry.label}” came after that change; ${direction === 'undo' ? 'undo' : 'redo'} it first.`,
    )
  }
  const [expected, target] =
    direction === 'undo' ? [entry.after, entry.before] : [entry.before, entry.after]
  const names = Object.keys(target) as WorkspaceFileName[]
  // Each file must still be the very object the step left: if anything else wrote it, writing
  // the step back would lose that change.
  if (names.some((name) => repository.read(name) !== expected[name])) {
    history.clear()
    throw new RefusedError(
      `The workspace changed since “${entry.label}”, so it cannot be ${direction === 'undo' ? 'undone' : 'redone'}.`,
    )
  }
  repository.transaction(() => {
    for (const name of names) repository.write(name, target[name] as never)
  })
  history.moved(direction)
  return { label: entry.label, files: forTheWindow(target) }
}

/**
 * The files as the window holds them: a group chat's messages (up to hundreds of thousands) stay
 * in main, as in the snapshot (schema/workspace.ts, chatSnapshotOf); the window asks for the pulse.
 */
function forTheWindow(files: Partial<WorkspaceFiles>): Partial<WorkspaceFiles> {
  if (files.chat === undefined) return files
  return { ...files, chat: { ...chatSnapshotOf(files.chat), chatMessages: [], chatTombstones: [] } }
}
