import { DemosSection } from './pages/demos-section'
import { fixturePath } from './pages/import-dialog'
import { EventsScreens } from './pages/events-page'
import { expect, test } from './support/desktop-fixture'

const night = {
  title: 'AI Demo Night #15',
  start: '2031-12-17T18:30',
  end: '2031-12-17T21:30',
}

test('fill the slots: announce is blocked until the target is met, the waitlist takes a freed slot', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  const demos = new DemosSection(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent(night)
  await demos.setSlots(2, 2)

  await expect(demos.gate).toContainText('0 of 2 demos confirmed — cannot announce yet')
  await expect(demos.gate).toContainText('Confirm 2 more demos')
  await expect(page.getByRole('button', { name: 'Announce', exact: true })).toBeDisabled()

  await demos.addConfirmedDemo('Ana', 'Voice agent on a Pi')
  await expect(page.getByText('Confirmed: slot 1 of 2')).toBeVisible()
  await expect(demos.gate).toContainText('1 of 2 demos confirmed — cannot announce yet')
  await demos.addConfirmedDemo('Tom', 'RAG evals in CI')
  await expect(demos.gate).toContainText('Ready to announce')
  await expect(demos.card.getByTestId('slot-summary')).toContainText('2 of 2 slots filled')
  await expect(demos.card).toContainText('time-to-ship 0 days')

  await page.getByRole('button', { name: 'Announce', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText('Announced')

  // A third confirmed demo waits; when Ana withdraws, it takes her slot.
  await demos.addConfirmedDemo('Lea', 'Local-first notes')
  await expect(page.getByText('All 2 slots are taken: waitlisted, 1st in line')).toBeVisible()
  await expect(demos.card.getByRole('list', { name: 'Waitlist' })).toContainText(
    'Local-first notes',
  )
  await demos
    .runOfShow()
    .filter({ hasText: 'Voice agent' })
    .getByRole('button', { name: 'Withdraw' })
    .click()
  const confirm = page.getByRole('dialog', { name: 'Withdraw “Voice agent on a Pi”?' })
  await expect(confirm).toContainText('The slot goes to “Local-first notes”')
  await confirm.getByRole('button', { name: 'Withdraw demo' }).click()
  await expect(demos.runOfShow()).toHaveText([/RAG evals in CI/, /Local-first notes/])
  await expect(demos.runOfShow().first()).toContainText('18:30–18:37')
  await expect(demos.runOfShow().nth(1)).toContainText('18:37–18:44')
})

test('announce anyway takes a written reason, which is recorded on the event', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent(night)
  await page.getByRole('button', { name: 'Announce anyway…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Announce anyway?' })
  await expect(dialog).toContainText('0 of 3 demos confirmed — cannot announce yet')
  await dialog.getByRole('button', { name: 'Record reason and announce' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Write a reason of at least a few words')
  await dialog.getByLabel('Why go ahead now?').fill('The venue needs the date public this week')
  await dialog.getByRole('button', { name: 'Record reason and announce' }).click()
  await expect(dialog).toBeHidden()

  await desktop.restart()
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText('Announced')
  await expect(page.getByTestId('gate-overrides')).toContainText(
    '“The venue needs the date public this week” — demo target',
  )
})

test('the run-of-show is reordered from the keyboard and the order survives a restart', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  const demos = new DemosSection(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent(night)
  await demos.addConfirmedDemo('Ana', 'Voice agent on a Pi')
  await demos.addConfirmedDemo('Tom', 'RAG evals in CI')
  await expect(demos.runOfShow()).toHaveText([/Voice agent/, /RAG evals/])

  await page.getByRole('button', { name: 'Reorder “Voice agent on a Pi”' }).focus()
  await page.keyboard.press('Space')
  await expect(demos.runOfShow().first()).toHaveAttribute('data-dragging', 'true')
  // dnd-kit measures the rows just after the lift, and settles the target just after a move; keys
  // pressed faster than that do nothing, so wait for what a person would see: the rows making way.
  await expect(async () => {
    await page.keyboard.press('ArrowDown')
    await expect(demos.runOfShow().nth(1)).toHaveAttribute('style', /translate3d\(0px, -/, {
      timeout: 300,
    })
  }).toPass()
  await page.keyboard.press('Space')
  await expect(demos.runOfShow()).toHaveText([/RAG evals/, /Voice agent/])
  await expect(demos.runOfShow().first()).toContainText('18:30–18:37')

  await desktop.restart()
  await expect(demos.runOfShow()).toHaveText([/RAG evals/, /Voice agent/])
})

test('a Sessionize export becomes proposed demos, once', async ({ page, desktop }) => {
  const screens = new EventsScreens(page)
  const demos = new DemosSection(page)
  await desktop.open()
  await screens.chooseEmptyStart()
  await screens.createEvent(night)
  for (const attempt of [1, 2]) {
    await demos.card.getByRole('button', { name: 'Import speakers…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import speakers' })
    await dialog
      .getByLabel('Speaker list (CSV)')
      .setInputFiles(fixturePath('sessionize-sessions.csv'))
    await expect(dialog.getByRole('table', { name: 'Speakers to add' })).toContainText(
      'Shipping Demos Weekly',
    )
    await dialog.getByRole('button', { name: 'Add 2 demos' }).click()
    await expect(dialog.getByTestId('speaker-report')).toContainText(
      attempt === 1 ? '2 demos added as proposed' : '2 were already demos of this event',
    )
    await dialog.getByRole('button', { name: 'Done' }).click()
  }
  const proposed = demos.card.getByRole('list', { name: 'Proposed' })
  await expect(proposed.getByTestId('demo-row')).toHaveCount(2)
  await expect(proposed).toContainText('with Bob Builder')
})
