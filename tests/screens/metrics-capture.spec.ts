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
  })
}

test('monthly review at 1280×800', async ({ page, desktop }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await desktop.open()
  await page.getByRole('button', { name: /Start with the sample workspace/ }).click()
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Review' })
    .click()
  await page.screenshot({ path: `${out}/light-review.png` })
})
