/** Page object for the events screens: role and test-id locators in one place. */
import { expect, type Page } from '@playwright/test'

export interface EventFields {
  title: string
  start: string
  end: string
  venue?: string
  city?: string
  capacity?: string
}

export class EventsScreens {
  constructor(private readonly page: Page) {}

  async chooseEmptyStart(): Promise<void> {
    await this.page.getByRole('button', { name: /Start empty/ }).click()
    await expect(this.page.getByTestId('app-ready')).toBeVisible()
  }

  async chooseSampleStart(): Promise<void> {
    await this.page.getByRole('button', { name: /Start with the sample workspace/ }).click()
    await expect(this.page.getByTestId('app-ready')).toBeVisible()
  }

  async gotoEvents(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Events' })
      .click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible()
  }

  async createEvent(fields: EventFields): Promise<void> {
    await this.page.getByRole('button', { name: 'New event' }).first().click()
    const dialog = this.page.getByRole('dialog', { name: 'New event' })
    await dialog.getByLabel('Title', { exact: true }).fill(fields.title)
    await dialog.getByLabel('Starts', { exact: true }).fill(fields.start)
    await dialog.getByLabel('Ends', { exact: true }).fill(fields.end)
    if (fields.venue) await dialog.getByLabel('Venue', { exact: true }).fill(fields.venue)
    if (fields.city) await dialog.getByLabel('City', { exact: true }).fill(fields.city)
    if (fields.capacity) await dialog.getByLabel('Capacity', { exact: true }).fill(fields.capacity)
    await dialog.getByRole('button', { name: 'Create event' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: fields.title })).toBeVisible()
  }

  /**
   * The event page a finished import opened: its title, recorded as done (an old night is never
   * left in Planning), and its Registrations card for the figures.
   */
  async expectDoneNightPage(title: string) {
    await expect(this.page.getByRole('heading', { name: title, level: 1 })).toBeVisible()
    await expect(
      this.page.getByRole('region', { name: 'Status history' }).getByRole('listitem'),
    ).toHaveText(/^Done/)
    return this.page.getByRole('region', { name: 'Registrations' })
  }

  eventRows() {
    return this.page.getByTestId('event-row')
  }

  section(name: 'Upcoming' | 'Past') {
    return this.page.getByRole('region', { name: `${name} events` })
  }
}
