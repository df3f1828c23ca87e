/** Page object for the people screens: role and test-id locators in one place. */
import { expect, type Page } from '@playwright/test'

export class PeopleScreens {
  constructor(private readonly page: Page) {}

  async chooseEmptyStart(): Promise<void> {
    await this.page.getByRole('button', { name: /Start empty/ }).click()
    await expect(this.page.getByTestId('app-ready')).toBeVisible()
  }

  async chooseSampleStart(): Promise<void> {
    await this.page.getByRole('button', { name: /Start with the sample workspace/ }).click()
    await expect(this.page.getByTestId('app-ready')).toBeVisible()
  }

  async gotoPeople(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'People' })
      .click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible()
  }

  searchField() {
    return this.page.getByRole('searchbox', { name: 'Search people' })
  }

  async search(query: string): Promise<void> {
    await this.searchField().fill(query)
  }

  rows() {
    return this.page.getByTestId('person-row')
  }

  row(name: string | RegExp) {
    return this.rows().filter({
      has: this.page.getByRole('button', { name, exact: typeof name === 'string' }),
    })
  }

  /** Searches for a name and opens that person's page. */
  async openPerson(name: string): Promise<void> {
    await this.search(name)
    await this.row(name).first().getByRole('button', { name, exact: true }).click()
    await expect(this.personHeading(name)).toBeVisible()
  }

  personHeading(name: string) {
    return this.page.getByRole('heading', { level: 1, name, exact: true })
  }

  /** The list of people; its aria-rowcount counts every row, not only those in the page. */
  table() {
    return this.page.getByRole('table', { name: /^People/ })
  }

  /** "467 people", "45 of 467 people", "3 of 45 match": how many the list holds. */
  listCount() {
    return this.page.getByTestId('people-count')
  }

  /** The row Enter opens. */
  activeRow() {
    return this.rows().and(this.page.locator('[data-active]'))
  }

  stageSelect() {
    return this.page.getByRole('combobox', { name: 'Stage' })
  }

  /** The chip that says which journey stage the list is narrowed to. */
  stageFilter() {
    return this.page.getByTestId('stage-filter')
  }

  /** Scrolls the list to its end, as a person dragging the scrollbar would. */
  async scrollToEnd(): Promise<void> {
    await this.page
      .getByTestId('people-scroller')
      .evaluate((scroller) => scroller.scrollTo({ top: scroller.scrollHeight }))
  }

  reviewBanner() {
    return this.page.getByRole('region', { name: 'Duplicates to review' })
  }

  async openDuplicates(): Promise<void> {
    await this.reviewBanner().getByRole('button', { name: 'Review' }).click()
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Possible duplicates' }),
    ).toBeVisible()
  }

  suggestions() {
    return this.page.getByTestId('suggestion')
  }

  /** The suggestion card whose pair's names match, e.g. /Tom B\./. */
  suggestion(names: RegExp) {
    return this.page.getByRole('article', { name: names })
  }

  notes() {
    return this.page.getByRole('textbox', { name: 'Notes' })
  }

  notesStatus() {
    return this.page.getByRole('region', { name: 'Notes' }).getByRole('status')
  }

  events() {
    return this.page.getByRole('region', { name: 'Events' }).getByTestId('person-event')
  }

  mergedRecords() {
    return this.page.getByRole('region', { name: 'Merged records' })
  }

  toast(text: string | RegExp) {
    return this.page.locator('.toast').filter({ hasText: text })
  }
}
