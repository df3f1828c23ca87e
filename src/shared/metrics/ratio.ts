/** The shape every metric shows: numerator and denominator on hover (DESIGN.md §2), not only a rate. */

export interface Ratio {
  numerator: number
  denominator: number
  /** `numerator / denominator`; null when the denominator is 0, because 0 of 0 is no rate at all. */
  value: number | null
  /** True where `going` registrations stood in for check-ins, so the UI labels it estimated. */
  isEstimated: boolean
}

/** A ratio of two counts, with no value when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number, isEstimated: boolean): Ratio {
  return {
    numerator,
    denominator,
    value: denominator === 0 ? null : numerator / denominator,
    isEstimated,
  }
}
