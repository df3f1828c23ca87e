import { mkdirSync } from 'node:fs'
import { PipelineScreen } from '../e2e/pages/pipeline-page'
import { expect, test } from '../e2e/support/desktop-fixture'

const out = process.env['SCREENSHOT_DIR'] ?? 'test-results/screenshots'
mkdirSync(out, { recursive: true })

for (const scheme of ['light', 'dark'] as const) {
  test(`pipeline board, ${scheme}`, async ({ page, desktop }) => {
    const board = new PipelineScreen(page)
    await page.emulateMedia({ colorScheme: scheme })
    await desktop.open()
    await page.getByRole('button', { name: /Start with the sample workspace/ }).click()
    await board.open()
    await expect(page.getByTestId('board-card').first()).toBeVisible()
    await page.screenshot({ path: `${out}/${scheme}-pipeline.png` })
    await page.screenshot({ path: `${out}/${scheme}-pipeline-full.png`, fullPage: true })
    await page.getByTestId('board-card').first().locator('.board-card-name').click()
    await page.screenshot({ path: `${out}/${scheme}-pipeline-card.png` })
  })
}
