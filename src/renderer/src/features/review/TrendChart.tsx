import { useState, type ReactNode } from 'react'
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts'
import type { ChartPoint } from './trend-points'

/** Past this many points dots would merge into a smear; only warning dots stay. */
const MAX_DOTS = 60
const PERCENT_TICKS = [0, 25, 50, 75, 100]

/**
 * A metric's trend as a line on a 0–100 scale, with each point's inputs on hover (mouse, or the
 * arrow keys once the chart has focus) and the same numbers as a table: visually hidden for screen
 * readers, or shown instead of the chart with "Show as table" (and back with "Show as chart"). Colours come from the design tokens
 * through metrics.css, so the chart follows light and dark.
 */
export function TrendChart({
  title,
  label,
  points,
  valueName,
  unit = '',
  warningAbove,
  height,
  emptyText,
}: {
  /** The heading shown above the chart. */
  title: ReactNode
  /** The chart's and its table's accessible name. */
  label: string
  points: readonly ChartPoint[]
  /** The value column's heading, and the value's name on hover. */
  valueName: string
  /** Appended to the y-axis ticks: `%` for rates, nothing for an index. */
  unit?: string
  /** Draws the warning line; points above it are marked. */
  warningAbove?: number
  height: number
  emptyText: string
}) {
  const [isTable, setIsTable] = useState(false)
  const labels = new Map(points.map((point) => [point.key, point.label]))
  const inputNames = points[0]?.inputs.map((input) => input.name) ?? []
  const showsAllDots = points.length <= MAX_DOTS

  const renderDot = ({ cx, cy, index }: DotItemDotProps) => {
    const point = points[index]
    if (point === undefined || cx === undefined || cy === undefined) return null
    if (!showsAllDots && !point.isWarning) return null
    return (
      <circle
        key={point.key}
        className="trend-dot"
        data-warning={point.isWarning || undefined}
        cx={cx}
        cy={cy}
        r={point.isWarning ? 4.5 : 3.5}
      />
    )
  }

  return (
    <div className="trend" data-testid="trend">
      <div className="row-between">
        {title}
        {points.length > 0 && (
          <button
            type="button"
            className="link-button small"
            onClick={() => setIsTable((shown) => !shown)}
          >
            {isTable ? 'Show as chart' : 'Show as table'}
          </button>
        )}
      </div>
      {points.length === 0 ? (
        <p className="small muted">{emptyText}</p>
      ) : (
        <>
          {!isTable && (
            <LineChart
              className="trend-chart"
              responsive
              style={{ width: '100%', height }}
              data={[...points]}
              margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
              aria-label={label}
              desc="Use the arrow keys to step through the points. The same numbers are in the table."
            >
              <CartesianGrid vertical={false} />
              <XAxis
                dataKey="key"
                tickFormatter={(key: string) => labels.get(key) ?? ''}
                interval="preserveStartEnd"
                tickLine={false}
                minTickGap={4}
                padding={{ left: 12, right: 12 }}
              />
              <YAxis
                domain={[0, 100]}
                ticks={PERCENT_TICKS}
                tickFormatter={(value: number) => `${value}${unit}`}
                width={40}
                tickLine={false}
                axisLine={false}
              />
              {warningAbove !== undefined && (
                <ReferenceLine
                  y={warningAbove}
                  className="trend-warning-line"
                  label={{
                    value: `warning above ${warningAbove}`,
                    position: 'insideTopLeft',
                    className: 'trend-warning-label',
                  }}
                />
              )}
              <Tooltip
                content={({ active, payload }) => (
                  <TrendTooltip
                    point={active ? (payload[0]?.payload as ChartPoint | undefined) : undefined}
                    valueName={valueName}
                  />
                )}
                isAnimationActive={false}
              />
              <Line
                dataKey="value"
                type="linear"
                dot={renderDot}
                activeDot={{ r: 5, className: 'trend-dot-active' }}
                isAnimationActive={false}
              />
            </LineChart>
          )}
          {/* Shown, the table takes the chart's place; hidden, screen readers still read it. */}
          <div className={isTable ? undefined : 'visually-hidden'}>
            <table className="table trend-table" aria-label={label} data-testid="trend-table">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  {inputNames.map((name) => (
                    <th key={name} scope="col" className="tabular">
                      {name}
                    </th>
                  ))}
                  <th scope="col" className="tabular">
                    {valueName}
                  </th>
                </tr>
              </thead>
              <tbody>
                {points.map((point) => (
                  <tr key={point.key} data-warning={point.isWarning || undefined}>
                    {/* The chart's short label keeps the table narrow enough for a half-width
                        card; the full title is in the hover and read out by screen readers. */}
                    <th scope="row" title={point.title}>
                      {point.label}
                      <span className="visually-hidden"> {point.title}</span>
                    </th>
                    {point.inputs.map((input) => (
                      <td key={input.name} className="tabular">
                        {input.text}
                      </td>
                    ))}
                    <td className="tabular" data-testid="trend-value">
                      {point.valueText}
                      {point.isEstimated && <span className="faint"> est.</span>}
                      {point.isWarning && (
                        <span className="trend-warning-text"> above warning</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  )
}

/** The hovered point: its event, value and the inputs it was computed from. */
function TrendTooltip({ point, valueName }: { point: ChartPoint | undefined; valueName: string }) {
  if (point === undefined) return null
  return (
    <div className="trend-tooltip small" data-testid="trend-tooltip">
      <strong>{point.title}</strong>
      <span className="tabular">
        {valueName}: {point.valueText}
        {point.isWarning && ' · above the warning line'}
      </span>
      <span className="muted tabular">
        {point.inputs.map((input) => `${input.name} ${input.text}`).join(' · ')}
      </span>
      {point.notes.map((note) => (
        <span key={note} className="muted">
          {note}
        </span>
      ))}
    </div>
  )
}
