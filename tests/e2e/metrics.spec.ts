import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ConsoleMessage } from '@playwright/test'
import { computeAllMetrics } from '../../src/shared/metrics/all-metrics'
import { fatigueScore } from '../../src/shared/metrics/fatigue-index'
import { metricTrends } from '../../src/shared/metrics/metric-trends'
import { monthOf } from '../../src/shared/metrics/monthly-review'
import { returningBuilderRates } from '../../src/shared/metrics/returning-builders'
import { buildSampleWorkspace } from '../../src/shared/sample/sample-workspace'
import { toSnapshot } from '../../src/shared/schema/workspace'
import { EventsScreens } from './pages/events-page'
import { MetricsScreens } from './pages/metrics-page'
import { expect, test } from './support/desktop-fixture'

/** The trends the metrics screen should chart for the sample, from the domain functions. */
function sampleTrends() {
  const now = new Date()
  const workspace = toSnapshot(buildSampleWorkspace(now))
  const metrics = computeAllMetrics(workspace, now, 'last-12-months')
  return metricTrends(
    {
      events: workspace.events,
      returning: returningBuilderRates(workspace.events, workspace.registrations),
      noShowRates: metrics.noShowRates,
      fatigue: metrics.fatigueIndex,
      window: metrics.window,
    },
    now,
  )
}

/**
 * Chromium's console line for anything the CSP refused, such as an inline style attribute (not its
 * note that a <meta> CSP cannot set frame-ancestors, which refuses nothing).
 */
function isCspViolation(message: ConsoleMessage): boolean {
  return /violates the following Content Security Policy directive/.test(message.text())
}

test('the metrics screen shows each figure with its counts, and the funnel places everyone once', async ({
  page,
  desktop,
}) => {
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Metrics' })
    .click()
  const figure = page.getByTestId('metric').filter({ hasText: 'Repeat speaker rate' })
  await expect(figure).toContainText(/\d+ of \d+ presenters presented at 2\+ events/)
  await figure.getByText('Definition').click()
  await expect(figure).toContainText('People who presented at 2 or more distinct events')

  const counts = await page.getByTestId('funnel-stage').locator('.funnel-count').allTextContents()
  const total = counts.reduce((sum, text) => sum + Number(text.replace(/\D/g, '')), 0)
  expect(total).toBe(buildSampleWorkspace(new Date()).people.people.length)
  await expect(page.getByTestId('funnel-stage').filter({ hasText: 'largest drop' })).toHaveCount(1)

  await page.getByRole('combobox').selectOption({ label: 'All time' })
  await expect(page.getByTestId('metric').first()).toBeVisible()
})

test('the trends are charts with a point per event, the same numbers in a table, under the CSP', async ({
  page,
  desktop,
}) => {
  const refused: string[] = []
  page.on('console', (message) => {
    if (isCspViolation(message)) refused.push(message.text())
  })
  const screens = new MetricsScreens(page)
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await screens.open('Metrics')
  const expected = sampleTrends()

  // Returning builders: one point per ended night with attendees, and a table row per point whose
  // rate is its own returning / attendees.
  const returning = screens.trend('Returning builder rate per event')
  await expect(
    returning.getByRole('application', { name: /Returning builder rate per event/ }),
  ).toBeVisible()
  await expect(screens.dots(returning)).toHaveCount(expected.returning.length)
  const returningRows = await screens.tableRows(returning)
  // Each row header: the chart's short label, then the event's full title.
  expect(returningRows.map((row) => row[0])).toEqual(
    expected.returning.map((point) => expect.stringContaining(point.title)),
  )
  for (const [, attendees, returned, rate] of returningRows) {
    expect(rate).toMatch(
      new RegExp(`^${Math.round((Number(returned) / Number(attendees)) * 100)}%`),
    )
  }

  const noShow = screens.trend('No-show rate per event')
  await expect(screens.dots(noShow)).toHaveCount(expected.noShow.length)
  expect((await screens.tableRows(noShow)).map((row) => row.slice(1))).toEqual(
    expected.noShow.map((point) => [
      String(point.going),
      String(point.noShows),
      `${Math.round(point.rate * 100)}%`,
    ]),
  )

  // Fatigue: a point per check-in, the 60 line, and the inputs in the table give back the figure
  // shown above (the mean of the last three check-ins' scores).
  const fatigue = screens.trend('Organizer fatigue per check-in')
  await expect(screens.dots(fatigue)).toHaveCount(expected.fatigue.length)
  await expect(fatigue.locator('.recharts-reference-line')).toHaveCount(1)
  await expect(fatigue.locator('.trend-warning-label')).toHaveText('warning above 60')
  const fatigueRows = await screens.tableRows(fatigue)
  const scores = fatigueRows.map(([, energy, hours, overrides]) =>
    fatigueScore(Number(energy?.split(' ')[0]), Number(hours), Number(overrides)),
  )
  const mean = scores.slice(-3).reduce((sum, score) => sum + score, 0) / 3
  await expect(screens.figure('Organizer fatigue').locator('.metric-value')).toHaveText(
    String(Math.round(mean)),
  )

  // Hovering the last check-in shows the inputs its score was computed from.
  const [, energy, hours, overrides] = fatigueRows.at(-1) ?? []
  await screens.dots(fatigue).last().hover()
  await expect(page.getByTestId('trend-tooltip')).toContainText(
    `Energy ${energy} · Hours ${hours} · Overrides in the cycle ${overrides}`,
  )

  // "Show as table" swaps the chart for the table, and "Show as chart" back.
  await fatigue.getByRole('button', { name: 'Show as table' }).click()
  await expect(fatigue.getByRole('table', { name: /Organizer fatigue index/ })).toBeVisible()
  await expect(screens.dots(fatigue)).toHaveCount(0)
  await fatigue.getByRole('button', { name: 'Show as chart' }).click()
  await expect(screens.dots(fatigue)).toHaveCount(expected.fatigue.length)

  expect(refused).toEqual([])
})

