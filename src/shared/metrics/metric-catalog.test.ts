import { describe, expect, it } from 'vitest'
import { formatMetric, isMetricWarning, METRIC_CATALOG, type MetricId } from './metric-catalog'

describe('the metric catalog', () => {
  it.each([
    ['firstTimeDemoConversion', 0.4166, '42%'],
    ['repeatSpeakerRate', 0, '0%'],
    ['speakerPipeline', 80728, '80,728'],
    ['timeToShip', 12, '12 days'],
    ['timeToShip', 1, '1 day'],
    ['organizerFatigue', 63.4, '63'],
    ['followUpsCompleted', null, '—'],
    ['returningBuilderRate', Number.NaN, '—'],
  ] as const)('reads %s %s as %s', (id, value, expected) => {
    expect(formatMetric(id, value)).toBe(expected)
  })

  it.each([
    ['organizerFatigue', 61, true],
    ['organizerFatigue', 60, false],
    ['forwardMoves', 2, true],
    ['forwardMoves', 3, false],
    ['forwardMoves', null, false],
    ['repeatSpeakerRate', 0, false],
  ] as const)('warns for %s at %s: %s', (id, value, expected) => {
    expect(isMetricWarning(id, value)).toBe(expected)
  })

  it('gives every metric a label and a formula in words', () => {
    for (const id of Object.keys(METRIC_CATALOG) as MetricId[]) {
      expect(METRIC_CATALOG[id].label).not.toBe('')
      expect(METRIC_CATALOG[id].formula).toMatch(/\.$/)
    }
  })
})
