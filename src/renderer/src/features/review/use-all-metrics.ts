/** Every metric over a window, recomputed only when the data it reads changes. */
import { useMemo } from 'react'
import { computeAllMetrics, type AllMetrics } from '../../../../shared/metrics/all-metrics'
import type { MetricWindowKind } from '../../../../shared/metrics/metric-window'
import { useMetricsInput } from '../../hooks/use-metrics-input'

export function useAllMetrics(now: Date, windowKind: MetricWindowKind): AllMetrics {
  const input = useMetricsInput()
  return useMemo(() => computeAllMetrics(input, now, windowKind), [input, now, windowKind])
}
