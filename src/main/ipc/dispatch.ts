/**
 * The single door into the handlers: checks the channel, validates the payload against the
 * contract's schema, and turns every outcome into an `IpcResult`. Both Electron's ipcMain and the
 * e2e test bridge go through it.
 */
import { isChannel, requestSchemas, type Channel, type IpcResult } from '../../shared/ipc/contract'
import type { ChangeLog } from '../history/change-log'
import type { History } from '../history/history'
import type { Handler, Handlers } from './handler-types'
import { DamagedFileError } from '../persistence/backups'
import { UnfinishedReplaceError } from '../persistence/workspace-repository'
import { DiskFullError, ReadOnlyFolderError } from '../persistence/write-errors'
import { NotFoundError, RefusedError } from './errors'

/**
 * Validates and runs one request; never throws. With `history`, every result says what Undo and
 * Redo would do next, so the Edit menu and the toasts can name it; with `changes` (the log the
 * handlers were built with), every successful result carries the files the request wrote, for
 * the renderer to apply in one place.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  history?: Pick<History, 'state'>,
  changes?: Pick<ChangeLog, 'collect'>,
): Promise<IpcResult<unknown>> {
  const result = await run(handlers, channel, payload, changes)
  return history ? { ...result, history: history.state() } : result
}

async function run(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  changes: Pick<ChangeLog, 'collect'> | undefined,
): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: { code: 'invalid-request', message: `Unknown channel ${String(channel)}` },
    }
  }
  const parsed = requestSchemas[channel].safeParse(payload)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
    return {
      ok: false,
      error: { code: 'invalid-request', message: `${where}${issue?.message ?? 'Invalid request'}` },
    }
  }
  try {
    const handler = handlers[channel] as Handler<Channel>
    const call = () => handler(parsed.data as never)
    if (!changes) return { ok: true, value: await call() }
    // The record is this request's own, though an async handler may wait while others run.
    const { value, record } = changes.collect(call)
    const resolved = await value
    return { ok: true, value: resolved, changes: record.files }
  } catch (error) {
    if (error instanceof RefusedError)
      return { ok: false, error: { code: 'refused', message: error.message } }
    if (error instanceof NotFoundError)
      return { ok: false, error: { code: 'not-found', message: error.message } }
    if (error instanceof DiskFullError)
      return { ok: false, error: { code: 'disk-full', message: error.message } }
    if (error instanceof ReadOnlyFolderError)
      return { ok: false, error: { code: 'read-only', message: error.message } }
    // Written for the person already: what went wrong with the workspace's own files.
    if (error instanceof DamagedFileError || error instanceof UnfinishedReplaceError)
      return { ok: false, error: { code: 'failed', message: error.message } }
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { code: 'failed', message: `Something went wrong: ${message}` } }
  }
}
