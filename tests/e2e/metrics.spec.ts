import { buildSampleWorkspace } from '../../src/shared/sample/sample-workspace'
import { EventsScreens } from './pages/events-page'
import { expect, test } from './support/desktop-fixture'

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

test('the monthly review fits one 1280×800 screen, needs an insight, and joins the timeline', async ({
  page,
  desktop,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await page.getByTestId('review-due').getByRole('button', { name: 'Open the review' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Monthly review/ })).toBeVisible()
  const overflow = await page.evaluate(() => {
    const scope = globalThis as unknown as {
      document: {
        querySelector: (selector: string) => { scrollHeight: number; clientHeight: number }
      }
    }
    const content = scope.document.querySelector('main.content')
    return content.scrollHeight - content.clientHeight
  })
  expect(overflow).toBeLessThanOrEqual(0)

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
