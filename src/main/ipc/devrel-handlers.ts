/**
 * The feedback loop board and the diagnostic checklist: each handler runs a rule from
 * src/shared/devrel and writes the reviews file once (the monthly reviews in it are kept as read).
 */
import type { DevrelChange, DevrelResponses } from '../../shared/ipc/channels/devrel'
import {
  assignFriction,
  createCluster,
  moveCluster,
  removeCluster,
  updateCluster,
} from '../../shared/devrel/cluster-rules'
import { saveDiagnosticAnswer } from '../../shared/devrel/diagnostic-answers'
import type { FeedbackResult } from '../../shared/devrel/feedback-loop'
import { logFriction, removeFriction } from '../../shared/devrel/friction-rules'
import type { Handlers, HandlerDeps } from './handler-types'
import { NotFoundError, RefusedError } from './errors'

export function devrelHandlers(deps: HandlerDeps): Pick<Handlers, keyof DevrelResponses> {
  const { repository } = deps
  const file = () => repository.read('reviews')
  const changeOf = (content: ReturnType<typeof file>, outcome: string): DevrelChange => ({
    frictions: content.frictions,
    clusters: content.clusters,
    diagnosticAnswers: content.diagnosticAnswers,
    outcome,
  })
  const save = (result: FeedbackResult): DevrelChange => {
    if (!result.ok) throw new RefusedError(result.reason)
    const content = { ...file(), ...result.feedback }
    repository.write('reviews', content)
    return changeOf(content, result.outcome)
  }
  /** A harvested friction must point at a retro or follow-up that exists. */
  const requireSource = (source: string, sourceId: string | null): void => {
    if (sourceId === null) return
    const journal = repository.read('journal')
    if (source === 'retro' && !journal.retros.some((retro) => retro.eventId === sourceId)) {
      throw new NotFoundError('That retro no longer exists.')
    }
    if (source === 'follow-up' && !journal.followUps.some((entry) => entry.id === sourceId)) {
      throw new NotFoundError('That follow-up no longer exists.')
    }
  }
  return {
    'feedback:log-friction': (draft) => {
      requireSource(draft.source, draft.sourceId)
      return save(logFriction(file(), draft, { id: deps.newId(), now: deps.now() }))
    },
    'feedback:remove-friction': ({ id }) => {
      const { result, removed } = removeFriction(file(), id)
      if (removed === null) throw new NotFoundError('This friction is no longer on the board.')
      const change = save(result)
      return change
    },
    'feedback:create-cluster': (draft) => {
      const clusterId = deps.newId()
      return {
        ...save(createCluster(file(), draft, { id: clusterId, now: deps.now() })),
        clusterId,
      }
    },
    'feedback:update-cluster': ({ id, ...fields }) => save(updateCluster(file(), id, fields)),
    'feedback:assign-friction': ({ frictionId, clusterId }) =>
      save(assignFriction(file(), frictionId, clusterId)),
    'feedback:move-cluster': ({ id, direction }) => save(moveCluster(file(), id, direction)),
    'feedback:remove-cluster': ({ id }) => {
      const { result, removed } = removeCluster(file(), id)
      if (removed === null) throw new NotFoundError('This cluster is no longer on the board.')
      const change = save(result)
      return change
    },
    'diagnostic:answer': ({ itemId, answer, note }) => {
      const current = file()
      const result = saveDiagnosticAnswer(current.diagnosticAnswers, itemId, { answer, note })
      if (!result.ok) throw new RefusedError(result.reason)
      const content = { ...current, diagnosticAnswers: result.answers }
      repository.write('reviews', content)
      return changeOf(content, result.outcome)
    },
  }
}
