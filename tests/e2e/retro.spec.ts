import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSampleWorkspace, sampleEventId } from '../../src/shared/sample/sample-workspace'
import { EventsScreens } from './pages/events-page'
import { PeopleScreens } from './pages/people-page'
import { expect, test } from './support/desktop-fixture'

/** The sample's last night, as dated in its file names. */
function lastNightDate(): string {
  const events = buildSampleWorkspace(new Date()).events.events
  return events.find((event) => event.id === sampleEventId(14))?.start.slice(0, 10) ?? ''
}

test('write the retro of the last night, export it, and the new-event gate opens', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseSampleStart()

  // Home shows the retro's countdown; creating an event is blocked until it is done.
  await expect(page.getByTestId('retro-due')).toContainText(/left/)
  await page.getByRole('button', { name: 'New event' }).first().click()
  const newEvent = page.getByRole('dialog', { name: 'New event' })
  await expect(newEvent.getByRole('alert')).toContainText('is not done — finish it before planning')
  await newEvent.getByRole('button', { name: 'Cancel' }).click()

  await page.getByTestId('retro-due').getByRole('button', { name: 'Write the retro' }).click()
  const retro = page.getByRole('region', { name: 'Retro' })
  await retro.getByLabel('What worked').fill('Seven-minute slots kept the energy up')
  await retro.getByLabel('What broke').fill('The HDMI adapter, again')
  await retro.getByLabel('What surprised us').fill('Half the room stayed for hallway demos')
  const attendees = retro.getByLabel('Follow-up 1').locator('option')
  const names = (await attendees.allTextContents()).slice(1, 5)
  await retro.getByLabel('Add someone to invite').selectOption({ label: names[3] ?? '' })
  await expect(retro.getByRole('list', { name: 'Invite next time' })).toContainText(names[3] ?? '')
  for (const [index, name] of names.slice(0, 3).entries()) {
    await retro.getByLabel(`Follow-up ${index + 1}`).selectOption({ label: name })
    await retro.getByLabel(`Why follow up with ${index + 1}`).fill('Asked about demoing')
  }
  await retro.getByRole('button', { name: 'Mark retro done' }).click()
  await expect(retro.getByTestId('retro-status')).toHaveText('Done')

  const download = page.waitForEvent('download')
  await retro.getByRole('button', { name: 'Export .md' }).click()
  const file = await (await download).path()
  const markdown = readFileSync(file, 'utf8')
  expect(markdown).toContain('# Retro — AI Demo Night #14 — Agents in production')
  expect(markdown).toContain('Seven-minute slots kept the energy up')
  expect(markdown).toContain(`- ${names[0]} — Asked about demoing`)

  await retro.getByRole('button', { name: 'Save PDF' }).click()
  await expect(
    page.getByText(/Saved .*ai-demo-night-14-agents-in-production-retro\.pdf/),
  ).toBeVisible()
  const pdf = readFileSync(
    join(
      desktop.exportsDirectory,
      `${lastNightDate()}-ai-demo-night-14-agents-in-production-retro.pdf`,
    ),
  )
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')

  await retro.getByRole('button', { name: 'Export all retros…' }).click()
  // The sample's earlier nights have their retros too: one file each, the last night's among them.
  await expect(page.getByText(/Saved 12 retros to /)).toBeVisible()
  const exported = readdirSync(desktop.exportsDirectory).filter((name) => name.endsWith('.md'))
  expect(exported).toHaveLength(12)
  expect(exported).toContain(`${lastNightDate()}-ai-demo-night-14-agents-in-production-retro.md`)

  await desktop.restart()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible()
  await expect(page.getByTestId('retro-due')).toHaveCount(0)
  await screens.createEvent({
    title: 'AI Demo Night #16',
    start: '2027-02-18T18:30',
    end: '2027-02-18T21:30',
  })
})

test('the next night cannot be announced before 10 follow-ups of the last one, and says why', async ({
  page,
  desktop,
}) => {
  const screens = new EventsScreens(page)
  await desktop.open()
  await screens.chooseSampleStart()
  await screens.gotoEvents()
  await screens.section('Upcoming').getByTestId('event-row').first().click()
  const gate = page.getByTestId('announce-gate')
  await expect(gate).toContainText('0 of 10 follow-ups sent after “AI Demo Night #14')
  await expect(gate).toContainText('Send 10 more personal follow-ups')
  await expect(page.getByRole('button', { name: 'Announce', exact: true })).toBeDisabled()

  // Send one follow-up from the last night's page; the count moves.
  await page.getByRole('button', { name: '← Events' }).click()
  await screens.section('Past').getByTestId('event-row').first().click()
  const followUps = page.getByRole('region', { name: 'Follow-ups' })
  const someone = followUps.getByLabel('Pick someone to follow up with')
  const name = (await someone.locator('option').nth(1).textContent()) ?? ''
  await someone.selectOption({ label: name })
  await followUps.getByLabel(`Sent to ${name} on`).fill('2026-11-23')
  await expect(followUps.getByTestId('follow-up-count')).toHaveText('1 of 10 sent')
  await page.getByRole('button', { name: '← Events' }).click()
  await screens.section('Upcoming').getByTestId('event-row').first().click()
  await expect(page.getByTestId('announce-gate')).toContainText('1 of 10 follow-ups sent')

  // Removing it by mistake is undone from the toast, with its sent date kept.
  await page.getByRole('button', { name: '← Events' }).click()
  await screens.section('Past').getByTestId('event-row').first().click()
  await followUps.getByRole('button', { name: `Remove ${name} from the follow-ups` }).click()
  await expect(followUps.getByTestId('follow-up-count')).toHaveText('0 of 10 sent')
  await page
    .getByRole('status')
    .filter({ hasText: `${name} removed from the follow-up list` })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(followUps.getByTestId('follow-up-count')).toHaveText('1 of 10 sent')
  await expect(followUps.getByLabel(`Sent to ${name} on`)).toHaveValue('2026-11-23')
})

test('an intro logged on a person page shows on both pages, and becomes a spark', async ({
  page,
  desktop,
}) => {
  await desktop.open()
  await new EventsScreens(page).chooseSampleStart()
  await new PeopleScreens(page).gotoPeople()
  await new PeopleScreens(page).openPerson('Tom Baker')
  const journal = page.getByRole('region', { name: 'After the nights' })
  await journal.getByLabel('Log an intro to…').fill('Daniel Weber')
  await journal
    .getByRole('list', { name: 'People to introduce' })
    .getByRole('button')
    .first()
    .click()
  const intro = journal
    .getByTestId('person-intro')
    .filter({ hasText: 'Introduced to Daniel Weber' })
  await expect(intro).toHaveCount(1)
  await intro.getByRole('button', { name: 'It turned into action…' }).click()
  await intro.getByLabel('What came of it').fill('Building a demo together')
  await intro.getByRole('button', { name: 'Save spark' }).click()
  await expect(intro).toContainText('Spark')

  await desktop.restart()
  await new PeopleScreens(page).gotoPeople()
  await new PeopleScreens(page).openPerson('Daniel Weber')
  await expect(page.getByRole('region', { name: 'After the nights' })).toContainText(
    'Introduced to Tom Baker',
  )
  await expect(page.getByRole('region', { name: 'After the nights' })).toContainText(
    'Building a demo together',
  )
})
