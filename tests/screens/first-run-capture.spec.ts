import { mkdirSync } from 'node:fs'
import { ImportDialog } from '../e2e/pages/import-dialog'
import { expect, test } from '../e2e/support/desktop-fixture'

const out = process.env['SCREENSHOT_DIR'] ?? 'test-results/screenshots'
mkdirSync(out, { recursive: true })

for (const scheme of ['light', 'dark'] as const) {
  test(`first run with your own CSV, ${scheme}`, async ({ page, desktop }) => {
    const importer = new ImportDialog(page)
    await page.emulateMedia({ colorScheme: scheme })
    await desktop.open()
    await page.getByRole('button', { name: /Import the attendee CSV you have/ }).click()
    await importer.chooseFile('luma-old.csv')
    await importer.dialog.getByLabel('New event’s title').fill('AI Demo Night #1')
    await importer.dialog.getByLabel('Date').fill('2026-03-12')
    await importer.importRows()
    await page.screenshot({ path: `${out}/${scheme}-first-run-report.png` })
    await importer.dialog.getByRole('button', { name: 'Done' }).click()
    await expect(page.getByRole('region', { name: 'Registrations' })).toBeVisible()
    await page.screenshot({ path: `${out}/${scheme}-first-run-event.png` })
  })
}
