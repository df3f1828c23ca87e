/**
 * Counts renders of named components, only when a benchmark has asked for it by setting
 * `globalThis.__devrelRenderCounts` (bench/board-bench.ts); otherwise one property read and out.
 * Production React has no Profiler callbacks, so this is how the board's re-render claim is measured.
 */
export function countRender(name: string): void {
  const counts = (globalThis as { __devrelRenderCounts?: Record<string, number> })
    .__devrelRenderCounts
  if (counts !== undefined) counts[name] = (counts[name] ?? 0) + 1
}