test('the monthly review fits one 1280×800 screen, needs an insight, and joins the timeline', async ({
  page,
  desktop,
}) => {
  const screens = new MetricsScreens(page)
  await page.setViewportSize({ width: 1280, height: 800 })
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await page.getByTestId('review-due').getByRole('button', { name: 'Open the review' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Monthly review/ })).toBeVisible()
  expect(await screens.contentOverflow()).toBeLessThanOrEqual(0)

  // The trend card's chart has the last six nights, the same ones the metrics screen ends with.
  const trend = screens.trend('Returning builders')
  await expect(screens.dots(trend)).toHaveCount(6)
  expect((await screens.tableRows(trend)).map((row) => row[0])).toEqual(
    sampleTrends()
      .returning.slice(-6)
      .map((point) => expect.stringContaining(point.title)),
  )
  // Its table in place of the chart still fits.
  await trend.getByRole('button', { name: 'Show as table' }).click()
  await expect(trend.getByRole('table')).toBeVisible()
  expect(await screens.contentOverflow()).toBeLessThanOrEqual(0)

  await page.getByRole('button', { name: 'Close the review' }).click()
  await expect(page.getByRole('alert')).toContainText('Type one insight')
  await page
    .getByRole('textbox', { name: 'Insight' })
    .fill('Follow-ups to first-timers bring them back.')
  await page.getByRole('button', { name: 'Close the review' }).click()
  await expect(page.getByRole('region', { name: 'Review timeline' })).toContainText(
    'Follow-ups to first-timers bring them back.',
  )
  await desktop.restart()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click()
  await expect(page.getByTestId('review-due')).toHaveCount(0)
})

test('a closed review lists the month’s overrides, exports as escaped Markdown and as PDF, and fits', async ({
  page,
  desktop,
}) => {
  const screens = new MetricsScreens(page)
  const events = new EventsScreens(page)
  await page.setViewportSize({ width: 1280, height: 800 })
  await desktop.open()
  await events.chooseSampleStart()

  // Announcing the next night before its demos are in records a gate override this month.
  await events.gotoEvents()
  await events.section('Upcoming').getByTestId('event-row').first().click()
  const nextNight = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
  await page.getByRole('button', { name: 'Announce anyway…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Announce anyway?' })
  await dialog.getByLabel('Why go ahead now?').fill('Sponsor <b>needs</b> the date this week')
  await dialog.getByRole('button', { name: 'Record reason and announce' }).click()
  await expect(dialog).toBeHidden()

  await screens.open('Review')
  const mechanisms = page.getByRole('region', { name: "This month's figures" })
  // The next night missed both announce gates: one reason, two overrides, each named.
  await expect(mechanisms).toContainText('2 this month')
  const overrides = mechanisms.getByRole('list', { name: "This month's gate overrides" })
  await expect(overrides.getByRole('listitem')).toHaveText([
    `demo target: “Sponsor <b>needs</b> the date this week” · ${nextNight}`,
    `follow-up minimum: “Sponsor <b>needs</b> the date this week” · ${nextNight}`,
  ])
  await expect(overrides.locator('b')).toHaveCount(0)
  await expect(page.getByTestId('review-fatigue')).toContainText(
    /\d+ · mean of the last 3 check-ins/,
  )

  const insight = 'First-timers <img src=x onerror=alert(1)> come back after a follow-up'
  await page.getByRole('textbox', { name: 'Insight' }).fill(insight)
  await page.getByRole('button', { name: 'Close the review' }).click()
  const timeline = page.getByRole('region', { name: 'Review timeline' })
  // Typed text stays text: shown as typed, never turned into an element.
  await expect(timeline).toContainText(insight)
  await expect(timeline.locator('img')).toHaveCount(0)
  expect(await screens.contentOverflow()).toBeLessThanOrEqual(0)

  const month = monthOf(new Date())
  const download = page.waitForEvent('download')
  await timeline.getByRole('button', { name: `.md of the ${month} review` }).click()
  const markdown = readFileSync(await (await download).path(), 'utf8')
  expect(markdown).toContain(`# Monthly review — ${month}`)
  expect(markdown).toContain('- Gate overrides this month: 2')
  expect(markdown).toContain('Sponsor \\<b\\>needs\\</b\\> the date this week')
  expect(markdown).toContain('First-timers \\<img src=x onerror=alert(1)\\> come back')

  await timeline.getByRole('button', { name: `PDF of the ${month} review` }).click()
  await expect(
    page.getByText(`Saved ${join(desktop.exportsDirectory, `review-${month}.pdf`)}`),
  ).toBeVisible()
  const pdf = readFileSync(join(desktop.exportsDirectory, `review-${month}.pdf`))
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  // Printing is over: the print layout is gone and the screen is as it was.
  await expect(page.getByTestId('review-print')).toHaveCount(0)
  expect(await screens.contentOverflow()).toBeLessThanOrEqual(0)

  // The fullest screen still fits: a timeline of longest insights, the trend shown as a table.
  for (let count = 2; count <= 4; count += 1) {
    await page.getByRole('textbox', { name: 'Insight' }).fill(`Insight ${count} `.repeat(200))
    // Exact: the toast's "Undo Close the review …" holds the same words.
    await page.getByRole('button', { name: 'Close the review', exact: true }).click()
    await expect(screens.timelineReviews()).toHaveCount(count)
  }
  await screens.trend('Returning builders').getByRole('button', { name: 'Show as table' }).click()
  expect(await screens.contentOverflow()).toBeLessThanOrEqual(0)
})
