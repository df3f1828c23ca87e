/**
 * The activation path applied to ourselves (issue 8): from the first window, with a fresh data
 * folder, import the exports an organizer already has and see first-timers and returning
 * builders. Attendee names are written as HTML on purpose: they must show as text, never markup.
 */
import { EventsScreens } from './pages/events-page'
import { ImportDialog } from './pages/import-dialog'
import { expect, test } from './support/desktop-fixture'

const HEADER = 'guest_id,name,email,created_at,approval_status,checked_in_at,ticket_name'

/** A Luma guest export; `checkedIn` people carry a check-in time. */
function lumaExport(guests: { id: string; name: string; email: string; checkedIn: boolean }[]) {
  const rows = guests.map(
    (guest) =>
      `${guest.id},"${guest.name.replaceAll('"', '""')}",${guest.email},2026-10-01T08:00:00.000Z,approved,` +
      `${guest.checkedIn ? '2026-10-14T18:05:00.000Z' : ''},Standard`,
  )
  return Buffer.from([HEADER, ...rows].join('\n'), 'utf8')
}

const HOSTILE_NAME = '<img src=x onerror="document.title=`pwned`">Mallory'

const october = lumaExport([
  { id: 'g1', name: 'Ada Okafor', email: 'ada@example.com', checkedIn: true },
  { id: 'g2', name: 'Ben Ito', email: 'ben@example.com', checkedIn: true },
  { id: 'g3', name: 'Chen Wu', email: 'chen@example.com', checkedIn: true },
  { id: 'g4', name: 'Dara Kim', email: 'dara@example.com', checkedIn: false },
])

const november = lumaExport([
  // Ada and Ben came in October: returning builders. Dara registered then but never came.
  { id: 'h1', name: 'Ada Okafor', email: 'ada@example.com', checkedIn: true },
  { id: 'h2', name: 'Ben Ito', email: 'ben@example.com', checkedIn: true },
  { id: 'h3', name: 'Dara Kim', email: 'dara@example.com', checkedIn: true },
  { id: 'h4', name: HOSTILE_NAME, email: 'mallory@example.com', checkedIn: true },
  { id: 'h5', name: 'Eli Moss', email: 'eli@example.com', checkedIn: false },
])

test('first window → import the exports you have → first-timers and returning builders', async ({
  page,
  desktop,
}) => {
  const importer = new ImportDialog(page)
  await desktop.open()
  await page.getByRole('button', { name: /Import the attendee CSV you have/ }).click()
  await expect(importer.dialog).toBeVisible()

  // The first file makes its event on the way.
  await importer.chooseFile({ name: 'october-night.csv', mimeType: 'text/csv', buffer: october })
  await expect(importer.dialog.getByTestId('import-platform')).toHaveText('Luma')
  await importer.dialog.getByLabel('New event’s title').fill('AI Demo Night #1')
  await importer.dialog.getByLabel('Date').fill('2026-10-14')
  await importer.importRows()
  const builders = importer.dialog.getByRole('group', {
    name: 'First-timers and returning builders',
  })
  await expect(builders.getByTestId('first-timers')).toHaveText('3')
  await expect(builders.getByTestId('returning-builders')).toHaveText('0')
  await expect(builders).toContainText('This is the first event here')
  await importer.dialog.getByRole('button', { name: 'Done' }).click()

  // The second night: two of its five registrants came before.
  await page.keyboard.press('Control+i')
  await importer.chooseFile({ name: 'november-night.csv', mimeType: 'text/csv', buffer: november })
  await importer.dialog.getByRole('combobox', { name: 'Event', exact: true }).selectOption({
    label: 'New event…',
  })
  await importer.dialog.getByLabel('New event’s title').fill('AI Demo Night #2')
  await importer.dialog.getByLabel('Date').fill('2026-11-11')
  await importer.importRows()
  await expect(builders.getByTestId('first-timers')).toHaveText('2')
  await expect(builders.getByTestId('returning-builders')).toHaveText('2')
  await expect(builders).toContainText('50% of 4')
  await expect(builders).toContainText('Counted from check-ins')
  await importer.dialog.getByRole('button', { name: 'Done' }).click()

  // The import opened the new night's page: recorded as done, with the same figures.
  const onPage = await new EventsScreens(page).expectDoneNightPage('AI Demo Night #2')
  await expect(onPage.getByTestId('returning-builders')).toHaveText('2')
  await expect(onPage.getByTestId('first-timers')).toHaveText('2')

  // Imported text is text: the name shows with its angle brackets, and no element was made of it.
  await expect(page.getByRole('region', { name: 'Attendees' })).toContainText(HOSTILE_NAME)
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  expect(await page.title()).not.toBe('pwned')
})
