/**
 * Issue 18, the stage on a fake clock: three demos, the second runs over (in colour, on the stage
 * and on the presenter display, a second page here as it is a second window in Electron), the
 * third is a no-show; the run-of-show says how each went.
 */
import { DemosSection } from './pages/demos-section'
import { EventsScreens } from './pages/events-page'
import { StageScreen } from './pages/night-pages'
import { expect, test } from './support/desktop-fixture'
import { wallClock } from './support/night-workspace'

test('three demos on the stage timer: one in time, one over in colour, one no-show; the display follows', async ({
  page,
  desktop,
}) => {
  await page.clock.install()
  await desktop.open()
  const events = new EventsScreens(page)
  await events.chooseEmptyStart()
  await events.gotoEvents()
  await events.createEvent({ title: 'Demo Night #14', start: wallClock(-1), end: wallClock(2) })
  const demos = new DemosSection(page)
  await demos.addConfirmedDemo('Ana', 'Voice agent on a Pi')
  await demos.addConfirmedDemo('Tom', 'RAG evals in CI')
  await demos.addConfirmedDemo('Lea', 'Local-first notes')

  const stage = new StageScreen(page)
  await stage.openFromEventPage()
  const popup = page.waitForEvent('popup')
  await stage.view.getByRole('button', { name: 'Open the presenter display' }).click()
  const display = await popup
  await expect(display.getByTestId('display-title')).toHaveText('Voice agent on a Pi')
  await expect(display.getByTestId('stage-display')).toContainText('Next: RAG evals in CI · Tom')

  // The first demo: 5 of its 7 minutes, then on to the next.
  await expect(stage.current()).toHaveText('Voice agent on a Pi')
  await expect(stage.clock()).toHaveText('7:00')
  await stage.press(' ')
  await page.clock.runFor(5 * 60_000)
  await expect(stage.clock()).toHaveText('2:00')
  await expect(stage.clock()).toHaveAttribute('data-tone', 'calm')
  // The tests' tsconfig has no DOM types, hence globalThis.
  const calm = await stage
    .clock()
    .evaluate(
      (clock) =>
        (
          globalThis as unknown as { getComputedStyle: (e: unknown) => { color: string } }
        ).getComputedStyle(clock).color,
    )
  await stage.press('ArrowRight')

  // The second runs 1:30 over: the clock says so, in the overrun colour, here and on the display.
  await expect(stage.current()).toHaveText('RAG evals in CI')
  await expect(display.getByTestId('display-title')).toHaveText('RAG evals in CI')
  await stage.press(' ')
  await page.clock.runFor(6 * 60_000 + 30_000)
  await expect(stage.clock()).toHaveAttribute('data-tone', 'last-minute')
  await page.clock.runFor(2 * 60_000)
  await expect(stage.clock()).toHaveText('-1:30')
  await expect(stage.clock()).toHaveAttribute('data-tone', 'over')
  await expect(display.getByTestId('display-clock')).toHaveAttribute('data-tone', 'over')
  await expect(display.getByTestId('display-clock')).toHaveText('-1:30')
  await expect(stage.clock()).not.toHaveCSS('color', calm)
  await stage.press('ArrowRight')

  // The third never started: moving on marks it a no-show.
  await expect(stage.current()).toHaveText('Local-first notes')
  await stage.press('ArrowRight')
  await expect(stage.current()).toHaveText('That was the last demo')
  await expect(display.getByTestId('stage-display')).toContainText('That was the last demo')

  const runOfShow = stage.view.getByRole('complementary', { name: 'Run-of-show' }).locator('li')
  await expect(runOfShow).toHaveText([
    /Voice agent on a Pi\s*5:00$/,
    /RAG evals in CI\s*8:30 \(\+1:30\)$/,
    /Local-first notes\s*No-show$/,
  ])
})
