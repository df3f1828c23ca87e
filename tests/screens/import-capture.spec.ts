import { mkdirSync } from 'node:fs'
import { ImportDialog } from '../e2e/pages/import-dialog'
import { expect, test } from '../e2e/support/desktop-fixture'

const out = process.env['SCREENSHOT_DIR'] ?? 'test-results/screenshots'
mkdirSync(out, { recursive: true })

for (const scheme of ['light', 'dark'] as const) {
  test(`import dialog, ${scheme}`, async ({ page, desktop }) => {
    const importer = new ImportDialog(page)
    await page.emulateMedia({ colorScheme: scheme })
    await desktop.open()
    await page.getByRole('button', { name: /Start with the sample workspace/ }).click()
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Events' })
      .click()
    await page.getByTestId('event-row').first().click()
    await importer.openFromEventPage()
    await page.screenshot({ path: `${out}/${scheme}-import-choose.png` })
    await importer.chooseFile('eventbrite-us.csv')
    await expect(importer.previewTable()).toBeVisible()
    await page.screenshot({ path: `${out}/${scheme}-import-preview.png` })
    await importer.importRows()
    await page.screenshot({ path: `${out}/${scheme}-import-report.png` })
    await importer.dialog.getByRole('button', { name: 'Done' }).click()
    await page.screenshot({ path: `${out}/${scheme}-event-after-import.png`, fullPage: true })
  })
}
