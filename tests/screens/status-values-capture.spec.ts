import { mkdirSync } from 'node:fs'
import { EventsScreens } from '../e2e/pages/events-page'
import { ImportDialog } from '../e2e/pages/import-dialog'
import { StatusValues } from '../e2e/pages/status-values'
import { expect, test } from '../e2e/support/desktop-fixture'

const out = process.env['SCREENSHOT_DIR'] ?? 'test-results/screenshots'
mkdirSync(out, { recursive: true })

const sizes = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
] as const

for (const scheme of ['light', 'dark'] as const) {
  for (const size of sizes) {
    test(`import preview value table, ${scheme}, ${size.width}×${size.height}`, async ({
      page,
      desktop,
    }) => {
      const screens = new EventsScreens(page)
      const importer = new ImportDialog(page)
      const values = new StatusValues(importer)
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme: scheme })
      await desktop.open()
      await screens.chooseEmptyStart()
      await screens.createEvent({
        title: 'RSVP Night',
        start: '2026-03-19T18:30',
        end: '2026-03-19T21:30',
      })
      await importer.openFromEventPage()
      await importer.chooseFile('google-forms-rsvp.csv')
      await expect(values.table()).toBeVisible()
      const name = `${scheme}-import-status-values-${size.width}x${size.height}`
      await values.section.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${out}/${name}.png` })
      await values.reading('Only if the talks are not recorded').selectOption('maybe')
      await values.section.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${out}/${name}-read.png` })
    })
  }
}
