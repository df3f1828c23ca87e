import { mkdirSync } from 'node:fs'
import { expect, test } from '../e2e/support/desktop-fixture'

const out = process.env['SCREENSHOT_DIR'] ?? 'test-results/screenshots'
mkdirSync(out, { recursive: true })

for (const scheme of ['light', 'dark'] as const) {
  test(`retro and follow-ups, ${scheme}`, async ({ page, desktop }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await desktop.open()
    await page.getByRole('button', { name: /Start with the sample workspace/ }).click()
    await expect(page.getByTestId('retro-due')).toBeVisible()
    await page.screenshot({ path: `${out}/${scheme}-home-retro-due.png` })
    await page.getByRole('button', { name: 'Write the retro' }).click()
    await page.getByRole('region', { name: 'Retro' }).getByLabel('What worked').fill('Short slots')
    await page.screenshot({ path: `${out}/${scheme}-event-retro.png` })
    await page.getByRole('region', { name: 'Follow-ups' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${out}/${scheme}-event-follow-ups.png` })
  })
}
