/** Page object for Settings' Backups card: role and test-id locators in one place. */
import { expect, type Locator, type Page } from '@playwright/test'

export class SettingsScreen {
  constructor(private readonly page: Page) {}

  get backups(): Locator {
    return this.page.getByRole('region', { name: 'Backups' })
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Settings' })
      .click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  }

  backupRows(): Locator {
    return this.backups.getByTestId('backup-row')
  }

  /** Restores the backup in `row`, through the confirm dialog. */
  async restore(row: Locator): Promise<void> {
    await row.getByRole('button', { name: /^Restore the backup of/ }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Restore this backup?' })
    await dialog.getByRole('button', { name: 'Restore backup' }).click()
    await expect(dialog).toBeHidden()
  }

  async exportWorkspace(): Promise<void> {
    await this.backups.getByRole('button', { name: 'Export workspace…' }).click()
  }

  /** Imports whatever the open dialog answers with, through the confirm dialog. */
  async importWorkspace(): Promise<void> {
    await this.backups.getByRole('button', { name: 'Import workspace…' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Import a workspace file?' })
    await dialog.getByRole('button', { name: 'Choose a file…' }).click()
    await expect(dialog).toBeHidden()
  }
}
