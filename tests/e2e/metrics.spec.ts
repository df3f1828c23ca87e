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
