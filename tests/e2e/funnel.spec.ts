import type { Page } from '@playwright/test'
import { PeopleScreens } from './pages/people-page'
import { expect, test } from './support/desktop-fixture'

const STAGES = ['Awareness', 'Onboarding', 'Adoption', 'Retention', 'Advocacy'] as const
const SAMPLE_PEOPLE = 467

async function gotoMetrics(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Metrics' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Metrics' })).toBeVisible()
}

function funnelStage(page: Page, stage: string) {
  return page
    .getByRole('region', { name: 'Developer journey' })
    .getByTestId('funnel-stage')
    .filter({ has: page.getByRole('link', { name: new RegExp(`^${stage}:`) }) })
}

test('each stage of the journey funnel opens the people at that stage, as many as it counts', async ({
  page,
  desktop,
}) => {
  // Five round trips between two screens, on a machine that may be busy.
  test.setTimeout(60_000)
  const people = new PeopleScreens(page)
  await desktop.open()
  await people.chooseSampleStart()
  let everyone = 0
  for (const stage of STAGES) {
    await gotoMetrics(page)
    const shown = await funnelStage(page, stage).locator('.funnel-count').innerText()
    const count = Number(shown.replace(/\D/g, ''))
    everyone += count
    await funnelStage(page, stage).getByRole('link').click()

    await expect(page).toHaveURL(new RegExp(`#/people\\?stage=${stage.toLowerCase()}$`))
    await expect(people.stageFilter()).toContainText(`Stage: ${stage}`)
    await expect(people.stageFilter()).toContainText(shown)
    await expect(people.listCount()).toHaveText(`${shown} of ${SAMPLE_PEOPLE} people`)
    await expect(people.table()).toHaveAttribute('aria-rowcount', String(count + 1))
    await expect(people.stageSelect()).toHaveValue(stage.toLowerCase())
  }
  // Every person sits at exactly one stage.
  expect(everyone).toBe(SAMPLE_PEOPLE)

  // Someone listed at Onboarding attended exactly one event.
  await gotoMetrics(page)
  await funnelStage(page, 'Onboarding').getByRole('link').click()
  await people.rows().first().getByRole('button').click()
  await expect(people.events().filter({ hasText: 'Attended' })).toHaveCount(1)
})

test('the stage filter is chosen on the People screen, survives a restart and is removed from its chip', async ({
  page,
  desktop,
}) => {
  const people = new PeopleScreens(page)
  await desktop.open()
  await people.chooseSampleStart()
  await gotoMetrics(page)
  const advocates = await funnelStage(page, 'Advocacy').locator('.funnel-count').innerText()

  await people.gotoPeople()
  await expect(people.stageFilter()).toBeHidden()
  await people.stageSelect().selectOption({ label: 'Advocacy' })
  await expect(page).toHaveURL(/#\/people\?stage=advocacy$/)
  await expect(people.listCount()).toHaveText(`${advocates} of ${SAMPLE_PEOPLE} people`)

  // A search looks among the stage's people only.
  await people.search('a')
  await expect(people.listCount()).toHaveText(new RegExp(`^\\d+ of ${advocates} match$`))
  await people.search('')

  await desktop.restart()
  await expect(people.stageFilter()).toContainText('Stage: Advocacy')
  await expect(people.listCount()).toHaveText(`${advocates} of ${SAMPLE_PEOPLE} people`)

  await people.stageFilter().getByRole('button', { name: 'Remove the Advocacy filter' }).click()
  await expect(people.stageFilter()).toBeHidden()
  await expect(people.listCount()).toHaveText(`${SAMPLE_PEOPLE} people`)
  await expect(people.stageSelect()).toHaveValue('')
  await expect(page).toHaveURL(/#\/people$/)
})
