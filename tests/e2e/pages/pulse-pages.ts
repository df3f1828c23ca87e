/** Page object for the community pulse: the chat import dialog and the cards that show the pulse. */
import { expect, type Locator, type Page } from '@playwright/test'

export const CHAT_FIXTURES = 'tests/fixtures/chat'

export class PulseScreens {
  readonly dialog: Locator
  readonly section: Locator

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import a group chat' })
    this.section = page.getByRole('region', { name: 'Community pulse' })
  }

  async openMetrics(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Metrics', exact: true })
      .click()
    await expect(this.section).toBeVisible()
  }

  /** Metrics → Import a group chat… → the file; leaves the preview open. */
  async chooseChatFile(fileName: string): Promise<void> {
    await this.section.getByRole('button', { name: 'Import a group chat…' }).click()
    await this.dialog.getByLabel('Chat export file').setInputFiles(`${CHAT_FIXTURES}/${fileName}`)
    await expect(this.dialog.getByTestId('chat-preview')).toBeVisible()
  }

  /** Imports what the preview shows and returns the report's text. */
  async importPreviewed(): Promise<string> {
    await this.dialog.getByRole('button', { name: /^Import \d/ }).click()
    const report = this.dialog.getByTestId('chat-import-report')
    await expect(report).toBeVisible()
    const text = (await report.textContent()) ?? ''
    await this.dialog.getByRole('button', { name: 'Done' }).click()
    await expect(this.dialog).toHaveCount(0)
    return text
  }

  async importChat(fileName: string): Promise<string> {
    await this.chooseChatFile(fileName)
    return this.importPreviewed()
  }

  async openEvent(title: string): Promise<Locator> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Events' })
      .click()
    await this.page.getByTestId('event-row').filter({ hasText: title }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    return this.page.getByRole('region', { name: 'After the night' })
  }
}
