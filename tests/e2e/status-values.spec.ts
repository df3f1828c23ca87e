/**
 * Issue 15, "no value silently counts as going": a Google Forms RSVP whose question is found by
 * its answers, each answer shown with its rows and reading, an unreadable one flagged, one
 * reading changed by the organizer, and the event card counting going with the maybes beside it.
 */
import { EventsScreens } from './pages/events-page'
import { ImportDialog } from './pages/import-dialog'
import { StatusValues } from './pages/status-values'
import { capture } from './support/capture'
import { expect, test } from './support/desktop-fixture'

const shot = (name: string) => (suffix: string) => `test-results/issue-15/${name}${suffix}.png`

test('a form RSVP: answers read, one corrected, the card counts going with maybes beside', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  const importer = new ImportDialog(page)
  const values = new StatusValues(importer)
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent({
    title: 'RSVP Night',
    start: '2026-03-19T18:30',
    end: '2026-03-19T21:30',
  })

  await importer.openFromEventPage()
  await importer.chooseFile('google-forms-rsvp.csv')
  await expect(importer.dialog.getByTestId('import-platform')).toHaveText('Google Forms')
  // Found by its answers; the yes/no parking question beside it is not taken.
  await expect(importer.column('status')).toHaveValue('Will you attend in person?')

  await expect(values.table().getByTestId('status-value')).toHaveCount(4)
  await expect(values.row('Yes')).toContainText('10')
  await expect(values.reading('Yes')).toHaveValue('going')
  await expect(values.row('Maybe')).toContainText('4')
  await expect(values.reading('Maybe')).toHaveValue('maybe')
  await expect(values.row('No, online only')).toContainText('3')
  await expect(values.reading('No, online only')).toHaveValue('declined')
  const odd = 'Only if the talks are not recorded'
  await expect(values.row(odd)).toContainText('1')
  await expect(values.reading(odd)).toHaveValue('unknown')
  await expect(values.warning()).toContainText(odd)
  await expect(values.warning()).toContainText('never counted as going')

  // The organizer reads the odd answer as a maybe: the warning goes, the reading is theirs.
  await values.reading(odd).selectOption('maybe')
  await expect(values.warning()).toBeHidden()
  await expect(values.row(odd)).toContainText('your reading')
  await expect(values.row(odd)).toHaveAttribute('data-reading', 'maybe')

  await importer.importRows()
  // 18 rows, Mo's re-submission folded: 17 people.
  await expect(importer.fact('Rows imported')).toHaveText('17')
  await expect(importer.fact('Duplicate rows collapsed')).toHaveText('1')
  await importer.dialog.getByRole('button', { name: 'Done' }).click()

  const card = page.getByRole('region', { name: 'Registrations' })
  await expect(card.getByTestId('registered-count')).toHaveText('17')
  await expect(card.getByTestId('going-count')).toHaveText('10 (+4 maybe)')
  await expect(card.locator('dt', { hasText: 'Not coming' }).locator('+ dd')).toHaveText('3')
  await expect(card.locator('dt', { hasText: 'Answer not read' })).toHaveCount(0)

  // The reading is remembered for this question, after a restart too.
  await desktop.restart()
  await importer.openFromEventPage()
  await importer.chooseFile('google-forms-rsvp.csv')
  await expect(values.reading(odd)).toHaveValue('maybe')
  await expect(values.row(odd)).toContainText('your reading')
  await expect(values.warning()).toBeHidden()
  await importer.dialog.getByRole('button', { name: 'Cancel' }).click()
})

test('at 1024×640 the answers are in sight before the Import button, which counts people', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  const importer = new ImportDialog(page)
  const values = new StatusValues(importer)
  await page.setViewportSize({ width: 1024, height: 640 })
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent({
    title: 'RSVP Night',
    start: '2026-03-19T18:30',
    end: '2026-03-19T21:30',
  })
  await importer.openFromEventPage()
  await importer.chooseFile('google-forms-rsvp.csv')

  // Without scrolling the dialog: every answer and its reading, above the footer's button.
  await expect(values.section.getByRole('heading', { name: 'Who is coming' })).toBeInViewport()
  for (const answer of ['Yes', 'Maybe', 'No, online only', 'Only if the talks are not recorded']) {
    await expect(values.row(answer)).toBeInViewport({ ratio: 1 })
  }
  await expect(values.warning()).toBeInViewport({ ratio: 1 })
  await capture(page, shot('preview-1024x640'))

  // 18 rows, Mo answered twice: 17 people, as the report will say.
  await expect(importer.dialog.getByTestId('import-file-facts')).toContainText(
    '18 data rows make 17 people',
  )
  await expect(importer.importButton()).toHaveText('Import 17 people')
  // A corrected column has not been counted over the file: the button says rows until put back.
  await importer.column('ticket type').selectOption('Timestamp')
  await expect(importer.importButton()).toHaveText('Import 18 rows')
  await importer.column('ticket type').selectOption('')
  await expect(importer.importButton()).toHaveText('Import 17 people')
  await page.setViewportSize({ width: 1280, height: 800 })
  await capture(page, shot('preview-1280x800'))

  await importer.importRows()
  await expect(importer.fact('Rows imported')).toHaveText('17')
})
