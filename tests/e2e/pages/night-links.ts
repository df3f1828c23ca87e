/**
 * Page object for a night's links by name, outside the import report: the event page's list in
 * the Registrations card, and the marker on a person's page.
 */
import type { Locator, Page } from '@playwright/test'

export class NightLinks {
  /** The list on the event page. */
  readonly region: Locator

  constructor(private readonly page: Page) {
    this.region = page
      .getByRole('region', { name: 'Registrations' })
      .getByRole('region', { name: 'Matched by name within this night' })
  }

  heading(): Locator {
    return this.region.getByRole('heading')
  }

  item(rowName: string): Locator {
    return this.region.getByRole('listitem').filter({ hasText: rowName })
  }

  async keepApart(rowName: string): Promise<void> {
    await this.region.getByRole('button', { name: `Keep apart: ${rowName}` }).click()
  }

  async linkAgain(rowName: string): Promise<void> {
    await this.region.getByRole('button', { name: `Link again: ${rowName}` }).click()
  }

  async keepAllApart(): Promise<void> {
    await this.region.getByRole('button', { name: 'Keep all apart' }).click()
  }

  async linkAllAgain(): Promise<void> {
    await this.region.getByRole('button', { name: 'Link all again' }).click()
  }

  /** Opens the page of the person a row was linked to (or, kept apart, became). */
  async openPerson(name: string): Promise<void> {
    await this.region.getByRole('button', { name, exact: true }).first().click()
    await this.page.getByRole('heading', { level: 1, name }).waitFor()
  }

  /** On a person's page: the marker under the night where a row was linked to them by name. */
  personMarker(eventTitle: string): Locator {
    return this.page
      .getByTestId('person-event')
      .filter({ hasText: eventTitle })
      .getByTestId('night-link-marker')
  }

  /** From a person's page back to the night. */
  async openEventFromPerson(eventTitle: string): Promise<void> {
    await this.page
      .getByRole('region', { name: 'Events' })
      .getByRole('button', { name: eventTitle })
      .click()
    await this.page.getByRole('heading', { level: 1, name: eventTitle }).waitFor()
  }
}
