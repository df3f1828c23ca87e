/**
 * Every action reachable by keyboard (issue 8): on each main screen, pressing Tab visits every
 * visible, enabled control. Drag-and-drop, menus and the run-of-show have their own keyboard
 * tests; this one catches a control that the mouse can reach and Tab cannot.
 */
import type { Page } from '@playwright/test'
import { EventsScreens } from './pages/events-page'
import { expect, test } from './support/desktop-fixture'

// tabindex="-1" marks a control reached another way: the rows of a list chosen with the arrow keys
// from its search field (tested in people.spec.ts).
const CONTROLS =
  ':is(button, a[href], input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable="true"]):not([tabindex="-1"])'

// Browser-side code as strings: the tests' tsconfig has no DOM types, and these run in the page.
const START_FRESH = `(() => {
  document.querySelectorAll('[data-tab-seen]').forEach((element) => element.removeAttribute('data-tab-seen'))
  if (!window.__tabListener) {
    window.__tabListener = (event) => event.target.setAttribute?.('data-tab-seen', '')
    document.addEventListener('focusin', window.__tabListener)
  }
  // Moves Tab's starting point to the top of the page (a blur would leave it where focus was).
  const start = document.createElement('span')
  start.tabIndex = -1
  document.body.prepend(start)
  start.focus()
  start.remove()
})()`

const NEVER_REACHED = `(() => {
  // checkVisibility also knows that the content of a closed <details> is not shown.
  const isVisible = (element) => element.checkVisibility({ visibilityProperty: true })
  // In a radio group only one radio is a Tab stop, the checked one or, with none checked, the
  // first (WAI-ARIA radio group); the arrow keys move within the group.
  const isRovingSibling = (element) => {
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || element.name === '') return false
    const group = 'input[type="radio"][name="' + CSS.escape(element.name) + '"]'
    const stop = document.querySelector(group + ':checked') ?? document.querySelector(group)
    return stop !== element
  }
  return [...document.querySelectorAll(${JSON.stringify(CONTROLS)})]
    .filter((element) => !element.closest('[inert], [aria-hidden="true"]'))
    .filter((element) => !element.disabled && isVisible(element))
    .filter((element) => !isRovingSibling(element))
    .filter((element) => !element.hasAttribute('data-tab-seen'))
    .map((element) => element.getAttribute('aria-label') || element.textContent.trim() || element.outerHTML.slice(0, 120))
})()`

/** Labels of the visible, enabled controls that Tab never reached on the page as it is now. */
async function unreachableControls(page: Page): Promise<string[]> {
  await page.evaluate(START_FRESH)
  // One press per control (the count includes hidden ones) is enough to visit every Tab stop.
  const total = await page.locator(CONTROLS).count()
  for (let press = 0; press < total + 5; press += 1) await page.keyboard.press('Tab')
  return (await page.evaluate(NEVER_REACHED)) as string[]
}

test('Tab reaches every control on the main screens', async ({ page, desktop }) => {
  test.setTimeout(120_000)
  const screens = new EventsScreens(page)
  await desktop.open()
  expect(await unreachableControls(page), 'first run').toEqual([])
  await screens.chooseSampleStart()
  const nav = page.getByRole('navigation', { name: 'Main' })
  const screensToCheck: [string, () => Promise<void>][] = [
    ['home', () => nav.getByRole('button', { name: 'Home' }).click()],
    ['events', () => nav.getByRole('button', { name: 'Events' }).click()],
    [
      'upcoming event',
      async () => {
        await nav.getByRole('button', { name: 'Events' }).click()
        await screens.section('Upcoming').getByTestId('event-row').first().click()
      },
    ],
    [
      'past event',
      async () => {
        await nav.getByRole('button', { name: 'Events' }).click()
        await screens.section('Past').getByTestId('event-row').first().click()
      },
    ],
    ['people', () => nav.getByRole('button', { name: 'People' }).click()],
    ['pipeline', () => nav.getByRole('button', { name: 'Pipeline' }).click()],
    ['metrics', () => nav.getByRole('button', { name: 'Metrics' }).click()],
    ['review', () => nav.getByRole('button', { name: 'Review' }).click()],
    ['feedback loop', () => nav.getByRole('button', { name: 'Feedback loop' }).click()],
    ['diagnostic', () => nav.getByRole('button', { name: 'Diagnostic' }).click()],
    ['settings', () => nav.getByRole('button', { name: 'Settings' }).click()],
  ]
  for (const [name, open] of screensToCheck) {
    await open()
    await expect(page.getByTestId('app-ready')).toBeVisible()
    expect(await unreachableControls(page), name).toEqual([])
  }
})

test('Cmd/Ctrl+F searches what is on screen, or the people list', async ({ page, desktop }) => {
  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseSampleStart()
  const nav = page.getByRole('navigation', { name: 'Main' })

  await screens.gotoEvents()
  await screens.section('Past').getByTestId('event-row').first().click()
  await page.keyboard.press('Control+f')
  await expect(page.getByRole('searchbox', { name: 'Search attendees' })).toBeFocused()

  await nav.getByRole('button', { name: 'Home' }).click()
  await page.keyboard.press('Control+f')
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible()
  await expect(page.getByRole('searchbox', { name: 'Search people' })).toBeFocused()
})
