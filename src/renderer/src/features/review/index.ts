/** What other features may use of the review feature: the due banner and the trend chart. */
export { ReviewDueBanner } from './ReviewDueBanner'
export { TrendChart } from './TrendChart'
export type { ChartInput, ChartPoint } from './trend-points'
