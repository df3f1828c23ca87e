/**
 * Issue 17, "suggestions bounded … grouped": three rows that may all be one person are reviewed as
 * one group naming all three, with its pairs inside, not as unrelated pairs scattered in a list.
 */
import { EventsScreens } from './pages/events-page'
import { ImportDialog } from './pages/import-dialog'
import { PeopleScreens } from './pages/people-page'
import { capture, LAPTOP_SIZES } from './support/capture'
import { expect, test } from './support/desktop-fixture'

const HEADER =
  'guest_id,name,first_name,last_name,email,phone_number,created_at,approval_status,custom_source,checked_in_at,qr_code_url,ticket_type_id,ticket_name'
const row = (id: string, name: string, email: string, phone: string) =>
  `${id},${name},,,${email},${phone},2026-06-01T08:00:00.000Z,approved,,,,tt-1,Standard`

test('people linked by several suggestions are reviewed as one group', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  const importer = new ImportDialog(page)
  const people = new PeopleScreens(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent({
    title: 'June night',
    start: '2026-06-10T18:30',
    end: '2026-06-10T21:30',
  })
  await importer.openFromEventPage()
  // One phone number under three addresses: one person who registered three times, or three.
  const csv = [
    HEADER,
    row('g1', 'Priya Raman', 'priya@lab.example', '+49 170 1234567'),
    row('g2', 'P. Raman', 'praman@home.example', '+49 170 1234567'),
    row('g3', 'Priya R', 'p.raman@work.example', '+49 170 1234567'),
    row('g4', 'Jonas Weber', 'jonas@example.com', ''),
  ].join('\n')
  await importer.chooseFile({
    name: 'luma-june.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  })
  await importer.importRows()
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText(
    'Imported 4 people from “luma-june.csv”',
  )
  await importer.dialog.getByRole('button', { name: 'Done' }).click()

  await people.gotoPeople()
  await people.openDuplicates()
  const group = page.getByTestId('suggestion-group')
  await expect(group).toHaveCount(1)
  await expect(group.getByRole('heading', { name: /who may be the same/ })).toHaveText(
    '3 people who may be the same: Priya Raman, P. Raman, Priya R',
  )
  await expect(group.getByTestId('suggestion')).not.toHaveCount(0)
  await expect(page.getByTestId('suggestion-totals')).toContainText('among 1 group of people')
  await capture(
    page,
    (suffix) => `test-results/issue-17/duplicate-group${suffix}.png`,
    LAPTOP_SIZES,
  )
})
