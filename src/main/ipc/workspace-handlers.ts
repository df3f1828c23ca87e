import { buildSampleWorkspace } from '../../shared/sample/sample-workspace'
import type { Handlers, HandlerDeps } from './handler-types'
import { RefusedError } from './errors'
import { WORKSPACE_FILE_NAMES } from '../../shared/schema/workspace'

/** Loading the workspace and the first-run choice between sample data and an empty start. */
export function workspaceHandlers(
  deps: HandlerDeps,
): Pick<Handlers, 'workspace:load' | 'workspace:start' | 'workspace:update-settings'> {
  const { repository } = deps
  let pendingNotices = deps.startupNotices
  const load = () => {
    const notices = pendingNotices
    pendingNotices = []
    return {
      snapshot: repository.snapshot(),
      notices,
      isFirstRun: repository.read('settings').settings.startedWith === null,
      location: repository.directory,
    }
  }
  return {
    'workspace:load': load,
    'workspace:start': ({ startWith }) => {
      if (repository.read('settings').settings.startedWith !== null) {
        throw new RefusedError('This workspace has already been started.')
      }
      if (startWith === 'sample') {
        const sample = buildSampleWorkspace(deps.now())
        for (const name of WORKSPACE_FILE_NAMES) repository.write(name, sample[name] as never)
      } else {
        const { settings } = repository.read('settings')
        repository.write('settings', { settings: { ...settings, startedWith: 'empty' } })
      }
      return load()
    },
    'workspace:update-settings': (edited) => {
      const settings = { ...repository.read('settings').settings, ...edited }
      repository.write('settings', { settings })
      return settings
    },
  }
}
