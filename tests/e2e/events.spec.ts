import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { registrationCounts } from '../../src/shared/events/registration-counts'
import { buildSampleWorkspace } from '../../src/shared/sample/sample-workspace'
import { DemosSection } from './pages/demos-section'
import { EventsScreens } from './pages/events-page'
import { expect, test } from './support/desktop-fixture'

const demoNight = {
  title: 'AI Demo Night #1',
  start: '2031-03-12T18:30',
  end: '2031-03-12T21:30',
  venue: 'Kreuzberg Loft',
  city: 'Berlin',
  capacity: '120',
}

test('a created event survives quitting and starting the app again', async ({ page, desktop }) => {
  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent(demoNight)
  await expect(page.getByText('Kreuzberg Loft, Berlin')).toBeVisible()

  await desktop.restart()
  await screens.gotoEvents()
  await expect(screens.section('Upcoming').getByTestId('event-row')).toHaveCount(1)
  await expect(screens.section('Upcoming')).toContainText('AI Demo Night #1')
  await screens.section('Upcoming').getByTestId('event-row').click()
  await expect(page.getByText('Kreuzberg Loft, Berlin')).toBeVisible()
  await expect(page.getByText('120', { exact: true })).toBeVisible()
})

test('the form explains what is wrong instead of saving a broken event', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await page.getByRole('button', { name: 'New event' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New event' })
  await dialog.getByLabel('Starts', { exact: true }).fill('2031-03-12T18:30')
  await dialog.getByLabel('Ends', { exact: true }).fill('2031-03-12T17:00')
  await dialog.getByRole('button', { name: 'Create event' }).click()
  await expect(dialog.getByText('Give the event a title')).toBeVisible()
  await expect(dialog.getByText('The event must end after it starts')).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await screens.gotoEvents()
  await expect(page.getByText('No events yet')).toBeVisible()
})

test('moving an event through its lifecycle records each dated step', async ({ page, desktop }) => {
  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent(demoNight)
  // A night without demos: a target of 0 leaves the announce gate open.
  await new DemosSection(page).setSlots(6, 0)
  await page.getByRole('button', { name: 'Announce', exact: true }).click()
  await expect(
    page.getByRole('region', { name: 'Status history' }).getByText('Announced'),
  ).toBeVisible()
  await desktop.restart()
  await expect(
    page.getByRole('region', { name: 'Status history' }).getByText('Planning'),
  ).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Status history' }).getByText('Announced'),
  ).toBeVisible()
})

test('deleting asks first, and can be undone', async ({ page, desktop }) => {
  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent(demoNight)
  await page.getByRole('button', { name: 'Delete' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete “AI Demo Night #1”?' })
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'AI Demo Night #1' })).toBeVisible()

  await page.getByRole('button', { name: 'Delete' }).click()
  await confirm.getByRole('button', { name: 'Delete event' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible()
  await expect(page.getByText('No events yet')).toBeVisible()

  await page.keyboard.press('Control+z')
  await expect(screens.eventRows()).toHaveCount(1)
  await desktop.restart()
  await screens.gotoEvents()
  await expect(screens.eventRows()).toHaveCount(1)
})

test('a corrupted events file comes back from the backup, with a notice', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent(demoNight)
  // Starting again takes a backup that holds the event; then the file is damaged on disk.
  await desktop.restart()
  writeFileSync(join(desktop.directory, 'events.json'), '{"schemaVersion":1,"events":[{"id":"trunc')

  await desktop.restart()
  await expect(page.getByTestId('notice')).toContainText('Restored events from a backup')
  await screens.gotoEvents()
  await expect(screens.section('Upcoming')).toContainText('AI Demo Night #1')
  expect(readdirSync(join(desktop.directory, 'corrupt'))).toHaveLength(1)
})

test('the sample workspace shows a year of real events', async ({ page, desktop }) => {
  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseSampleStart()
  await screens.gotoEvents()
  await expect(screens.section('Upcoming').getByTestId('event-row')).toHaveCount(1)
  await expect(screens.section('Past').getByTestId('event-row')).toHaveCount(12)
})

test('an event page shows who registered and who came, and says when an export had no check-ins', async ({
  page,
  desktop,
}) => {
  const sample = buildSampleWorkspace(new Date())
  const byTitle = (eventId: string) =>
    sample.events.events.find((event) => event.id === eventId)?.title ?? ''
  const withCheckIns = sample.events.events.find(
    (event) =>
      event.status === 'done' &&
      registrationCounts(sample.registrations.registrations, event.id).hasCheckInData,
  )
  const withoutCheckIns = sample.events.events.find(
    (event) =>
      event.status === 'done' &&
      !registrationCounts(sample.registrations.registrations, event.id).hasCheckInData,
  )
  if (!withCheckIns || !withoutCheckIns) throw new Error('the sample needs both kinds of event')
  const expected = registrationCounts(sample.registrations.registrations, withCheckIns.id)

  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseSampleStart()
  await screens.gotoEvents()
  await page
    .getByTestId('event-row')
    .filter({ hasText: byTitle(withCheckIns.id) })
    .click()
  const card = page.getByRole('region', { name: 'Registrations' })
  await expect(card.getByText('Registered', { exact: true }).locator('+ dd')).toHaveText(
    String(expected.registered),
  )
  await expect(card.getByText('Checked in', { exact: true }).locator('+ dd')).toContainText(
    String(expected.checkedIn),
  )

  await page.getByRole('button', { name: '← Events' }).click()
  await page
    .getByTestId('event-row')
    .filter({ hasText: byTitle(withoutCheckIns.id) })
    .click()
  await expect(card).toContainText('No check-in data in the export')
})

test('before a night starts, its attendee list says nobody has come yet', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseSampleStart()
  await screens.gotoEvents()
  await screens.section('Upcoming').getByTestId('event-row').first().click()
  const rows = page.getByRole('table', { name: 'Attendee list' }).locator('tbody tr')
  await expect(rows.first()).toBeVisible()
  const count = await rows.count()
  await expect(rows.filter({ hasText: 'Not yet' })).toHaveCount(count)
})
