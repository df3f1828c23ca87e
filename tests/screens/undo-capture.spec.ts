import { mkdirSync } from 'node:fs'
import { EventsScreens } from '../e2e/pages/events-page'
import { Messages } from '../e2e/pages/messages'
import { PipelineScreen } from '../e2e/pages/pipeline-page'
import { expect, test } from '../e2e/support/desktop-fixture'

const out = process.env['SCREENSHOT_DIR'] ?? 'test-results/screenshots'
mkdirSync(out, { recursive: true })

const sizes = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
] as const

for (const scheme of ['light', 'dark'] as const) {
  for (const size of sizes) {
    test(`toasts below the pane and the backwards-status question, ${scheme}, ${size.width}`, async ({
      page,
      desktop,
    }) => {
      const screens = new EventsScreens(page)
      const messages = new Messages(page)
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme: scheme })
      await desktop.open()
      await screens.chooseSampleStart()
      const board = new PipelineScreen(page)
      await board.open()
      const name = (await board
        .column('Warm intros')
        .getByTestId('board-card')
        .first()
        .locator('.board-card-name')
        .textContent()) as string
      await page.getByLabel(`Move ${name} to…`).selectOption({ label: 'Quiet killers' })
      await page.keyboard.press('Control+z')
      await expect(messages.toast(/^Undone/)).toBeVisible()
      await page.screenshot({ path: `${out}/${scheme}-${size.width}-toasts-board.png` })

      await screens.gotoEvents()
      await screens.section('Past').getByTestId('event-row').first().click()
      await page.getByRole('button', { name: 'Reopen as live…' }).click()
      await page.screenshot({ path: `${out}/${scheme}-${size.width}-status-back.png` })
    })
  }
}
