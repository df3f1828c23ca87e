/** Screenshots of the people screens in light and dark, for a human to look at. */
import { mkdirSync } from 'node:fs'
import { PeopleScreens } from '../e2e/pages/people-page'
import { expect, test } from '../e2e/support/desktop-fixture'

const out = process.env['SCREENSHOT_DIR'] ?? 'test-results/screenshots'
mkdirSync(out, { recursive: true })

for (const scheme of ['light', 'dark'] as const) {
  test(`people screens, empty, ${scheme}`, async ({ page, desktop }) => {
    const people = new PeopleScreens(page)
    await page.emulateMedia({ colorScheme: scheme })
    await desktop.open()
    await people.chooseEmptyStart()
    await people.gotoPeople()
    await page.screenshot({ path: `${out}/${scheme}-people-empty.png` })
  })

  test(`people screens, sample, ${scheme}`, async ({ page, desktop }) => {
    const people = new PeopleScreens(page)
    await page.emulateMedia({ colorScheme: scheme })
    await desktop.open()
    await people.chooseSampleStart()
    await people.gotoPeople()
    await page.screenshot({ path: `${out}/${scheme}-people.png` })
    await people.search('tom')
    await page.keyboard.press('ArrowDown')
    await page.screenshot({ path: `${out}/${scheme}-people-search.png` })
    await people.search('')

    await people.openDuplicates()
    await page.screenshot({ path: `${out}/${scheme}-people-duplicates.png`, fullPage: true })

    await page.getByRole('button', { name: '← People' }).click()
    await people.openPerson('Tom Baker')
    await page.screenshot({ path: `${out}/${scheme}-person-with-suggestion.png`, fullPage: true })

    await people
      .suggestion(/Tom B\./)
      .getByRole('button', { name: 'Merge' })
      .click()
    await expect(people.mergedRecords()).toBeVisible()
    await page.screenshot({ path: `${out}/${scheme}-person-merged.png`, fullPage: true })

    await page.getByRole('button', { name: 'Delete person…' }).click()
    await page.screenshot({ path: `${out}/${scheme}-person-delete.png` })
  })
}
