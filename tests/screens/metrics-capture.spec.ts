import { mkdirSync } from 'node:fs'
import { expect, test } from '../e2e/support/desktop-fixture'

const out = process.env['SCREENSHOT_DIR'] ?? 'test-results/screenshots'
mkdirSync(out, { recursive: true })

for (const scheme of ['light', 'dark'] as const) {
  test(`metrics, ${scheme}`, async ({ page, desktop }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await desktop.open()
    await page.getByRole('button', { name: /Start with the sample workspace/ }).click()
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Metrics' })
      .click()
    await expect(page.getByTestId('metric').first()).toBeVisible()
    await page.screenshot({ path: `${out}/${scheme}-metrics.png` })
    // The content pane scrolls, not the page: the charts below the fold as their own picture.
    await page
      .getByRole('region', { name: 'Trends' })
      .screenshot({ path: `${out}/${scheme}-metrics-trends.png` })

    // A fatigue point hovered, to look at the tooltip with the check-in's inputs.
    const fatigue = page.getByTestId('trend').filter({ hasText: 'Organizer fatigue per check-in' })
    await fatigue.locator('.trend-dot').last().hover()
    await expect(page.getByTestId('trend-tooltip')).toBeVisible()
    await fatigue.screenshot({ path: `${out}/${scheme}-metrics-fatigue-hover.png` })

    await fatigue.getByRole('button', { name: 'Show as table' }).click()
    await fatigue.screenshot({ path: `${out}/${scheme}-metrics-fatigue-table.png` })
  })

  test(`monthly review at 1280×800, ${scheme}`, async ({ page, desktop }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width: 1280, height: 800 })
    await desktop.open()
    await page.getByRole('button', { name: /Start with the sample workspace/ }).click()
    // The next night announced past its gates, so the month has overrides to list.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Events' })
      .click()
    await page
      .getByRole('region', { name: 'Upcoming events' })
      .getByTestId('event-row')
      .first()
      .click()
    await page.getByRole('button', { name: 'Announce anyway…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Announce anyway?' })
    await dialog
      .getByLabel('Why go ahead now?')
      .fill('The venue needs the date public this week, speakers confirmed by phone')
    await dialog.getByRole('button', { name: 'Record reason and announce' }).click()
    await expect(dialog).toBeHidden()
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Review' })
      .click()
    await page
      .getByRole('textbox', { name: 'Insight' })
      .fill('Follow-ups to first-timers bring them back, and short slots keep the room awake.')
    await page.getByRole('button', { name: 'Close the review' }).click()
    await expect(page.getByTestId('timeline-review')).toHaveCount(1)
    await page.screenshot({ path: `${out}/${scheme}-review.png` })

    // The fullest screen: four long insights in the timeline, the trend as a table.
    for (let count = 2; count <= 4; count += 1) {
      await page.getByRole('textbox', { name: 'Insight' }).fill(`Insight ${count} `.repeat(200))
      await page.getByRole('button', { name: 'Close the review' }).click()
      await expect(page.getByTestId('timeline-review')).toHaveCount(count)
    }
    await page.getByRole('button', { name: 'Show as table' }).click()
    await page.screenshot({ path: `${out}/${scheme}-review-full.png` })
  })
}
