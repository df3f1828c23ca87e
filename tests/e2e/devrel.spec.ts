import { DiagnosticScreen, FeedbackScreen } from './pages/devrel-pages'
import { EventsScreens } from './pages/events-page'
import { expect, test } from './support/desktop-fixture'

const PROBLEM = 'Projection and sound fail at the venue'

test('a retro’s “what broke” becomes a friction, is clustered, scored, moved to fix, and stays', async ({
  page,
  desktop,
}) => {
  const board = new FeedbackScreen(page)
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()

  // The last night's retro says what broke; the board offers it as a suggestion.
  await page.getByTestId('retro-due').getByRole('button', { name: 'Write the retro' }).click()
  const retro = page.getByRole('region', { name: 'Retro' })
  await retro.getByLabel('What broke').fill('Projector cable missing')
  await retro.getByLabel('What broke').blur()
  await board.open()
  const suggestion = board.suggestion('Projector cable missing')
  await expect(suggestion).toContainText('Retro of AI Demo Night #14')
  await suggestion.getByRole('button', { name: /^Log/ }).click()
  await expect(board.column('Observe').getByTestId('observed-friction').first()).toContainText(
    'Projector cable missing',
  )
  // Logged once: no longer offered.
  await expect(suggestion).toHaveCount(0)

  // Cluster it with a friction the sample already observed: 2 frictions × severity 3 × fit 2.
  await page.getByRole('button', { name: 'New cluster' }).click()
  const dialog = page.getByRole('dialog', { name: 'New cluster' })
  await dialog.getByLabel('Underlying problem').fill(PROBLEM)
  await dialog.getByRole('group', { name: 'Severity' }).getByLabel('3 Stops people').check()
  await dialog
    .getByRole('group', { name: 'Strategic fit' })
    .getByLabel('2 Helps the program')
    .check()
  await dialog.getByLabel('Projector cable missing').check()
  await dialog.getByLabel('Sound in the back rows').check()
  await dialog.getByRole('button', { name: 'Create cluster' }).click()
  await expect(dialog).toHaveCount(0)
  const card = board.column('Cluster').getByTestId('cluster-card').filter({ hasText: PROBLEM })
  // The formula as shown, and as a screen reader hears it.
  await expect(card.getByTestId('cluster-score')).toContainText(/2\s*×\s*3\s*×\s*2\s*=\s*12$/)
  await expect(card.getByTestId('cluster-score')).toContainText(
    'Priority score 12: frequency 2 × severity 3 × strategic fit 2',
  )
  await expect(board.observed('Projector cable missing')).toHaveCount(0)

  // One step by button, one by keyboard; focus follows the card so the keys keep working.
  await card.getByRole('button', { name: 'Move forward to Prioritise' }).click()
  const handle = board
    .column('Prioritise')
    .getByRole('button', { name: `Move “${PROBLEM}”, at stage 3 of 5` })
  await expect(handle).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(
    board.column('Fix').getByTestId('cluster-card').filter({ hasText: PROBLEM }),
  ).toHaveCount(1)

  await desktop.restart()
  await expect(page.getByRole('heading', { level: 1, name: 'Feedback loop' })).toBeVisible()
  const saved = board.column('Fix').getByTestId('cluster-card').filter({ hasText: PROBLEM })
  await expect(saved.getByTestId('cluster-score')).toHaveText(/=\s*12/)
  await expect(saved).toContainText('Projector cable missing')
  await expect(board.suggestion('Projector cable missing')).toHaveCount(0)

  // A cluster at Fix is no longer a recurring problem waiting: the diagnostic says so, with numbers.
  const diagnostic = new DiagnosticScreen(page)
  await diagnostic.open()
  const recurring = diagnostic.item('Does a friction keep recurring without a fix under way?')
  await expect(recurring.getByTestId('diagnostic-evidence')).toContainText(
    '“Nights start late” (2 frictions, Prioritise)',
  )
  await expect(recurring.getByTestId('diagnostic-evidence')).not.toContainText(PROBLEM)
})

test('a removed friction comes back with undo', async ({ page, desktop }) => {
  const board = new FeedbackScreen(page)
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await board.open()
  const friction = board.observed('Newcomers on Discord cannot find where to propose a demo')
  await friction.getByRole('button', { name: /^Remove/ }).click()
  await expect(friction).toHaveCount(0)
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(friction).toHaveCount(1)
})

test('the organizer answers a diagnostic item the data cannot know; the app shows its evidence', async ({
  page,
  desktop,
}) => {
  const diagnostic = new DiagnosticScreen(page)
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await diagnostic.open()

  // Answered from the data: the pipeline's forward moves since the last night, against 3–5.
  const pipeline = diagnostic.item(
    'Did 3–5 people move forward on the speaker pipeline this cycle?',
  )
  await expect(pipeline.getByTestId('diagnostic-evidence')).toContainText(
    /\d+ forward moves? since “AI Demo Night #14 — Agents in production” ended \(target 3–5\)/,
  )
  await expect(pipeline.getByRole('radio')).toHaveCount(0)

  const question = 'Is a code-of-conduct or safety concern still open?'
  const conduct = diagnostic.item(question)
  await expect(conduct.getByTestId('diagnostic-answer')).toHaveText('No')
  await conduct.getByRole('group', { name: question }).getByLabel('Yes').check()
  await conduct
    .getByLabel(`Note on “${question}”`)
    .fill('A report from the last night, being handled')
  await conduct.getByLabel(`Note on “${question}”`).blur()
  await expect(conduct.getByTestId('diagnostic-answer')).toHaveText('Yes')
  await expect(page.getByTestId('verdict')).toContainText(question)

  await desktop.restart()
  const reloaded = new DiagnosticScreen(page).item(question)
  await expect(reloaded.getByTestId('diagnostic-answer')).toHaveText('Yes')
  await expect(reloaded.getByLabel(`Note on “${question}”`)).toHaveValue(
    'A report from the last night, being handled',
  )
})
