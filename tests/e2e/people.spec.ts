import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PEOPLE_CSV_HEADER } from '../../src/shared/export/people-csv'
import { PeopleScreens } from './pages/people-page'
import { expect, test } from './support/desktop-fixture'

test('an empty workspace says where people come from and offers the import', async ({
  page,
  desktop,
}) => {
  const people = new PeopleScreens(page)
  await desktop.open()
  await people.chooseEmptyStart()
  await people.gotoPeople()
  await expect(page.getByRole('heading', { name: 'No people yet' })).toBeVisible()
  await page.getByRole('button', { name: 'Import attendees…' }).click()
  await expect(page.getByRole('dialog', { name: 'Import attendees' })).toBeVisible()
})

test('search from the keyboard, open with Enter, and notes survive a restart', async ({
  page,
  desktop,
}) => {
  const people = new PeopleScreens(page)
  await desktop.open()
  await people.chooseSampleStart()
  await people.gotoPeople()
  // 467 people: all are in the list, but only the rows in view are in the page.
  await expect(people.listCount()).toHaveText('467 people')
  await expect(people.table()).toHaveAttribute('aria-rowcount', String(467 + 1))
  expect(await people.rows().count()).toBeLessThan(100)
  await expect(people.searchField()).toBeFocused()
  // Page Down moves the highlight a screenful down and scrolls it into view; arrows move by one.
  await page.keyboard.press('PageDown')
  await page.keyboard.press('PageDown')
  const activeRowIndex = async () => Number(await people.activeRow().getAttribute('aria-rowindex'))
  await expect.poll(activeRowIndex).toBeGreaterThan(10)
  const paged = await activeRowIndex()
  await expect(people.activeRow()).toBeInViewport()
  await page.keyboard.press('ArrowUp')
  await expect(people.activeRow()).toHaveAttribute('aria-rowindex', String(paged - 1))
  // Scrolled to the end, the last of the 467 is there.
  await people.scrollToEnd()
  await expect(people.rows().and(page.locator('[aria-rowindex="468"]'))).toBeInViewport()
  await page.keyboard.type('tom')
  await expect(page.getByText('3 of 467 match')).toBeVisible()
  await expect(people.rows()).toHaveCount(3)
  // Names starting with the query come first, alphabetically: Tom B., Tom Baker, Tomasz Wójcik.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(people.personHeading('Tom Baker')).toBeVisible()
  await expect(people.events()).toHaveCount(3)
  await expect(people.events().filter({ hasText: 'Attended' })).toHaveCount(3)
  await expect(people.events().filter({ hasText: 'First event' })).toContainText('AI Demo Night #8')
  await expect(page.getByRole('region', { name: 'Identity' })).toContainText(
    'tom.baker@mailbox.example',
  )

  await people.notes().fill('Builds a robot arm; wants a demo slot in spring.')
  await people.notes().blur()
  await expect(people.notesStatus()).toHaveText('Saved')

  await desktop.restart()
  await expect(people.personHeading('Tom Baker')).toBeVisible()
  await expect(people.notes()).toHaveValue('Builds a robot arm; wants a demo slot in spring.')

  await page.getByRole('button', { name: '← People' }).click()
  await expect(people.searchField()).toHaveValue('tom')
  await page.keyboard.press('Escape')
  await expect(people.searchField()).toHaveValue('')
  await people.search('no such person')
  await expect(page.getByText('No one matches “no such person”')).toBeVisible()
})

test('going to the upcoming night is registered, not attended, as the funnel counts it', async ({
  page,
  desktop,
}, testInfo) => {
  const people = new PeopleScreens(page)
  await desktop.open()
  await people.chooseSampleStart()
  await people.gotoPeople()
  // Emily Bennett checked in at nights #9 and #11 and is going to the upcoming night #15.
  await people.stageSelect().selectOption({ label: 'Adoption' })
  await people.search('Emily Bennett')
  const emily = people.row('Emily Bennett')
  await expect(emily).toHaveCount(1)
  await expect(emily.locator('.attended-count')).toHaveText('2')
  await expect(emily).toContainText('AI Demo Night #9')

  await emily.getByRole('button', { name: 'Emily Bennett', exact: true }).click()
  await expect(people.personHeading('Emily Bennett')).toBeVisible()
  await expect(page.getByText(/^Attended 2 events · registered for 3/)).toBeVisible()
  await expect(people.events()).toHaveCount(3)
  await expect(people.events().filter({ hasText: 'Attended' })).toHaveCount(2)
  const upcoming = people.events().filter({ hasText: 'AI Demo Night #15' })
  await expect(upcoming).toContainText('Going')
  await expect(upcoming).not.toContainText('Attended')
  await expect(upcoming).not.toContainText('estimated')
  await expect(people.events().filter({ hasText: 'First event' })).toContainText('AI Demo Night #9')
  await page.screenshot({ path: testInfo.outputPath('emily-bennett.png') })
})

