import type { PipelineResponses } from '../../shared/ipc/channels/pipeline'
import type { Handlers, HandlerDeps } from './handler-types'

/** The pipeline channels' handlers. */
export function pipelineHandlers(_deps: HandlerDeps): Pick<Handlers, keyof PipelineResponses> {
  return {}
}
