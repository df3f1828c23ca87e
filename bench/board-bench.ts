/**
 * The pipeline board under a drag, in Chromium over the built renderer: 500 cards in 5 columns.
 * Reports the time from the pointer crossing the drag threshold to the first frame with the drag
 * overlay, and renders per pointer move of card bodies, card wrappers and columns (DESIGN: a drag
 * must re-render only the moving card and the columns it crosses).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium, type Page } from '@playwright/test'
import type { Board, BoardCard } from '../src/shared/domain/board-schemas'
import type { Person } from '../src/shared/domain/schemas'
import { buildSampleWorkspace } from '../src/shared/sample/sample-workspace'
import { toSnapshot } from '../src/shared/schema/workspace'
import type { BenchFigure, BenchSuite } from './index'

const CARDS = 500
const COLUMNS = 5
const MOVES = 30
const PORT = Number(process.env['BENCH_PORT'] ?? 4198)
const OUT = process.env['DEVREL_OUT'] ?? 'out'

/** The sample workspace with `CARDS` people on the board, spread evenly over the columns. */
function workspaceWithBigBoard(now: Date) {
  const files = buildSampleWorkspace(now)
  const people: Person[] = [...files.people.people]
  for (let index = people.length; index < CARDS; index += 1) {
    people.push({
      ...people[0]!,
      id: `bench-person-${index}`,
      name: `Bench Person ${index}`,
      emails: [],
    })
  }
  const at = new Date(now.getTime() - 3 * 86_400_000).toISOString()
  const columns = files.board.board.columns
  const cards: BoardCard[] = people.slice(0, CARDS).map((person, index) => ({
    id: `bench-card-${index}`,
    personId: person.id,
    nextStep: index % 3 === 0 ? 'Ask about a demo' : '',
    dueDate: null,
    tags: [],
    createdAt: at,
    history: [
      { fromColumnId: null, toColumnId: columns[index % COLUMNS]!.id, at, isForward: false },
    ],
  }))
  const board: Board = {
    columns: columns.map((column, position) => ({
      ...column,
      cardIds: cards.filter((_, index) => index % COLUMNS === position).map((card) => card.id),
    })),
    cards,
  }
  return toSnapshot({
    ...files,
    people: { ...files.people, people },
    board: { board },
  })
}

async function frame(page: Page): Promise<void> {
  // Runs in the page; the bench's tsconfig has no DOM types, hence the cast.
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        (
          globalThis as unknown as { requestAnimationFrame: (run: () => void) => void }
        ).requestAnimationFrame(() => resolve(null)),
      ),
  )
}

async function counts(page: Page, reset = false): Promise<Record<string, number>> {
  return page.evaluate((shouldReset) => {
    const holder = globalThis as unknown as { __devrelRenderCounts: Record<string, number> }
    const current = { ...holder.__devrelRenderCounts }
    if (shouldReset) holder.__devrelRenderCounts = {}
    return current
  }, reset)
}

async function measure(): Promise<BenchFigure[]> {
  if (!existsSync(`${OUT}/renderer/index.html`)) {
    spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', env: process.env })
  }
  const server: ChildProcess = spawn(
    'node',
    ['scripts/serve-static.mjs', `${OUT}/renderer`, String(PORT)],
    {
      stdio: 'ignore',
    },
  )
  const chromiumPath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: ['--no-sandbox', '--disable-gpu'],
  })
  try {
    await new Promise((resolve) => setTimeout(resolve, 500))
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const snapshot = workspaceWithBigBoard(new Date())
    // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
    await page.addInitScript(`
      globalThis.__devrelRenderCounts = {}
      const loaded = ${JSON.stringify({ snapshot, notices: [], isFirstRun: false, location: 'bench' })}
      globalThis.api = Object.freeze({
        invoke: async (channel) =>
          channel === 'workspace:load'
            ? { ok: true, value: loaded }
            : { ok: false, error: { code: 'failed', message: 'read-only benchmark' } },
        onMenuCommand: () => () => undefined,
      })
    `)
    page.on('pageerror', (error) => console.error('page error:', error.message))
    await page.goto(`http://127.0.0.1:${PORT}/#/pipeline`)
    await page
      .getByTestId('board')
      .waitFor({ timeout: 60_000 })
      .catch(async (error: unknown) => {
        await page.screenshot({ path: 'test-results/board-bench-failure.png' })
        throw error
      })
    await page.getByTestId('board-card').first().waitFor()
    const rendered = await page.getByTestId('board-card').count()

    const handle = page.getByTestId('board-card').first().locator('.board-card-handle')
    const box = await handle.boundingBox()
    const columns = await page.getByTestId('board-column').all()
    const third = await columns[2]!.boundingBox()
    if (box === null || third === null) throw new Error('board not laid out')
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    // What a pointer move costs with no drag: the CDP round trip, to read the figures against.
    const idleStarted = performance.now()
    for (let step = 0; step < MOVES; step += 1) await page.mouse.move(x + (step % 2), y)
    const idleMs = (performance.now() - idleStarted) / MOVES
    await page.mouse.move(x, y)
    await page.mouse.down()
    await counts(page, true)
    const started = performance.now()
    await page.mouse.move(x + 12, y + 4)
    await page.locator('.board-card-overlay').waitFor()
    await frame(page)
    const startMs = performance.now() - started
    const atStart = await counts(page, true)

    // Across the second column into the third, one pointer event per move.
    const moveStarted = performance.now()
    for (let step = 1; step <= MOVES; step += 1) {
      const fraction = step / MOVES
      await page.mouse.move(
        x + 12 + fraction * (third.x + third.width / 2 - x),
        y + 4 + fraction * 60,
      )
    }
    await frame(page)
    await frame(page)
    const perMoveMs = (performance.now() - moveStarted) / MOVES
    const during = await counts(page, true)
    await page.keyboard.press('Escape')
    await page.mouse.up()

    const per = (name: string) => ((during[name] ?? 0) / MOVES).toFixed(2)
    return [
      { label: 'cards on the board', value: String(CARDS) },
      { label: 'cards rendered (25 per column until "Show all")', value: String(rendered) },
      { label: 'drag start → first frame with overlay', value: `${startMs.toFixed(0)} ms` },
      { label: 'renders at drag start: card bodies', value: String(atStart['card-body'] ?? 0) },
      { label: 'renders at drag start: columns', value: String(atStart['column'] ?? 0) },
      { label: 'pointer moves measured', value: String(MOVES) },
      { label: 'time per pointer move while dragging', value: `${perMoveMs.toFixed(1)} ms` },
      { label: 'time per pointer move, no drag (CDP baseline)', value: `${idleMs.toFixed(1)} ms` },
      { label: 'card body renders per move', value: per('card-body') },
      { label: 'card wrapper renders per move', value: per('card-wrapper') },
      { label: 'column renders per move', value: per('column') },
    ]
  } finally {
    await browser.close()
    server.kill()
  }
}

export const boardBench: BenchSuite = {
  name: 'pipeline board drag',
  description: `${CARDS} cards in ${COLUMNS} columns, Chromium over the built renderer`,
  run: measure,
}
