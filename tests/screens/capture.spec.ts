import { mkdirSync } from 'node:fs'
import { expect, test } from '../e2e/support/desktop-fixture'

const out = process.env['SCREENSHOT_DIR'] ?? 'test-results/screenshots'
mkdirSync(out, { recursive: true })

for (const scheme of ['light', 'dark'] as const) {
  test(`main screens, ${scheme}`, async ({ page, desktop }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await desktop.open()
    await page.screenshot({ path: `${out}/${scheme}-first-run.png` })
    await page.getByRole('button', { name: /Start with the sample workspace/ }).click()
    await expect(page.getByTestId('app-ready')).toBeVisible()
    await page.screenshot({ path: `${out}/${scheme}-home.png` })
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Events' })
      .click()
    await page.screenshot({ path: `${out}/${scheme}-events.png` })
    await page.getByTestId('event-row').first().click()
    await page.screenshot({ path: `${out}/${scheme}-event.png` })
    await page.getByRole('button', { name: 'Edit' }).click()
    await page.screenshot({ path: `${out}/${scheme}-event-edit.png` })
  })
}
