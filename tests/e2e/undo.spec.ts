/**
 * Undo that never surprises (issue 16): Ctrl+Z takes back the last change, whatever it was, and
 * never an older one behind it; the toast names the change its Undo takes back; a done night
 * does not go Live in one click.
 */
import { EventsScreens } from './pages/events-page'
import { ImportDialog } from './pages/import-dialog'
import { Messages } from './pages/messages'
import { PipelineScreen } from './pages/pipeline-page'
import { expect, test } from './support/desktop-fixture'

test('Ctrl+Z after an import and a card move takes back the move, and the import stays', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  const importer = new ImportDialog(page)
  const board = new PipelineScreen(page)
  const messages = new Messages(page)
  await desktop.open()
  await screens.chooseSampleStart()

  await screens.gotoEvents()
  await screens.section('Past').getByTestId('event-row').first().click()
  const registrations = page.getByRole('region', { name: 'Registrations' })
  await importer.openFromEventPage()
  await importer.chooseFile('luma-2026.csv')
  await importer.importRows()
  await importer.dialog.getByRole('button', { name: 'Done' }).click()
  await expect(registrations).toContainText('luma-2026.csv')

  await board.open()
  const card = board.column('Warm intros').getByTestId('board-card').first()
  const name = (await card.locator('.board-card-name').textContent()) ?? ''
  await page.getByLabel(`Move ${name} to…`).selectOption({ label: 'Quiet killers' })
  await expect(board.column('Quiet killers')).toContainText(name)
  const move = `Move ${name} to Quiet killers`
  await expect(messages.undoButton(move)).toBeVisible()

  await page.keyboard.press('Control+z')
  await expect(board.column('Warm intros')).toContainText(name)
  await expect(board.column('Quiet killers')).not.toContainText(name)
  await expect(messages.toast(`Undone: ${move}`)).toBeVisible()
  await expect(messages.redoButton(move)).toBeVisible()

  await page.keyboard.press('Control+Shift+z')
  await expect(board.column('Quiet killers')).toContainText(name)
  await page.keyboard.press('Control+z')
  await expect(board.column('Warm intros')).toContainText(name)
  await page.keyboard.press('Control+y')
  await expect(board.column('Quiet killers')).toContainText(name)

  // The import behind the move was never touched, also after a restart.
  await desktop.restart()
  await screens.gotoEvents()
  await screens.section('Past').getByTestId('event-row').first().click()
  await expect(registrations).toContainText('luma-2026.csv')
  await board.open()
  await expect(board.column('Quiet killers')).toContainText(name)
})

test("a toast's Undo takes back its own change, named, and goes once a newer change is made", async ({
  page,
  desktop,
}) => {
  const board = new PipelineScreen(page)
  const messages = new Messages(page)
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await board.open()
  const first = board.column('Warm intros').getByTestId('board-card').first()
  const name = (await first.locator('.board-card-name').textContent()) ?? ''
  await page.getByLabel(`Move ${name} to…`).selectOption({ label: 'Quiet killers' })
  const move = `Move ${name} to Quiet killers`
  await expect(messages.undoButton(move)).toBeVisible()

  await messages.undoButton(move).click()
  await expect(board.column('Warm intros')).toContainText(name)
  await expect(messages.undoButton(move)).toHaveCount(0)
  await expect(messages.redoButton(move)).toBeVisible()

  await page.getByLabel(`Move ${name} to…`).selectOption({ label: 'Potential demo candidates' })
  await expect(messages.undoButton(`Move ${name} to Potential demo candidates`)).toBeVisible()
  // The redo of the earlier move no longer applies: its button is gone, not left to redo it later.
  await expect(messages.redoButton(move)).toHaveCount(0)
})

test('a done night goes back to live only when asked twice, and Ctrl+Z takes it back', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  const messages = new Messages(page)
  await desktop.open()
  await screens.chooseSampleStart()
  await screens.gotoEvents()
  await screens.section('Past').getByTestId('event-row').first().click()
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
  const history = page.getByRole('region', { name: 'Status history' }).getByRole('listitem')
  await expect(history.last()).toHaveText(/^Done/)

  await expect(page.getByRole('button', { name: 'Mark live' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Reopen as live…' }).click()
  const ask = page.getByRole('dialog', { name: `Move “${title}” back to live?` })
  await expect(ask).toContainText('no longer as done')
  await ask.getByRole('button', { name: 'Cancel' }).click()
  await expect(history.last()).toHaveText(/^Done/)

  await page.getByRole('button', { name: 'Reopen as live…' }).click()
  await ask.getByRole('button', { name: 'Move back to live' }).click()
  await expect(history.last()).toHaveText(/^Live/)
  await expect(messages.undoButton(`Mark ${title} live`)).toBeVisible()

  await page.keyboard.press('Control+z')
  await expect(history.last()).toHaveText(/^Done/)
})
