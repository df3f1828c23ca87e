/**
 * Focus and announcements follow WAI-ARIA practice (issue 16): a new screen moves focus to its
 * heading, a closed dialog gives focus back to what opened it, and the drag-and-drop live region
 * names people, columns, demos and positions instead of ids.
 */
import { DemosSection } from './pages/demos-section'
import { EventsScreens } from './pages/events-page'
import { PeopleScreens } from './pages/people-page'
import { PipelineScreen } from './pages/pipeline-page'
import { expect, test } from './support/desktop-fixture'

const heading = (page: import('@playwright/test').Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name })

test('the first-run choice and each new screen put focus on the screen’s heading', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseSampleStart()
  await expect(heading(page, 'Home')).toBeFocused()

  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('button', { name: 'Events' }).click()
  await expect(heading(page, 'Events')).toBeFocused()
  await screens.section('Past').getByTestId('event-row').first().focus()
  await page.keyboard.press('Enter')
  await expect(heading(page, /Agents in production/)).toBeFocused()
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('button').click()
  await expect(heading(page, 'Events')).toBeFocused()
  await nav.getByRole('button', { name: 'Pipeline' }).click()
  await expect(heading(page, 'Speaker pipeline')).toBeFocused()
})

test('a person opened with Enter has focus on their name', async ({ page, desktop }) => {
  const people = new PeopleScreens(page)
  await desktop.open()
  await people.chooseSampleStart()
  await people.gotoPeople()
  // The people screen puts focus in its search field itself; the heading does not take it away.
  await expect(people.searchField()).toBeFocused()
  await page.keyboard.type('tom')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(people.personHeading('Tom Baker')).toBeFocused()
})

test('a dialog closed with Escape gives focus back to what opened it', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseSampleStart()
  await screens.gotoEvents()

  const newEvent = page.getByRole('button', { name: 'New event' }).first()
  await newEvent.click()
  await expect(page.getByRole('dialog', { name: 'New event' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(newEvent).toBeFocused()

  // A confirmation, from the event page.
  await screens.section('Past').getByTestId('event-row').first().click()
  const remove = page.getByRole('button', { name: 'Delete' })
  await remove.click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(remove).toBeFocused()

  // A dialog its screen unmounts when it closes.
  await new PipelineScreen(page).open()
  const addPerson = page.getByRole('button', { name: 'Add person' })
  await addPerson.click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(addPerson).toBeFocused()
})

test('a card dropped from the keyboard is announced by name, column and position', async ({
  page,
  desktop,
}) => {
  const board = new PipelineScreen(page)
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await board.open()
  const card = board.column('First-timers worth nurturing').getByTestId('board-card').first()
  const name = (await card.locator('.board-card-name').textContent())!.trim()
  const target = 'Warm intros'
  const before = await board.column(target).getByTestId('board-card').count()

  await page.getByRole('button', { name: `Move ${name}` }).focus()
  const announcer = page.locator('[id^="DndLiveRegion"]')
  await page.keyboard.press('Space')
  // The pick-up is announced, then at once where the card is, once dnd-kit has measured the board.
  await expect(announcer).toContainText(`${name} is over First-timers worth nurturing`)
  await page.keyboard.press('ArrowRight')
  await expect(announcer).toContainText(`${name} is over ${target}`)
  await page.keyboard.press('Space')
  await expect(announcer).toHaveText(
    new RegExp(`^${name} moved to ${target}, position \\d+ of ${before + 1}\\.`),
  )
  await expect(announcer).not.toContainText('Draggable item')
})

test('a run-of-show reorder is announced by the demo’s title and its new position', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  const demos = new DemosSection(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent({
    title: 'Focus night',
    start: '2031-03-12T18:30',
    end: '2031-03-12T21:30',
  })
  await demos.addConfirmedDemo('Ana', 'Voice agent on a Pi')
  await demos.addConfirmedDemo('Tom', 'RAG evals in CI')

  await page.getByRole('button', { name: 'Reorder “Voice agent on a Pi”' }).focus()
  const announcer = page.locator('[id^="DndLiveRegion"]')
  await page.keyboard.press('Space')
  await expect(announcer).toHaveText('Run-of-show: Voice agent on a Pi is over position 1 of 2.')
  // dnd-kit settles the target just after a move; keys pressed faster than that do nothing.
  await expect(async () => {
    await page.keyboard.press('ArrowDown')
    await expect(announcer).toHaveText(
      'Run-of-show: Voice agent on a Pi is over position 2 of 2.',
      {
        timeout: 300,
      },
    )
  }).toPass()
  await page.keyboard.press('Space')
  await expect(announcer).toHaveText('Run-of-show: Voice agent on a Pi moved to position 2 of 2.')
})

test('a cluster moved on the feedback board is announced by its problem, stage and place', async ({
  page,
  desktop,
}) => {
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Feedback loop' })
    .click()
  await expect(heading(page, 'Feedback loop')).toBeFocused()
  const handle = page.getByRole('button', { name: /^Move “Nights start late”/ })
  await handle.focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('feedback-announcer')).toHaveText(
    'Nights start late moved to Fix, position 2 of 2.',
  )
  // Focus follows the moved card, so the keyboard can keep moving it.
  await expect(
    page.getByRole('button', { name: /^Move “Nights start late”, at stage 4/ }),
  ).toBeFocused()
})

// Known bug, open in issue 16: at 1024 px a keyboard drag announced as over the wrapped Quiet
// killers column sometimes drops the card back in its own column (seen in most runs since the
// board's replies arrive as changes; now and then before). Moving by the Move to… menu works.
test.fixme('at 1024 px a wrapped board column is reached from the keyboard, and announced', async ({
  page,
  desktop,
}) => {
  await page.setViewportSize({ width: 1024, height: 640 })
  const board = new PipelineScreen(page)
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await board.open()
  // Quiet killers wraps to the row below the four path columns.
  const card = board.column('First-timers worth nurturing').getByTestId('board-card').last()
  const name = (await card.locator('.board-card-name').textContent())!.trim()
  await page.getByRole('button', { name: `Move ${name}` }).focus()
  const announcer = page.locator('[id^="DndLiveRegion"]')
  await page.keyboard.press('Space')
  await expect(announcer).toContainText(`${name} is over First-timers worth nurturing`)
  // dnd-kit settles the target just after a key; a key pressed sooner does nothing.
  await expect(async () => {
    await page.keyboard.press('ArrowDown')
    await expect(announcer).toContainText(`${name} is over Quiet killers`, { timeout: 300 })
  }).toPass()
  await page.keyboard.press('Space')
  await expect(board.column('Quiet killers')).toContainText(name)
  await expect(announcer).toContainText(`${name} moved to Quiet killers, position 1 of 3.`)
})

test('when what opened a dialog is gone after it closes, focus goes to the screen’s heading', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseSampleStart()
  await screens.gotoEvents()
  await screens.section('Upcoming').getByTestId('event-row').first().click()
  const runOfShow = page.getByRole('list', { name: 'Run of show' })
  const rows = runOfShow.getByTestId('run-of-show-row')
  const before = await rows.count()
  await rows.first().getByRole('button', { name: 'Withdraw', exact: true }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Withdraw demo' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(rows).toHaveCount(before - 1)
  // The Withdraw button left with its row: the heading takes focus, not the page's <body>.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
})
