import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { EventsScreens } from './pages/events-page'
import { expect, test } from './support/desktop-fixture'

/** Serious and critical axe violations on the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')})`,
    )
}

for (const scheme of ['light', 'dark'] as const) {
  test(`main screens have no serious accessibility violations, ${scheme}`, async ({
    page,
    desktop,
  }) => {
    test.setTimeout(90_000)
    await page.emulateMedia({ colorScheme: scheme })
    const screens = new EventsScreens(page)
    await desktop.open()
    expect(await seriousViolations(page), 'first run').toEqual([])
    await screens.chooseSampleStart()
    const nav = page.getByRole('navigation', { name: 'Main' })
    const screensToCheck: [string, () => Promise<void>][] = [
      ['home', async () => nav.getByRole('button', { name: 'Home' }).click()],
      ['events', async () => nav.getByRole('button', { name: 'Events' }).click()],
      [
        'upcoming event',
        async () => {
          await nav.getByRole('button', { name: 'Events' }).click()
          await page.getByTestId('event-row').first().click()
        },
      ],
      [
        'past event',
        async () => {
          await nav.getByRole('button', { name: 'Events' }).click()
          await screens.section('Past').getByTestId('event-row').first().click()
        },
      ],
      ['people', async () => nav.getByRole('button', { name: 'People' }).click()],
      ['pipeline', async () => nav.getByRole('button', { name: 'Pipeline' }).click()],
      ['feedback loop', async () => nav.getByRole('button', { name: 'Feedback loop' }).click()],
      ['diagnostic', async () => nav.getByRole('button', { name: 'Diagnostic' }).click()],
      ['metrics', async () => nav.getByRole('button', { name: 'Metrics' }).click()],
      ['review', async () => nav.getByRole('button', { name: 'Review' }).click()],
      ['settings', async () => nav.getByRole('button', { name: 'Settings' }).click()],
    ]
    for (const [name, open] of screensToCheck) {
      await open()
      await expect(page.getByTestId('app-ready')).toBeVisible()
      expect(await seriousViolations(page), name).toEqual([])
    }
  })
}
