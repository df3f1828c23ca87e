import type { JourneyStage } from '../../../../../shared/metrics/journey-funnel'
import { EmptyState } from '../../../components/EmptyState'
import { STAGE_DESCRIPTIONS, STAGE_LABELS } from './journey-stage-labels'

/** What the people list says when it shows no one: a search that found nobody, or an empty stage. */
export function NoOneShown({
  search,
  stage,
  onClearSearch,
  onShowEveryone,
}: {
  /** The trimmed search when searching, else null. */
  search: string | null
  stage: JourneyStage | undefined
  onClearSearch: () => void
  onShowEveryone: () => void
}) {
  const stageLabel = stage === undefined ? '' : STAGE_LABELS[stage]
  return search !== null ? (
    <EmptyState
      title={`No one matches “${search}”`}
      action={
        <button type="button" className="btn" onClick={onClearSearch}>
          Clear the search
        </button>
      }
    >
      Search looks at names and every e-mail a person is known under
      {stage === undefined ? '' : `, among the people at ${stageLabel}`}.
    </EmptyState>
  ) : (
    <EmptyState
      title={`No one at ${stageLabel} yet`}
      action={
        <button type="button" className="btn" onClick={onShowEveryone}>
          Show everyone
        </button>
      }
    >
      {stage === undefined ? null : `${stageLabel}: ${STAGE_DESCRIPTIONS[stage]}.`}
    </EmptyState>
  )
}
