/**
 * Issue 15, end to end: a night's date and title come from the file (check-in times, the export
 * stamp), an old night is recorded as done, an event far from the file's evidence is warned
 * about, and a night cross-posted on Eventbrite and Meetup counts each person once, with its name
 * matches shown as one group that can be taken back. Screenshots of the date proposal and the
 * cross-post report are saved at two sizes, light and dark, for a person to look at.
 */
import type { Page } from '@playwright/test'
import { EventsScreens } from './pages/events-page'
import { ImportDialog } from './pages/import-dialog'
import { NightLinks } from './pages/night-links'
import { capture, LAPTOP_SIZES } from './support/capture'
import { expect, test } from './support/desktop-fixture'

const SPRING_NIGHT = 'ai-demo-night-berlin-guests-2026-03-20-09-12-44.csv'
const SHOTS = 'test-results/issue-15'

test('first import of last spring’s Luma export: dated from its check-ins, recorded as done', async ({
  page,
  desktop,
}) => {
  const importer = new ImportDialog(page)
  await desktop.open()
  await page.getByRole('button', { name: /Import the attendee CSV you have/ }).click()
  await importer.chooseFile(SPRING_NIGHT)

  // The file, not today, says when and what the night was.
  await expect(importer.dialog.getByLabel('New event’s title')).toHaveValue('AI Demo Night Berlin')
  await expect(importer.dialog.getByLabel('Date')).toHaveValue('2026-03-19')
  await expect(importer.dialog.getByTestId('night-evidence')).toContainText(
    'Date from the file: 9 check-in times on 19 Mar 2026.',
  )
  await expect(importer.dialog.getByTestId('night-evidence')).toContainText('recorded as done')
  await capture(page, (suffix) => `${SHOTS}/date-proposal${suffix}.png`, LAPTOP_SIZES)

  await importer.importRows()
  await expect(importer.fact('Rows imported')).toHaveText('12')
  await importer.dialog.getByRole('button', { name: 'Done' }).click()

  const registrations = await new EventsScreens(page).expectDoneNightPage('AI Demo Night Berlin')
  // By hand: 12 guests, 9 checked in, all first-timers on the first night here.
  await expect(registrations.getByTestId('registered-count')).toHaveText('12')
  await expect(registrations.getByTestId('first-timers')).toHaveText('9')
})

test('an event months from the file’s check-ins is warned about before import', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  const importer = new ImportDialog(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent({
    title: 'Lisbon #3',
    start: '2026-11-12T18:30',
    end: '2026-11-12T21:30',
  })
  await importer.openFromEventPage()
  await importer.chooseFile(SPRING_NIGHT)
  await expect(importer.dialog.getByTestId('far-event-warning')).toHaveText(
    /The file points to 19 Mar 2026 .* but “Lisbon #3” is on 12 Nov 2026, 238 days away/,
  )

  // Opened from anywhere else, the far event is not preselected: a new night on the file's date.
  await importer.dialog.getByRole('button', { name: 'Cancel' }).click()
  await page.keyboard.press('Control+i')
  await importer.chooseFile(SPRING_NIGHT)
  await expect(importer.dialog.getByRole('combobox', { name: 'Event', exact: true })).toHaveValue(
    '__new__',
  )
  await expect(importer.dialog.getByTestId('far-event-warning')).toHaveCount(0)
  await expect(importer.dialog.getByLabel('Date')).toHaveValue('2026-03-19')
})

test('a night cross-posted on Eventbrite and Meetup counts each person once', async ({
  page,
  desktop,
}) => {
  const importer = new ImportDialog(page)
  await desktop.open()
  await page.getByRole('button', { name: /Import the attendee CSV you have/ }).click()

  // Eventbrite's attendee report has no times of the night: the organizer is asked for the date.
  await importer.chooseFile('crosspost-eventbrite.csv')
  await expect(importer.dialog.getByLabel('Date')).toHaveValue('')
  await expect(importer.dialog.getByTestId('night-evidence')).toContainText(
    'on or after 9 Mar 2026',
  )
  await importer.dialog.getByLabel('New event’s title').fill('AI Demo Night Lisbon')
  await importer.dialog.getByLabel('Date').fill('2026-03-19')
  await importer.importRows()
  await importer.dialog.getByRole('button', { name: 'Done' }).click()

  // The Meetup RSVPs of the same night: no date either, so the night just imported is offered.
  await page.keyboard.press('Control+i')
  await importer.chooseFile('crosspost-meetup.csv')
  await expect(
    importer.dialog.getByRole('combobox', { name: 'Event', exact: true }).locator('option:checked'),
  ).toContainText('AI Demo Night Lisbon')
  await importer.importRows()

  // Tom B., Ana S., Maria C. and Sam Lee are the only candidates on the Eventbrite list; Chris D.
  // (Chris Doe or Chris Dunn?) goes to review instead.
  const group = importer.dialog.getByRole('region', { name: 'Matched by name within this night' })
  await expect(importer.fact('Possible duplicates to review')).toHaveText('2')
  await expect(group.getByRole('heading')).toHaveText(
    '4 of 4 Meetup rows matched by name within this night',
  )
  await expect(group.getByRole('listitem').first()).toContainText('Tom B. is Tom Baker')
  await expect(group.getByRole('listitem').first()).toContainText(
    'Meetup name “Tom B.” abbreviates “Tom Baker” on the Eventbrite list',
  )
  await capture(page, (suffix) => `${SHOTS}/cross-post-report${suffix}.png`, LAPTOP_SIZES)

  // One link taken back and put back again.
  await group.getByRole('button', { name: 'Keep apart: Tom B.' }).click()
  await expect(group.getByRole('heading')).toHaveText(
    '3 of 4 Meetup rows matched by name within this night',
  )
  await group.getByRole('button', { name: 'Link again: Tom B.' }).click()
  await expect(group.getByRole('heading')).toHaveText(
    '4 of 4 Meetup rows matched by name within this night',
  )
  await importer.dialog.getByRole('button', { name: 'Done' }).click()

  // By hand: 8 Eventbrite attendees + Chris D., Lena M. and Pedro A. = 11 people; Pedro said no;
  // 6 checked in. Not 15 rows.
  const registrations = page.getByRole('region', { name: 'Registrations' })
  await expect(registrations.getByTestId('registered-count')).toHaveText('11')
  await expect(registrations.getByTestId('going-count')).toHaveText('10')
  await expect(registrations.getByTestId('first-timers')).toHaveText('6')
  const attendees = page.getByRole('region', { name: 'Attendees' })
  await expect(attendees.getByRole('heading', { level: 2 })).toHaveText('Attendees 11')
  await expect(attendees.getByRole('row', { name: /Tom Baker/ })).toContainText(
    'Eventbrite + Meetup',
  )
})

