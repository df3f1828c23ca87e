import { describe, expect, it } from 'vitest'
import { ratio } from './ratio'

describe('ratio', () => {
  it.each([
    { numerator: 1, denominator: 4, isEstimated: false, value: 0.25 },
    { numerator: 3, denominator: 3, isEstimated: true, value: 1 },
    { numerator: 0, denominator: 5, isEstimated: false, value: 0 },
    // 0 of 0 is no rate at all, not 0%.
    { numerator: 0, denominator: 0, isEstimated: true, value: null },
  ])('$numerator / $denominator = $value', ({ numerator, denominator, isEstimated, value }) => {
    expect(ratio(numerator, denominator, isEstimated)).toEqual({
      numerator,
      denominator,
      value,
      isEstimated,
    })
  })
})