test('deleting a person asks first, is permanent, and leaves only a tombstone', async ({
  page,
  desktop,
}) => {
  const people = new PeopleScreens(page)
  await desktop.open()
  await people.chooseSampleStart()
  await people.gotoPeople()
  await people.openPerson('Adaeze Mensah')

  await page.getByRole('button', { name: 'Delete person…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete “Adaeze Mensah”?' })
  await expect(confirm).toContainText('permanent')
  await expect(confirm).toContainText('future imports skip them')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(people.personHeading('Adaeze Mensah')).toBeVisible()

  await page.getByRole('button', { name: 'Delete person…' }).click()
  await confirm.getByRole('button', { name: 'Delete permanently' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible()
  await expect(people.toast(/Deleted Adaeze Mensah and 1 registration/)).toBeVisible()
  await expect(page.getByText('466 people across 13 events')).toBeVisible()

  await desktop.restart()
  await people.gotoPeople()
  await people.search('Adaeze Mensah')
  await expect(page.getByText('No one matches “Adaeze Mensah”')).toBeVisible()
  const stored = readFileSync(join(desktop.directory, 'people.json'), 'utf8')
  expect(stored).not.toContain('Adaeze Mensah')
  expect(stored).not.toContain('amensah@postfach.example')
  expect(JSON.parse(stored).tombstones.length).toBeGreaterThan(0)
})

test('the people list exports as a formula-safe CSV', async ({ page, desktop }) => {
  const people = new PeopleScreens(page)
  await desktop.open()
  await people.chooseSampleStart()
  await people.gotoPeople()
  // A note that a spreadsheet would run as a formula if it were written as it is.
  await people.openPerson('Tom Baker')
  await people.notes().fill('=HYPERLINK("https://example.com","click")')
  await people.notes().blur()
  await expect(people.notesStatus()).toHaveText('Saved')
  await page.getByRole('button', { name: '← People' }).click()

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^people-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = readFileSync(await download.path(), 'utf8')
  const lines = csv.split('\r\n')
  expect(lines[0]).toBe(`\uFEFF${PEOPLE_CSV_HEADER.join(',')}`)
  expect(lines.filter((line) => line !== '')).toHaveLength(1 + 467)
  const tom = lines.find((line) => line.startsWith('Tom Baker,'))
  expect(tom).toContain('tom.baker@mailbox.example')
  expect(tom).toContain(`"'=HYPERLINK(""https://example.com"",""click"")"`)
  // Going to the upcoming night #15 is not attended: 2, not "3 (estimated)".
  const emily = lines.find((line) => line.startsWith('Emily Bennett,'))
  expect(emily).toMatch(/,2,AI Demo Night #9 — /)
  await expect(people.toast(/Exported 467 people to people-/)).toBeVisible()
})

test('a possible duplicate merges, undoes from the toast, and unmerges from the person page', async ({
  page,
  desktop,
}) => {
  const people = new PeopleScreens(page)
  await desktop.open()
  await people.chooseSampleStart()
  await people.gotoPeople()
  await expect(people.reviewBanner()).toContainText('2 possible duplicates to review')
  await people.openDuplicates()
  await expect(people.suggestions()).toHaveCount(2)

  const tom = people.suggestion(/Tom B\./)
  await expect(tom).toContainText('“Tom B.” abbreviates Luma name “Tom Baker”')
  await tom.getByRole('button', { name: 'Merge' }).click()
  await expect(people.toast('Merged into Tom Baker')).toBeVisible()
  await expect(people.suggestions()).toHaveCount(1)
  await people.toast('Merged into Tom Baker').getByRole('button', { name: 'Undo' }).click()
  await expect(people.suggestions()).toHaveCount(2)

  // Keep the second Daniel Weber: their work e-mail becomes the primary one.
  const daniel = people.suggestion(/Daniel Weber/)
  await daniel.getByRole('radio', { name: 'Keep this record' }).nth(1).check()
  await expect(daniel).toContainText('After the merge: Daniel Weber · dweber@vectorhaus.example')
  await daniel.getByRole('button', { name: 'Merge' }).click()
  await expect(people.suggestions()).toHaveCount(1)

  await desktop.restart()
  await people.gotoPeople()
  await expect(people.reviewBanner()).toContainText('1 possible duplicate to review')
  await people.search('Daniel Weber')
  await expect(people.rows()).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(people.personHeading('Daniel Weber')).toBeVisible()
  await expect(people.events()).toHaveCount(5)
  await expect(people.mergedRecords().getByTestId('merged-record')).toContainText(
    'daniel.weber@inbox.example',
  )

  await people.mergedRecords().getByRole('button', { name: 'Unmerge' }).click()
  await expect(people.toast('Separated “Daniel Weber” and “Daniel Weber” again')).toBeVisible()
  await expect(people.mergedRecords()).toBeHidden()
  await expect(people.events()).toHaveCount(2)
  await expect(page.getByRole('region', { name: 'Possible duplicates' })).toBeVisible()
  await page.getByRole('button', { name: '← People' }).click()
  await expect(people.rows()).toHaveCount(2)
  await expect(people.reviewBanner()).toContainText('2 possible duplicates to review')
})

test('“Not the same person” dismisses a pair, and Cmd/Ctrl+Z brings it back', async ({
  page,
  desktop,
}) => {
  const people = new PeopleScreens(page)
  await desktop.open()
  await people.chooseSampleStart()
  await people.gotoPeople()
  await people.openDuplicates()
  await people
    .suggestion(/Tom B\./)
    .getByRole('button', { name: 'Not the same person' })
    .click()
  await expect(people.toast('Marked as different people')).toBeVisible()
  await expect(people.suggestions()).toHaveCount(1)

  await page.keyboard.press('Control+z')
  await expect(people.suggestions()).toHaveCount(2)

  await people
    .suggestion(/Tom B\./)
    .getByRole('button', { name: 'Not the same person' })
    .click()
  await people
    .suggestion(/Daniel Weber/)
    .getByRole('button', { name: 'Not the same person' })
    .click()
  await expect(page.getByRole('heading', { name: 'Nothing left to review' })).toBeVisible()
  await page.getByRole('button', { name: 'Back to everyone' }).click()
  await expect(people.reviewBanner()).toBeHidden()
})
