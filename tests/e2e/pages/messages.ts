/** Page object for the one toast region and its Undo and Redo buttons. */
import type { Locator, Page } from '@playwright/test'

export class Messages {
  readonly region: Locator

  constructor(page: Page) {
    this.region = page.getByRole('status', { name: 'Messages' })
  }

  toast(text: string | RegExp): Locator {
    return this.region.locator('.toast').filter({ hasText: text })
  }

  /** The toast's button that takes back exactly the named change. */
  undoButton(label: string): Locator {
    return this.region.getByRole('button', { name: `Undo ${label}`, exact: true })
  }

  redoButton(label: string): Locator {
    return this.region.getByRole('button', { name: `Redo ${label}`, exact: true })
  }
}
