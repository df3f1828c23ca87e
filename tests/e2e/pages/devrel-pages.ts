/** Page objects for the feedback loop board and the diagnostic checklist. */
import { expect, type Locator, type Page } from '@playwright/test'

export class FeedbackScreen {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Feedback loop' })
      .click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Feedback loop' })).toBeVisible()
  }

  /** A stage's column: Observe, Cluster, Prioritise, Fix or Teach. */
  column(stage: string): Locator {
    return this.page.getByTestId('feedback-board').getByRole('region', { name: stage, exact: true })
  }

  card(problem: string): Locator {
    return this.page.getByTestId('cluster-card').filter({ hasText: problem })
  }

  observed(text: string): Locator {
    return this.page.getByTestId('observed-friction').filter({ hasText: text })
  }

  suggestion(text: string): Locator {
    return this.page.getByTestId('friction-suggestion').filter({ hasText: text })
  }
}

export class DiagnosticScreen {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Diagnostic' })
      .click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Diagnostic' })).toBeVisible()
  }

  item(question: string): Locator {
    return this.page.getByTestId('diagnostic-item').filter({ hasText: question })
  }
}
