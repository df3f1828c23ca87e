/**
 * What a screen reader hears after a cluster is moved on the feedback board: its problem, the
 * stage it is now in and its place there ("Nights start late moved to Fix, position 2 of 2"),
 * as the pipeline board says it for a card.
 */
import { FEEDBACK_STAGES } from '../../../../shared/domain/review-schemas'
import { STAGE_LABELS } from '../../../../shared/devrel/feedback-stages'
import type { FeedbackBoardView } from './use-feedback-board'

export function clusterMoveAnnouncement(
  byStage: FeedbackBoardView['byStage'],
  clusterId: string,
): string {
  for (const stage of FEEDBACK_STAGES) {
    const column = byStage[stage]
    const index = column.findIndex((entry) => entry.cluster.id === clusterId)
    if (index === -1) continue
    const problem = column[index]?.cluster.problem ?? 'The cluster'
    return `${problem} moved to ${STAGE_LABELS[stage]}, position ${index + 1} of ${column.length}.`
  }
  return ''
}
