import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { eventbriteCsv } from '../../bench/import-bench'
import { EventsScreens } from './pages/events-page'
import { fixturePath, ImportDialog } from './pages/import-dialog'
import { expect, test } from './support/desktop-fixture'

const night = {
  title: 'AI Demo Night #1',
  start: '2026-06-10T18:30',
  end: '2026-06-10T21:30',
}

test('import a Luma export from the event page, correct one column, read the report, undo', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  const importer = new ImportDialog(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent(night)
  await expect(page.getByText('No attendee list imported for this event yet.')).toBeVisible()

  await importer.openFromEventPage()
  await importer.chooseFile('luma-2026.csv')
  await expect(importer.dialog.getByTestId('import-platform')).toHaveText('Luma')
  await expect(importer.dialog.getByTestId('import-platform-reason')).toContainText('guest_id')
  await expect(importer.dialog.getByRole('combobox', { name: 'Event', exact: true })).toHaveValue(
    /.+/,
  )
  await expect(
    importer.dialog.getByRole('combobox', { name: 'Event', exact: true }).locator('option:checked'),
  ).toContainText('AI Demo Night #1')
  await expect(importer.column('e-mail')).toHaveValue('email')
  await expect(importer.previewTable()).toContainText('ravi@example.com')

  // The ticket name column is empty-ish in this export; the organizer wants the referral answer.
  await importer.column('ticket type').selectOption('How did you hear about us?')
  await expect(importer.previewTable().getByRole('row', { name: /Ravi Patel/ })).toContainText(
    'A friend',
  )
  await importer.importRows()
  await expect(importer.fact('Rows imported')).toHaveText('3')
  await expect(importer.fact('People created')).toHaveText('3')
  await expect(importer.fact('Duplicate rows collapsed')).toHaveText('1')
  await expect(importer.fact('Rows skipped')).toHaveText('0')
  await importer.dialog.getByRole('button', { name: 'Done' }).click()

  const registrations = page.getByRole('region', { name: 'Registrations' })
  await expect(registrations.locator('dt', { hasText: 'Registered' }).locator('+ dd')).toHaveText(
    '3',
  )
  await expect(registrations.getByTestId('import-record')).toContainText('luma-2026.csv')

  // The corrected mapping is remembered for Luma.
  await importer.openFromEventPage()
  await importer.chooseFile('luma-2026.csv')
  await expect(importer.column('ticket type')).toHaveValue('How did you hear about us?')
  await expect(importer.dialog.getByTestId('import-platform-reason')).toContainText(
    'as you mapped them last time',
  )
  await importer.dialog.getByRole('button', { name: 'Cancel' }).click()

  // Undo the import as one step, and it stays undone after a restart: the workspace is as it was
  // before the import, so the import is not listed either.
  await page.keyboard.press('Control+z')
  await expect(page.getByText('No attendee list imported for this event yet.')).toBeVisible()
  await desktop.restart()
  await expect(page.getByText('No attendee list imported for this event yet.')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Registrations' })).not.toContainText(
    'luma-2026.csv',
  )
})

test('a file that is not a CSV is refused with the reason, and nothing changes', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  const importer = new ImportDialog(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent(night)
  await importer.openFromEventPage()
  await importer.chooseFile('png-renamed.csv')
  await expect(importer.dialog.getByRole('alert')).toContainText(
    'png-renamed.csv cannot be imported',
  )
  await expect(importer.dialog.getByRole('alert')).toContainText('image')
  await importer.dialog.getByRole('button', { name: 'Choose another file' }).click()
  await importer.chooseFile('header-only.csv')
  await expect(importer.dialog.getByRole('alert')).toContainText('no rows')
  await importer.dialog.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByText('No attendee list imported for this event yet.')).toBeVisible()
})

test('a file dropped on the window imports into a new event created on the way', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  const importer = new ImportDialog(page)
  await desktop.open()
  await screens.chooseEmptyStart()

  const text = readFileSync(fixturePath('meetup-rsvps.csv'), 'utf8')
  // Runs in the page; the tests' tsconfig has no DOM types, hence the narrow casts.
  type PageGlobals = {
    DataTransfer: new () => { items: { add: (file: unknown) => void } }
    File: new (parts: string[], name: string, options: { type: string }) => unknown
  }
  const dataTransfer = await page.evaluateHandle((csv) => {
    const { DataTransfer, File } = globalThis as unknown as PageGlobals
    const transfer = new DataTransfer()
    transfer.items.add(new File([csv], 'meetup-rsvps.csv', { type: 'text/csv' }))
    return transfer
  }, text)
  await page.dispatchEvent('main', 'dragenter', { dataTransfer })
  await expect(page.getByText('Drop to import attendees')).toBeVisible()
  await page.dispatchEvent('main', 'drop', { dataTransfer })

  await expect(importer.dialog.getByTestId('import-platform')).toHaveText('Meetup')
  await expect(importer.dialog.getByRole('combobox', { name: 'Event', exact: true })).toHaveValue(
    '__new__',
  )
  // The title comes from the file name; an RSVP list has no date of the night, so it is asked.
  await expect(importer.dialog.getByLabel('New event’s title')).toHaveValue('Meetup')
  await importer.importRows().catch(() => undefined)
  await expect(importer.dialog.getByRole('alert')).toContainText('Pick the date of the new event')
  await importer.dialog.getByLabel('New event’s title').fill('Meetup night')
  await importer.dialog.getByLabel('Date', { exact: true }).fill('2026-03-20')
  await importer.importRows()
  await expect(importer.fact('People created')).toHaveText('4')
  await importer.dialog.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Meetup night' })).toBeVisible()
})

test('a large export shows progress and can be cancelled before anything is written', async ({
  page,
  desktop,
}) => {
  test.setTimeout(60_000)
  const screens = new EventsScreens(page)
  const importer = new ImportDialog(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent(night)
  await importer.openFromEventPage()
  // A slow laptop, so the parse is still running when Cancel is pressed, on any machine.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 })
  // From disk, so the browser reads the file itself instead of receiving 25 MB over CDP.
  const bigFile = join(desktop.exportsDirectory, 'eventbrite-big.csv')
  writeFileSync(bigFile, eventbriteCsv(150_000))
  await importer.dialog.getByLabel('Attendee export file').setInputFiles(bigFile)
  const progress = importer.dialog.getByRole('progressbar')
  await expect(progress).toBeVisible()
  // Parsing runs in the app's own worker, off the UI thread.
  await expect.poll(() => page.workers().length).toBeGreaterThan(0)
  // The window stays responsive while the worker parses: the sidebar still answers.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await importer.dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(importer.dialog.getByText('Drop an attendee export here')).toBeVisible()
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await importer.dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByText('No attendee list imported for this event yet.')).toBeVisible()
})
