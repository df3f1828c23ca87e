/**
 * The smaller items of issue 16: UTC in the time-zone pickers, an empty workspace in neutral
 * colours with no review "Due", and Home's "Between the nights" telling the truth.
 */
import { mkdirSync } from 'node:fs'
import { EventsScreens } from './pages/events-page'
import { PeopleScreens } from './pages/people-page'
import { expect, test } from './support/desktop-fixture'

const SHOTS = process.env['LAYOUT_SCREENSHOT_DIR'] ?? 'test-results/layout'

test('a workspace in UTC shows UTC in the time-zone pickers', async ({ page, desktop }) => {
  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await page.evaluate(`window.location.hash = '#/settings'`)
  const zone = page.getByLabel('Default time zone')
  await expect(zone).toHaveValue('UTC')
  await expect(zone.locator('option:checked')).toHaveText('UTC')
  await screens.gotoEvents()
  await page.getByRole('button', { name: 'New event' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New event' })
  await expect(dialog.getByLabel('Time zone').locator('option:checked')).toHaveText('UTC')
})

test('an empty workspace shows its zeros in neutral colours and no review as due', async ({
  page,
  desktop,
}) => {
  mkdirSync(SHOTS, { recursive: true })
  await desktop.open()
  await new EventsScreens(page).chooseEmptyStart()
  for (const [hash, heading] of [
    ['#/', 'Home'],
    ['#/metrics', 'Metrics'],
    ['#/review', /^Monthly review/],
    ['#/diagnostic', 'Diagnostic'],
    ['#/pipeline', 'Speaker pipeline'],
    ['#/feedback', 'Feedback loop'],
  ] as const) {
    await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    const name = hash.replace(/\W/g, '') || 'home'
    await page.screenshot({ path: `${SHOTS}/empty-${name}.png`, fullPage: true })
    // Nothing is late or short in a workspace with nothing in it.
    await expect(
      page.locator('main .badge-warn, main .badge-danger, main [data-warning]'),
    ).toHaveCount(0)
  }
  await page.evaluate(`window.location.hash = '#/review'`)
  await expect(page.getByText('Due', { exact: true })).toHaveCount(0)
})

test('someone registered for a past night they missed did not attend; not “not yet”', async ({
  page,
  desktop,
}) => {
  const people = new PeopleScreens(page)
  await desktop.open()
  await people.chooseSampleStart()
  await people.gotoPeople()
  // Adaeze Mensah registered for one past night and did not come.
  await people.search('Adaeze Mensah')
  const row = people.row('Adaeze Mensah')
  await expect(row).toContainText('Registered, did not attend')
  await expect(page.getByText('Registered, not attended yet')).toHaveCount(0)
  await row.getByRole('button', { name: 'Adaeze Mensah', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Identity' })).toContainText(
    'Registered, did not attend',
  )
})
