/**
 * Page object for the layout checks (issue 16): the three window sizes, the two colour schemes, the
 * screens reached by their address, and what "fits" means, measured in the page.
 */
import { mkdirSync } from 'node:fs'
import { expect, type Page } from '@playwright/test'
import { sampleEventId } from '../../../src/shared/sample/sample-workspace'
import { EventsScreens } from './events-page'
import type { Desktop } from '../support/desktop-fixture'
import { writeLongWorkspace } from '../support/long-workspace'

export const WINDOW_SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
] as const
export const SCHEMES = ['light', 'dark'] as const
export const WORKSPACES = ['sample', 'long'] as const
export type WindowSize = (typeof WINDOW_SIZES)[number]
export type Scheme = (typeof SCHEMES)[number]
export type WorkspaceKind = (typeof WORKSPACES)[number]

export const PAST_EVENT_ID = sampleEventId(14)
export const UPCOMING_EVENT_ID = sampleEventId(15)

const SCREENSHOTS = process.env['LAYOUT_SCREENSHOT_DIR'] ?? 'test-results/layout'

/** How far each box overflows sideways, in CSS pixels (0 when it fits). */
export interface Overflow {
  mainPane: number
  document: number
}

// Browser-side code as a string: the tests' tsconfig has no DOM types.
const MEASURE = `(() => {
  const main = document.querySelector('main')
  const root = document.documentElement
  return {
    mainPane: main ? main.scrollWidth - main.clientWidth : 0,
    document: root.scrollWidth - root.clientWidth,
  }
})()`

const UNROLL = `(() => {
  for (const element of [document.documentElement, document.body, document.getElementById('root'), document.querySelector('.shell')]) {
    if (element) element.style.height = 'auto'
  }
  const main = document.querySelector('main')
  if (main) main.style.overflow = 'visible'
})()`
const ROLL_BACK = `(() => {
  for (const element of [document.documentElement, document.body, document.getElementById('root'), document.querySelector('.shell'), document.querySelector('main')]) {
    element?.removeAttribute('style')
  }
})()`

export class LayoutProbe {
  constructor(
    private readonly page: Page,
    private readonly desktop: Desktop,
  ) {}

  /** Opens the app on the chosen workspace in the chosen scheme, past the first run. */
  async open(workspace: WorkspaceKind, scheme: Scheme): Promise<void> {
    await this.page.emulateMedia({ colorScheme: scheme })
    if (workspace === 'long') await writeLongWorkspace(this.desktop.directory)
    await this.desktop.open()
    if (workspace === 'sample') await new EventsScreens(this.page).chooseSampleStart()
    await expect(this.page.getByTestId('app-ready')).toBeVisible()
  }

  /** Goes to a screen by its address and waits for its heading. */
  async visit(hash: string, heading: string | RegExp): Promise<void> {
    await this.page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`)
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  }

  async resize(size: WindowSize): Promise<void> {
    await this.page.setViewportSize(size)
    // The layout has settled once the window reports the new width.
    await expect
      .poll(() => this.page.evaluate('document.documentElement.clientWidth'))
      .toBe(size.width)
  }

  async overflow(): Promise<Overflow> {
    return (await this.page.evaluate(MEASURE)) as Overflow
  }

  /**
   * Asserts (softly, so one run lists every screen that does not fit) that nothing overflows
   * sideways, and saves a screenshot to look at.
   */
  async expectFits(label: string, size: WindowSize, name: string): Promise<void> {
    expect
      .soft(await this.overflow(), `${name} at ${size.width}×${size.height}, ${label}`)
      .toEqual({ mainPane: 0, document: 0 })
    mkdirSync(SCREENSHOTS, { recursive: true })
    // The whole screen, not only the window's first page: the main pane is unrolled for the shot.
    await this.page.evaluate(UNROLL)
    await this.page.screenshot({
      path: `${SCREENSHOTS}/${name}-${size.width}-${label}.png`,
      fullPage: true,
      // A long list (the people) is cut at a few window-heights: enough to see the layout.
      clip: { x: 0, y: 0, width: size.width, height: size.height * 2.5 },
    })
    await this.page.evaluate(ROLL_BACK)
  }

  /**
   * Asserts every region in `selector` (a board's columns) lies within the window's width: reachable
   * without scrolling sideways.
   */
  async expectAllWithinWindow(selector: string, size: WindowSize): Promise<void> {
    type Box = { name: string | null; left: number; right: number }
    const boxes = await this.page
      .locator(selector)
      .evaluateAll(
        (elements: { getAttribute(name: string): string | null; getBoundingClientRect(): Box }[]) =>
          elements.map((element) => {
            const box = element.getBoundingClientRect()
            return { name: element.getAttribute('aria-label'), left: box.left, right: box.right }
          }),
      )
    const outside = boxes.filter((box) => box.left < 0 || box.right > size.width + 0.5)
    expect.soft(outside, `columns outside a ${size.width}px window`).toEqual([])
  }
}

/** Visits each screen at each window size, asserting it fits, with screenshots named per case. */
export async function checkScreens(
  probe: LayoutProbe,
  label: string,
  screens: readonly {
    name: string
    visit: () => Promise<void>
    also?: (size: WindowSize) => Promise<void>
  }[],
): Promise<void> {
  for (const screen of screens) {
    await screen.visit()
    for (const size of WINDOW_SIZES) {
      await probe.resize(size)
      await probe.expectFits(label, size, screen.name)
      await screen.also?.(size)
    }
  }
}
