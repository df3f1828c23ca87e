/**
 * The DevRel OS layer's actions (DESIGN.md §1.9): the feedback loop board and the diagnostic
 * checklist. Main saves and hands back the frictions, clusters and answers; removals record an
 * undo that asks main to put back its own copy of what it removed. Form actions throw, so the form
 * can say why in place; button actions report a refusal in a toast.
 */
import type { DiagnosticAnswer } from '../../../../shared/domain/review-schemas'
import type { ClusterDraft, ClusterFields } from '../../../../shared/devrel/cluster-rules'
import type { FrictionDraft } from '../../../../shared/devrel/friction-rules'
import type { DevrelChange } from '../../../../shared/ipc/channels/devrel'
import type { SliceCreator } from '../../app/store-types'

export interface DevrelSlice {
  /** Logs a friction; throws with the reason when main refuses it. */
  logFriction: (draft: FrictionDraft) => Promise<void>
  /** Creates a cluster; throws with the reason when main refuses it. */
  createCluster: (draft: ClusterDraft) => Promise<void>
  /** Saves a cluster's problem and scores; throws with the reason when main refuses it. */
  updateCluster: (id: string, fields: ClusterFields) => Promise<void>
  assignFriction: (frictionId: string, clusterId: string | null) => Promise<void>
  moveCluster: (id: string, direction: 1 | -1) => Promise<void>
  removeFriction: (id: string) => Promise<void>
  removeCluster: (id: string) => Promise<void>
  answerDiagnostic: (itemId: string, answer: DiagnosticAnswer) => Promise<void>
}

export const createDevrelSlice: SliceCreator<DevrelSlice> =
  ({ call }) =>
  (set, get) => {
    const apply = (change: DevrelChange, toast = true): void => {
      set({
        frictions: change.frictions,
        clusters: change.clusters,
        diagnosticAnswers: change.diagnosticAnswers,
      })
      if (toast) get().showToast(change.outcome, { undoable: true })
    }
    const guarded = async (run: () => Promise<void>): Promise<void> => {
      try {
        await run()
      } catch (error) {
        get().showToast((error as Error).message, { tone: 'error' })
      }
    }
    return {
      logFriction: async (draft) => apply(await call('feedback:log-friction', draft)),
      createCluster: async (draft) => apply(await call('feedback:create-cluster', draft)),
      updateCluster: async (id, fields) =>
        apply(await call('feedback:update-cluster', { id, ...fields })),
      assignFriction: (frictionId, clusterId) =>
        guarded(async () =>
          apply(await call('feedback:assign-friction', { frictionId, clusterId })),
        ),
      moveCluster: (id, direction) =>
        guarded(async () => apply(await call('feedback:move-cluster', { id, direction }))),
      removeFriction: (id) =>
        guarded(async () => {
          apply(await call('feedback:remove-friction', { id }), false)
          get().showToast('Friction removed', { undoable: true })
        }),
      removeCluster: (id) =>
        guarded(async () => apply(await call('feedback:remove-cluster', { id }))),
      answerDiagnostic: (itemId, answer) =>
        guarded(async () => apply(await call('diagnostic:answer', { itemId, ...answer }), false)),
    }
  }
