import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { sampleEventId } from '../../src/shared/sample/sample-workspace'
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

/**
 * Each screen by its address, one test per screen and scheme: one test over every screen ran past
 * its time under load.
 */
const SCREENS: [name: string, hash: string, heading: string | RegExp][] = [
  ['home', '#/', 'Home'],
  ['events', '#/events', 'Events'],
  ['upcoming event', `#/events/${sampleEventId(15)}`, /Local-first AI/],
  ['past event', `#/events/${sampleEventId(14)}`, /Agents in production/],
  ['people', '#/people', 'People'],
  ['pipeline', '#/pipeline', 'Speaker pipeline'],
  ['feedback loop', '#/feedback', 'Feedback loop'],
  ['diagnostic', '#/diagnostic', 'Diagnostic'],
  ['metrics', '#/metrics', 'Metrics'],
  ['review', '#/review', /^Monthly review/],
  ['settings', '#/settings', 'Settings'],
]

for (const scheme of ['light', 'dark'] as const) {
  test(`the first-run screen has no serious accessibility violations, ${scheme}`, async ({
    page,
    desktop,
  }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await desktop.open()
    expect(await seriousViolations(page), 'first run').toEqual([])
  })

  for (const [name, hash, heading] of SCREENS) {
    test(`${name} has no serious accessibility violations, ${scheme}`, async ({
      page,
      desktop,
    }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await desktop.open()
      await new EventsScreens(page).chooseSampleStart()
      await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      expect(await seriousViolations(page), name).toEqual([])
    })
  }
}
