/** Page object for the import dialog: role and label locators in one place. */
import { expect, type Locator, type Page } from '@playwright/test'

export const fixturePath = (name: string): string =>
  new URL(`../../fixtures/csv/${name}`, import.meta.url).pathname

export class ImportDialog {
  readonly dialog: Locator

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import attendees' })
  }

  async openFromEventPage(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import attendees…' }).click()
    await expect(this.dialog).toBeVisible()
  }

  async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.dialog
      .getByLabel('Attendee export file')
      .setInputFiles(typeof file === 'string' ? fixturePath(file) : file)
  }

  column(label: string): Locator {
    return this.dialog.getByLabel(`Column for ${label}`)
  }

  previewTable(): Locator {
    return this.dialog.getByRole('table', { name: 'Preview of the first rows' })
  }

  /** The preview's Import button: `Import 17 people`, or rows after a corrected mapping. */
  importButton(): Locator {
    return this.dialog.getByRole('button', { name: /^Import [\d,]+ (people|person|rows?)$/ })
  }

  async importRows(): Promise<void> {
    await this.importButton().click()
    await expect(this.report()).toBeVisible()
  }

  report(): Locator {
    return this.dialog.getByTestId('import-report')
  }

  /** The number shown under a report label, e.g. `Rows imported`. */
  fact(label: string): Locator {
    return this.report().locator('.report-fact', { hasText: label }).locator('dd')
  }
}
