import { mkdirSync } from 'node:fs'
import { DiagnosticScreen, FeedbackScreen } from '../e2e/pages/devrel-pages'
import { expect, test } from '../e2e/support/desktop-fixture'

const out = process.env['SCREENSHOT_DIR'] ?? 'test-results/screenshots'
mkdirSync(out, { recursive: true })

for (const scheme of ['light', 'dark'] as const) {
  test(`feedback loop and diagnostic, ${scheme}`, async ({ page, desktop }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await desktop.open()
    await page.getByRole('button', { name: /Start with the sample workspace/ }).click()
    const board = new FeedbackScreen(page)
    await board.open()
    await expect(page.getByTestId('cluster-card').first()).toBeVisible()
    await page.screenshot({ path: `${out}/${scheme}-feedback.png` })
    await page.getByRole('button', { name: /suggested from retros and follow-ups/ }).click()
    await expect(page.getByRole('region', { name: 'Suggested frictions' })).toBeFocused()
    await page.screenshot({ path: `${out}/${scheme}-feedback-suggestions.png` })
    await page.getByRole('button', { name: 'New cluster' }).click()
    await expect(page.getByRole('dialog', { name: 'New cluster' })).toBeVisible()
    await page.screenshot({ path: `${out}/${scheme}-feedback-new-cluster.png` })
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
    await page.getByRole('button', { name: 'Log friction' }).click()
    await expect(page.getByRole('dialog', { name: 'Log friction' })).toBeVisible()
    await page.screenshot({ path: `${out}/${scheme}-feedback-log.png` })
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()

    await new DiagnosticScreen(page).open()
    await expect(page.getByTestId('verdict')).toBeVisible()
    await page.screenshot({ path: `${out}/${scheme}-diagnostic.png` })
    await page
      .getByRole('region', { name: 'Amplify confidently when…' })
      .getByRole('radio')
      .first()
      .scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${out}/${scheme}-diagnostic-organizer.png` })
  })
}

for (const scheme of ['light', 'dark'] as const) {
  test(`feedback loop and diagnostic in an empty workspace, ${scheme}`, async ({
    page,
    desktop,
  }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await desktop.open()
    await page.getByRole('button', { name: /Start empty/ }).click()
    await new FeedbackScreen(page).open()
    await page.screenshot({ path: `${out}/${scheme}-feedback-empty.png` })
    await new DiagnosticScreen(page).open()
    await page.screenshot({ path: `${out}/${scheme}-diagnostic-empty.png` })
  })
}
