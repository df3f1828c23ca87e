import { mkdirSync } from 'node:fs'
import { DemosSection } from '../e2e/pages/demos-section'
import { expect, test } from '../e2e/support/desktop-fixture'

const out = process.env['SCREENSHOT_DIR'] ?? 'test-results/screenshots'
mkdirSync(out, { recursive: true })

for (const scheme of ['light', 'dark'] as const) {
  test(`demo slots, ${scheme}`, async ({ page, desktop }) => {
    const demos = new DemosSection(page)
    await page.emulateMedia({ colorScheme: scheme })
    await desktop.open()
    await page.getByRole('button', { name: /Start with the sample workspace/ }).click()
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Events' })
      .click()
    await page.getByTestId('event-row').first().click()
    await page.screenshot({ path: `${out}/${scheme}-demos-empty.png`, fullPage: true })
    await demos.addConfirmedDemo('Ana', 'Voice agent on a Raspberry Pi')
    await demos.addConfirmedDemo('Tom', 'RAG evals in CI')
    await demos.card.getByRole('button', { name: 'Add demo' }).click()
    await page.getByRole('dialog', { name: 'Add a demo' }).getByLabel('Presenter').fill('an')
    await page.screenshot({ path: `${out}/${scheme}-demos-add.png` })
    await page
      .getByRole('dialog', { name: 'Add a demo' })
      .getByRole('button', { name: 'Cancel' })
      .click()
    await expect(demos.runOfShow()).toHaveCount(2)
    await page.screenshot({ path: `${out}/${scheme}-demos-filled.png`, fullPage: true })
  })
}
