/** Page object for the speaker pipeline board. */
import { expect, type Locator, type Page } from '@playwright/test'

export class PipelineScreen {
  readonly counter: Locator

  constructor(private readonly page: Page) {
    this.counter = page.getByTestId('cycle-counter')
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Pipeline' })
      .click()
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Speaker pipeline' }),
    ).toBeVisible()
  }

  column(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true })
  }

  card(name: string): Locator {
    return this.page.getByTestId('board-card').filter({ hasText: name })
  }
}
