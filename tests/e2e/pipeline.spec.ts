import { PipelineScreen } from './pages/pipeline-page'
import { EventsScreens } from './pages/events-page'
import { PeopleScreens } from './pages/people-page'
import { expect, test } from './support/desktop-fixture'

async function firstCardIn(board: PipelineScreen, column: string): Promise<string> {
  const name = await board
    .column(column)
    .getByTestId('board-card')
    .first()
    .locator('.board-card-name')
    .textContent()
  if (name === null) throw new Error(`no card in ${column}`)
  return name
}

test('a card moved two columns right from the keyboard counts, and survives a restart', async ({
  page,
  desktop,
}) => {
  const board = new PipelineScreen(page)
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await board.open()
  await expect(board.counter).toContainText('2 forward moves this cycle')
  const name = await firstCardIn(board, 'First-timers worth nurturing')

  await page.getByRole('button', { name: `Move ${name}` }).focus()
  // The board's own screen-reader announcements say where the card is; the test listens to them,
  // as a screen-reader user would, before pressing the next key.
  const announcer = page.locator('[id^="DndLiveRegion"]')
  await page.keyboard.press('Space')
  // Announced once dnd-kit has measured the columns: from then on, arrow keys move the card.
  await expect(announcer).toContainText(`${name} is over First-timers worth nurturing`)
  for (const column of ['Warm intros', 'Potential demo candidates']) {
    await page.keyboard.press('ArrowRight')
    await expect(announcer).toContainText(`${name} is over ${column}`)
  }
  await page.keyboard.press('Space')
  await expect(board.column('Potential demo candidates')).toContainText(name)
  await expect(board.counter).toContainText('3 forward moves this cycle')

  await desktop.restart()
  await expect(board.column('Potential demo candidates')).toContainText(name)
  await expect(board.counter).toContainText('3 forward moves this cycle')
  await board.card(name).locator('.board-card-name').click()
  const history = page.getByRole('list', { name: 'Card history' })
  await expect(history.getByRole('listitem').first()).toContainText(
    'First-timers worth nurturing → Potential demo candidates',
  )
  await expect(history.getByRole('listitem').first()).toContainText('forward')
})

test('a mouse drag across columns with several moves on the way', async ({ page, desktop }) => {
  const board = new PipelineScreen(page)
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await board.open()
  const name = await firstCardIn(board, 'Quiet killers')
  const handle = page.getByRole('button', { name: `Move ${name}` })
  const box = await handle.boundingBox()
  const target = await board.column('Warm intros').boundingBox()
  const via = await board.column('Repeat speakers to invite back').boundingBox()
  if (box === null || target === null || via === null) throw new Error('board not laid out')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + 20, box.y + 20, { steps: 4 })
  await page.mouse.move(via.x + via.width / 2, via.y + 80, { steps: 8 })
  await page.mouse.move(target.x + target.width / 2, target.y + 80, { steps: 8 })
  await page.mouse.move(target.x + target.width / 2, target.y + 90, { steps: 2 })
  await page.mouse.up()
  await expect(board.column('Warm intros')).toContainText(name)
  await expect(board.column('Quiet killers')).not.toContainText(name)
  // Out of the side column onto the path is a move, not a step forward.
  await expect(board.counter).toContainText('2 forward moves this cycle')
})

test('the Move to… menu moves a card without dragging, and undo puts a removed card back', async ({
  page,
  desktop,
}) => {
  const board = new PipelineScreen(page)
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await board.open()
  const name = await firstCardIn(board, 'Warm intros')
  await page
    .getByLabel(`Move ${name} to…`)
    .selectOption({ label: 'Repeat speakers to invite back' })
  await expect(board.column('Repeat speakers to invite back')).toContainText(name)
  await expect(board.counter).toContainText('3 forward moves this cycle')

  await board.card(name).locator('.board-card-name').click()
  await page.getByRole('button', { name: 'Remove from board' }).click()
  await expect(board.card(name)).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(board.column('Repeat speakers to invite back')).toContainText(name)
})

test('planning the next event warns while the cycle is below 3 forward moves', async ({
  page,
  desktop,
}) => {
  const board = new PipelineScreen(page)
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await page.getByRole('button', { name: 'New event' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New event' })
  await expect(dialog.getByRole('status')).toContainText(
    'Only 2 forward moves on the speaker pipeline since “AI Demo Night #14 — Agents in production” — aim for 3–5',
  )
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await board.open()
  const name = await firstCardIn(board, 'Warm intros')
  await page.getByLabel(`Move ${name} to…`).selectOption({ label: 'Potential demo candidates' })
  await expect(board.counter).toContainText('3 forward moves this cycle')
  await page.keyboard.press('Control+n')
  await expect(page.getByRole('dialog', { name: 'New event' })).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'New event' }).getByRole('status')).toHaveCount(0)
})

test('a person is added to the pipeline from their page', async ({ page, desktop }) => {
  const board = new PipelineScreen(page)
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await new PeopleScreens(page).gotoPeople()
  await new PeopleScreens(page).openPerson('Tom Baker')
  const speaking = page.getByRole('region', { name: 'Speaking' })
  await speaking.getByLabel('Pipeline column').selectOption({ label: 'Warm intros' })
  await speaking.getByRole('button', { name: 'Add to pipeline' }).click()
  await expect(speaking).toContainText('On the pipeline in Warm intros')
  await board.open()
  await expect(board.column('Warm intros')).toContainText('Tom Baker')
})

test('a card made for someone later merged follows them to the merged person', async ({
  page,
  desktop,
}) => {
  const board = new PipelineScreen(page)
  const people = new PeopleScreens(page)
  await desktop.open()
  await people.chooseSampleStart()
  await people.gotoPeople()
  await people.openPerson('Tom B.')
  const speaking = page.getByRole('region', { name: 'Speaking' })
  await speaking.getByLabel('Pipeline column').selectOption({ label: 'Warm intros' })
  await speaking.getByRole('button', { name: 'Add to pipeline' }).click()

  await people.gotoPeople()
  await people.openDuplicates()
  await people
    .suggestion(/Tom B\./)
    .getByRole('button', { name: 'Merge' })
    .click()
  await expect(people.toast('Merged into Tom Baker')).toBeVisible()

  await board.open()
  await expect(board.column('Warm intros')).toContainText('Tom Baker')
  await expect(board.column('Warm intros')).not.toContainText('Deleted person')
  await people.gotoPeople()
  await people.openPerson('Tom Baker')
  await expect(speaking).toContainText('On the pipeline in Warm intros')
})

test('a person is added to the pipeline from an event’s attendee list', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  const board = new PipelineScreen(page)
  await desktop.open()
  await screens.chooseSampleStart()
  await screens.gotoEvents()
  await screens.section('Past').getByTestId('event-row').nth(3).click()
  const attendees = page.getByRole('region', { name: 'Attendees' })
  const row = attendees
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: 'Add to pipeline' }) })
    .first()
  const name = (await row.getByRole('cell').first().textContent()) ?? ''
  await row.getByRole('button', { name: 'Add to pipeline' }).click()
  await expect(attendees.getByRole('row', { name: new RegExp(name) })).toContainText(
    'On the pipeline',
  )
  await board.open()
  await expect(board.column('First-timers worth nurturing')).toContainText(name)
})
