import { PEOPLE_ORDERS, type PeopleOrder } from '../../../../../shared/identity/people-order'
import { JOURNEY_STAGES, type JourneyStage } from '../../../../../shared/metrics/journey-funnel'
import { formatCount } from '../../../../../shared/util/format-number'
import { STAGE_DESCRIPTIONS, STAGE_LABELS } from './journey-stage-labels'

/** The people list's controls: which stage, which order, and how many are shown. */

const ORDER_LABELS: Record<PeopleOrder, string> = {
  name: 'Name',
  attended: 'Most events attended',
  recent: 'Newest first',
}
export const isPeopleOrder = (value: string): value is PeopleOrder =>
  (PEOPLE_ORDERS as readonly string[]).includes(value)
const isJourneyStage = (value: string): value is JourneyStage =>
  (JOURNEY_STAGES as readonly string[]).includes(value)

export function StageSelect({
  stage,
  onChange,
}: {
  stage: JourneyStage | undefined
  onChange: (stage: JourneyStage | undefined) => void
}) {
  return (
    <label className="row small muted">
      Stage
      <select
        className="select people-select"
        value={stage ?? ''}
        onChange={(event) => {
          const value = event.target.value
          onChange(isJourneyStage(value) ? value : undefined)
        }}
      >
        <option value="">All stages</option>
        {JOURNEY_STAGES.map((option) => (
          <option key={option} value={option}>
            {STAGE_LABELS[option]}
          </option>
        ))}
      </select>
    </label>
  )
}

export function OrderSelect({
  order,
  onChange,
}: {
  order: PeopleOrder
  onChange: (order: PeopleOrder) => void
}) {
  return (
    <label className="row small muted">
      Sort
      <select
        className="select people-select"
        value={order}
        onChange={(event) => {
          if (isPeopleOrder(event.target.value)) onChange(event.target.value)
        }}
      >
        {PEOPLE_ORDERS.map((option) => (
          <option key={option} value={option}>
            {ORDER_LABELS[option]}
          </option>
        ))}
      </select>
    </label>
  )
}

/** The chosen stage as a removable chip, with how many people are at it and what it means. */
export function StageFilterChip({
  stage,
  count,
  onRemove,
}: {
  stage: JourneyStage
  count: number
  onRemove: () => void
}) {
  const stageLabel = STAGE_LABELS[stage]
  return (
    <div className="people-filters">
      <span className="filter-chip" data-testid="stage-filter">
        <span>
          Stage: <strong>{stageLabel}</strong>
        </span>
        <span className="filter-chip-count tabular">{formatCount(count)}</span>
        <button
          type="button"
          className="filter-chip-remove"
          aria-label={`Remove the ${stageLabel} filter`}
          title="Show everyone"
          onClick={onRemove}
        >
          ×
        </button>
      </span>
      <span className="muted small">{STAGE_DESCRIPTIONS[stage]}</span>
    </div>
  )
}

/** "12 of 340 match", "40 of 1,204 people", "1,204 people". */
export function peopleCountWords(counts: {
  matches: number
  atStage: number
  total: number
  isSearching: boolean
  isStageChosen: boolean
}): string {
  const { matches, atStage, total } = counts
  if (counts.isSearching) return `${formatCount(matches)} of ${formatCount(atStage)} match`
  if (counts.isStageChosen) return `${formatCount(atStage)} of ${formatCount(total)} people`
  return `${formatCount(total)} ${total === 1 ? 'person' : 'people'}`
}
