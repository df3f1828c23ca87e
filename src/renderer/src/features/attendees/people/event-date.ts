/** How the people screens write an event's date: short, and the venue's calendar day. */

const SHORT_DATE = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/**
 * "7 Dec 2025" for a venue wall-clock start (`2025-12-07T18:30`): formatted as a UTC date so the
 * reader's own time zone never moves an evening event to the next day.
 */
export function formatEventDate(start: string): string {
  const [year = 1970, month = 1, day = 1] = start.slice(0, 10).split('-').map(Number)
  return SHORT_DATE.format(new Date(Date.UTC(year, month - 1, day)))
}

const MONTH_YEAR = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' })

/** "Dec 2025" for an instant, in the reader's time zone: when someone was first known. */
export function formatMonthYear(instant: string): string {
  return MONTH_YEAR.format(new Date(instant))
}
