/** Page object for an event's demos: role and label locators in one place. */
import { expect, type Locator, type Page } from '@playwright/test'

export class DemosSection {
  readonly card: Locator
  readonly gate: Locator

  constructor(private readonly page: Page) {
    this.card = page.getByRole('region', { name: 'Demos' })
    this.gate = page.getByTestId('announce-gate')
  }

  async setSlots(slots: number, target: number): Promise<void> {
    await this.card.getByRole('button', { name: 'Slots…' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Demo slots' })
    await dialog.getByLabel('Slots', { exact: true }).fill(String(slots))
    await dialog.getByLabel('Confirmed demos needed to announce').fill(String(target))
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog).toBeHidden()
  }

  /** Adds a demo by a new presenter, screens it with every check, and confirms it. */
  async addConfirmedDemo(presenter: string, title: string): Promise<void> {
    await this.card.getByRole('button', { name: 'Add demo' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Add a demo' })
    await dialog.getByRole('button', { name: /someone new/i }).click()
    await dialog.getByLabel('New presenter’s name').fill(presenter)
    await dialog.getByLabel('E-mail').fill(`${presenter.toLowerCase()}@example.com`)
    await dialog.getByLabel('Demo title').fill(title)
    await dialog.getByRole('button', { name: 'Add demo' }).click()
    await expect(dialog).toBeHidden()

    const row = this.card.getByTestId('demo-row').filter({ hasText: title })
    await row.getByRole('button', { name: /^Screen/ }).click()
    const screening = this.page.getByRole('dialog', { name: `Screen “${title}”` })
    for (const check of await screening.getByRole('checkbox').all()) await check.check()
    await screening.getByRole('button', { name: /Confirm demo|Put on the waitlist/ }).click()
    await expect(screening).toBeHidden()
  }

  runOfShow(): Locator {
    return this.card.getByTestId('run-of-show-row')
  }
}
