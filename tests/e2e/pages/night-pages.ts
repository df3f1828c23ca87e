/** Page objects for the night: the door, the stage and its presenter display, the spark quick-add. */
import { expect, type Locator, type Page } from '@playwright/test'

export class DoorScreen {
  readonly view: Locator
  readonly search: Locator

  constructor(private readonly page: Page) {
    this.view = page.getByTestId('door-view')
    this.search = this.view.getByRole('combobox', { name: 'Find someone on tonight’s list' })
  }

  async openFromEventPage(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open the door' }).click()
    await expect(this.search).toBeFocused()
  }

  /**
   * Types into the search and presses Enter on the first match, as an organizer does; the line
   * the door says names who was checked in, so the right person is known without a separate look.
   */
  async checkIn(query: string, expectedName: string): Promise<void> {
    await this.search.fill(query)
    await this.search.press('Enter')
    await expect(this.said()).toHaveText(`${expectedName} checked in`)
  }

  /** A USB/Bluetooth scanner: the code typed fast into the focused field, then Enter. */
  async scan(code: string, expectedName: string): Promise<void> {
    await expect(this.search).toBeFocused()
    await this.page.keyboard.type(code, { delay: 0 })
    await this.page.keyboard.press('Enter')
    await expect(this.said()).toHaveText(`${expectedName} checked in`)
  }

  said(): Locator {
    return this.view.getByTestId('door-said')
  }

  count(name: 'checked-in' | 'going' | 'first-timers' | 'walk-ins'): Locator {
    return this.view.getByTestId(`door-${name}`)
  }

  async addWalkIn(name: string, email: string, isFirstTime: boolean): Promise<void> {
    await this.view.getByRole('button', { name: 'Add a walk-in' }).click()
    const form = this.view.getByRole('form', { name: 'Add a walk-in' })
    await form.getByLabel('Name').fill(name)
    if (email) await form.getByLabel(/E-mail/).fill(email)
    await form.getByLabel(isFirstTime ? 'Yes, first time' : 'No, been before').check()
    await form.getByRole('button', { name: 'Add and check in' }).click()
    await expect(this.search).toBeFocused()
  }

  async close(): Promise<void> {
    await this.view.getByRole('button', { name: 'Close the door' }).click()
    await expect(this.view).toBeHidden()
  }
}

export class StageScreen {
  readonly view: Locator

  constructor(private readonly page: Page) {
    this.view = page.getByTestId('stage-view')
  }

  async openFromEventPage(): Promise<void> {
    await this.page.getByRole('button', { name: 'Stage', exact: true }).click()
    await expect(this.view).toBeVisible()
  }

  current(): Locator {
    return this.view.getByTestId('stage-current')
  }

  clock(): Locator {
    return this.view.getByTestId('stage-clock')
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key)
  }
}
