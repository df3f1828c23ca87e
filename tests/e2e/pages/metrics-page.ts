/** Page object for the metrics and review screens: their charts, tables and the one-screen check. */
import { expect, type Locator, type Page } from '@playwright/test'

export class MetricsScreens {
  constructor(private readonly page: Page) {}

  async open(name: 'Metrics' | 'Review'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name, exact: true })
      .click()
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(
      name === 'Metrics' ? 'Metrics' : 'Monthly review',
    )
  }

  /** A trend chart with its toggle and table, by the heading above it. */
  trend(heading: string): Locator {
    return this.page
      .getByTestId('trend')
      .filter({ has: this.page.getByRole('heading', { name: heading }) })
  }

  /** The chart's drawn points. */
  dots(trend: Locator): Locator {
    return trend.locator('.trend-dot')
  }

  /** The chart's table rows, read as its cells' text (the table is there, shown or not). */
  async tableRows(trend: Locator): Promise<string[][]> {
    const rows = trend.getByTestId('trend-table').locator('tbody tr')
    const texts: string[][] = []
    for (const row of await rows.all()) {
      texts.push((await row.locator('th, td').allTextContents()).map((text) => text.trim()))
    }
    return texts
  }

  /** The closed reviews the timeline lists, newest first. */
  timelineReviews(): Locator {
    return this.page.getByTestId('timeline-review')
  }

  figure(label: string): Locator {
    return this.page.getByTestId('metric').filter({ hasText: label })
  }

  /** How far the content pane overflows its window: 0 or less means no scrolling. */
  async contentOverflow(): Promise<number> {
    return this.page.evaluate(() => {
      const scope = globalThis as unknown as {
        document: {
          querySelector: (selector: string) => { scrollHeight: number; clientHeight: number }
        }
      }
      const content = scope.document.querySelector('main.content')
      return content.scrollHeight - content.clientHeight
    })
  }
}
