import { describe, expect, it } from 'vitest'
import { countAgainstBar, countOf, formatCount, formatDecimal } from './format-number'

describe('the number formatter', () => {
  it('groups thousands alike', () => {
    expect(formatCount(80728)).toBe('80,728')
    expect(formatCount(17740)).toBe('17,740')
    expect(formatCount(0)).toBe('0')
    expect(formatDecimal(1234.56)).toBe('1,234.6')
  })

  it('names the thing counted, in the singular for one', () => {
    expect(countOf(1, 'row')).toBe('1 row')
    expect(countOf(80728, 'row')).toBe('80,728 rows')
    expect(countOf(2, 'person', 'people')).toBe('2 people')
  })

  it('never says more of a thing than its bar holds', () => {
    expect(countAgainstBar(1, 3)).toBe('1 of 3')
    expect(countAgainstBar(3, 3)).toBe('3 of 3')
    expect(countAgainstBar(3, 2)).toBe('3, target 2')
    expect(countAgainstBar(3, 2)).not.toMatch(/3 of 2/)
    expect(countAgainstBar(1, 3, 'demos confirmed')).toBe('1 of 3 demos confirmed')
    expect(countAgainstBar(3, 2, 'demos confirmed')).toBe('3 demos confirmed, target 2')
  })
})