/** The Eventbrite list of the Lisbon night, then its Meetup RSVPs; the report closed. */
async function importCrossPostedNight(page: Page): Promise<void> {
  const importer = new ImportDialog(page)
  await page.getByRole('button', { name: /Import the attendee CSV you have/ }).click()
  await importer.chooseFile('crosspost-eventbrite.csv')
  await importer.dialog.getByLabel('New event’s title').fill('AI Demo Night Lisbon')
  await importer.dialog.getByLabel('Date').fill('2026-03-19')
  await importer.importRows()
  await importer.dialog.getByRole('button', { name: 'Done' }).click()
  await page.keyboard.press('Control+i')
  await importer.chooseFile('crosspost-meetup.csv')
  await importer.importRows()
  await importer.dialog.getByRole('button', { name: 'Done' }).click()
  await expect(importer.dialog).toHaveCount(0)
}

test('after the report, the night’s name matches stay on the event and person pages, reversible', async ({
  page,
  desktop,
}) => {
  const links = new NightLinks(page)
  const registered = page
    .getByRole('region', { name: 'Registrations' })
    .getByTestId('registered-count')
  await desktop.open()
  await importCrossPostedNight(page)

  // The event page lists the four Meetup rows linked by name, with the evidence.
  await expect(links.heading()).toHaveText('4 people matched by name within this night')
  await expect(links.item('Tom B.')).toContainText('Tom B. (Meetup) is Tom Baker')
  await expect(links.item('Tom B.')).toContainText(
    'Meetup name “Tom B.” abbreviates “Tom Baker” on the Eventbrite list',
  )
  await expect(registered).toHaveText('11')
  await links.region.scrollIntoViewIfNeeded()
  await capture(page, (suffix) => `${SHOTS}/event-night-links${suffix}.png`, LAPTOP_SIZES)

  // Tom Baker's page says how the Meetup row became him.
  await links.openPerson('Tom Baker')
  await expect(links.personMarker('AI Demo Night Lisbon')).toContainText(
    'matched by name within this night',
  )
  await expect(links.personMarker('AI Demo Night Lisbon')).toContainText(
    'Meetup name “Tom B.” abbreviates “Tom Baker” on the Eventbrite list',
  )
  await capture(page, (suffix) => `${SHOTS}/person-night-link${suffix}.png`, LAPTOP_SIZES)

  // Not the same Tom: kept apart, he counts as a person of his own, and the marker goes.
  await links.openEventFromPerson('AI Demo Night Lisbon')
  await links.keepApart('Tom B.')
  await expect(links.heading()).toHaveText('3 of 4 people matched by name within this night')
  await expect(links.item('Tom B.')).toContainText('Tom B. (Meetup) kept apart from Tom Baker')
  await expect(registered).toHaveText('12')
  await expect(page.getByText('“Tom B.” is now a separate person')).toBeVisible()
  await links.region.scrollIntoViewIfNeeded()
  await capture(page, (suffix) => `${SHOTS}/event-night-links-apart${suffix}.png`, LAPTOP_SIZES)
  await links.openPerson('Tom Baker')
  await expect(page.getByTestId('person-event')).toHaveCount(1)
  await expect(links.personMarker('AI Demo Night Lisbon')).toHaveCount(0)

  // The whole group, apart and back.
  await links.openEventFromPerson('AI Demo Night Lisbon')
  await links.keepAllApart()
  await expect(links.heading()).toHaveText('0 of 4 people matched by name within this night')
  await expect(registered).toHaveText('15')
  await links.linkAllAgain()
  await expect(links.heading()).toHaveText('4 people matched by name within this night')
  await expect(registered).toHaveText('11')
})
