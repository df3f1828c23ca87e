import type { SummaryContext } from '../../../../../shared/identity/people-queries'
import { useAppStore } from '../../../app/store-context'
import { useNow } from '../../../hooks/use-now'
import { selectAttendanceFacts, summaryContextAt } from './people-selectors'

/**
 * What every person's summary shares, at the current time: an event that has not started yet is
 * upcoming, as the journey funnel counts it. The same object until an event starts.
 */
export function useSummaryContext(): SummaryContext {
  return summaryContextAt(useAppStore(selectAttendanceFacts), useNow())
}
