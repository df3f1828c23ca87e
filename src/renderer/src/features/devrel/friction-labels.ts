/** How the feedback loop board names a friction's source and date. */
import type { Friction } from '../../../../shared/domain/review-schemas'

export const SOURCE_LABELS: Record<Friction['source'], string> = {
  retro: 'Retro',
  'follow-up': 'Follow-up',
  channel: 'Channel',
  manual: 'Seen',
}

const SHORT_DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })

/** "3 Nov": when the friction was logged, in the reader's time zone. */
export function formatLoggedOn(instant: string): string {
  return SHORT_DATE.format(new Date(instant))
}
