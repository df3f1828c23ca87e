/**
 * `npm run bench`: runs every suite in `SUITES` once and prints its figures as a table. A suite
 * measures and reports; it never passes or fails, because timings depend on the machine.
 */
import { boardBench } from './board-bench'
import { chatBench } from './chat-bench'
import { doorBench } from './door-bench'
import { identityBench } from './identity-bench'
import { importBench } from './import-bench'
import { metricsBench } from './metrics-bench'
import { scaleBench } from './scale-bench'
import { storeBench } from './store-bench'

export interface BenchFigure {
  label: string
  value: string
}

export interface BenchSuite {
  name: string
  /** What the suite measures, printed above its figures. */
  description: string
  run: () => BenchFigure[] | Promise<BenchFigure[]>
}

// Add further suites here; each lives in its own `*-bench.ts`.
const SUITES: readonly BenchSuite[] = [
  importBench,
  identityBench,
  boardBench,
  metricsBench,
  scaleBench,
  storeBench,
  chatBench,
  doorBench,
]

/** A two-column table: labels left-aligned, values right-aligned. */
export function formatFigures(figures: readonly BenchFigure[]): string {
  const labelWidth = Math.max(...figures.map((figure) => figure.label.length))
  const valueWidth = Math.max(...figures.map((figure) => figure.value.length))
  return figures
    .map((figure) => `  ${figure.label.padEnd(labelWidth)}  ${figure.value.padStart(valueWidth)}`)
    .join('\n')
}

/** `npm run bench -- board` runs only the suites whose name contains one of the words given. */
async function main(): Promise<void> {
  const words = process.argv.slice(2).map((word) => word.toLowerCase())
  const chosen =
    words.length === 0
      ? SUITES
      : SUITES.filter((suite) => words.some((word) => suite.name.includes(word)))
  for (const suite of chosen) {
    console.log(`${suite.name}: ${suite.description}`)
    console.log(formatFigures(await suite.run()))
    console.log('')
  }
}

await main()
