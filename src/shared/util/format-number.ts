/**
 * The one number formatter for what the organizer reads: thousands grouped the same way on every
 * screen and in every message ("80,728", never "80728" beside "17,740"). English grouping, as the
 * words around the numbers are English.
 */
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })

/** A whole count: 80728 → "80,728". */
export function formatCount(count: number): string {
  return COUNT.format(count)
}

/** A measure with at most one decimal: 3.25 → "3.3", 1200 → "1,200". */
export function formatDecimal(value: number): string {
  return DECIMAL.format(value)
}

/** "1 row", "80,728 rows": a count with its noun. */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`
}

/**
 * A count against the bar it has to reach: "1 of 3" while short of it, "3 of 3" on it, and
 * "5, target 3" past it: never "5 of 3", which reads as more of a thing than there is. With what
 * is counted: "1 of 3 demos confirmed", "5 demos confirmed, target 3".
 */
export function countAgainstBar(count: number, bar: number, what = ''): string {
  const words = what === '' ? '' : ` ${what}`
  return count <= bar
    ? `${formatCount(count)} of ${formatCount(bar)}${words}`
    : `${formatCount(count)}${words}, target ${formatCount(bar)}`
}
