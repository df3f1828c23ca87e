import type { EventStatus } from '../../../../shared/domain/schemas'

const TONE: Record<EventStatus, string> = {
  planning: 'badge',
  announced: 'badge badge-info',
  live: 'badge badge-ok',
  done: 'badge',
}

const LABEL: Record<EventStatus, string> = {
  planning: 'Planning',
  announced: 'Announced',
  live: 'Live',
  done: 'Done',
}

/** The event's lifecycle status as a badge. */
export function EventStatusBadge({ status }: { status: EventStatus }) {
  return <span className={TONE[status]}>{LABEL[status]}</span>
}

export const statusLabel = (status: EventStatus): string => LABEL[status]
