/**
 * Data safety from Settings (issue 8): restoring an automatic backup undoes later changes and
 * stays restored after a restart; an exported workspace file brings the whole workspace into a
 * fresh data folder, and a damaged one is refused without touching the workspace.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { EventsScreens } from './pages/events-page'
import { SettingsScreen } from './pages/settings-page'
import { expect, test } from './support/desktop-fixture'

const night = (title: string, day: string) => ({
  title,
  start: `${day}T18:30`,
  end: `${day}T21:30`,
})

test('restoring an earlier backup undoes the later change, also after a restart', async ({
  page,
  desktop,
}) => {
  const events = new EventsScreens(page)
  const settings = new SettingsScreen(page)
  await desktop.open()
  await events.chooseEmptyStart()
  await events.createEvent(night('AI Demo Night #1', '2031-03-12'))
  // Starting again takes the start backup, which holds the first night.
  await desktop.restart()
  await events.gotoEvents()
  await events.createEvent(night('Made after the backup', '2031-04-09'))

  await settings.open()
  await expect(settings.backupRows()).toHaveCount(1)
  await expect(settings.backupRows().first()).toContainText('When the app started')
  await settings.restore(settings.backupRows().first())
  await expect(page.getByRole('status')).toContainText('Restored the backup of')
  // The workspace as it was before the restore is kept, so the restore can be undone too.
  await expect(settings.backupRows()).toHaveCount(2)
  await expect(settings.backupRows().first()).toContainText('Before a restore')

  await events.gotoEvents()
  await expect(events.eventRows()).toHaveCount(1)
  await expect(events.section('Upcoming')).toContainText('AI Demo Night #1')
  await expect(events.eventRows().filter({ hasText: 'Made after the backup' })).toHaveCount(0)

  await desktop.restart()
  await events.gotoEvents()
  await expect(events.eventRows()).toHaveCount(1)
  await expect(events.eventRows().filter({ hasText: 'Made after the backup' })).toHaveCount(0)
})

test('an exported workspace file moves the workspace into a fresh data folder', async ({
  page,
  desktop,
}) => {
  const events = new EventsScreens(page)
  const settings = new SettingsScreen(page)
  await desktop.open()
  await events.chooseEmptyStart()
  await events.createEvent(night('AI Demo Night #1', '2031-03-12'))
  await settings.open()
  await settings.exportWorkspace()
  await expect(page.getByRole('status')).toContainText('Workspace exported to')
  const [exported] = readdirSync(desktop.exportsDirectory)
  expect(exported).toMatch(/^devrel-os-workspace-\d{4}-\d{2}-\d{2}\.json$/)
  const file = join(desktop.exportsDirectory, exported ?? '')

  // A new computer: nothing in the data folder, the first window offers the import.
  rmSync(desktop.directory, { recursive: true })
  mkdirSync(desktop.directory)
  await desktop.restart()
  desktop.answerOpenDialog(file)
  await page.getByRole('button', { name: 'Import the workspace file you exported there' }).click()
  await expect(page.getByTestId('app-ready')).toBeVisible()
  await events.gotoEvents()
  await expect(events.section('Upcoming')).toContainText('AI Demo Night #1')
  await desktop.restart()
  await events.gotoEvents()
  await expect(events.section('Upcoming')).toContainText('AI Demo Night #1')

  // A copy cut off halfway is refused with the reason, and the workspace stays as it is.
  const truncated = join(desktop.exportsDirectory, 'truncated.json')
  const text = readFileSync(file, 'utf8')
  writeFileSync(truncated, text.slice(0, text.length / 2))
  desktop.answerOpenDialog(truncated)
  await settings.open()
  await settings.importWorkspace()
  await expect(settings.backups.getByRole('alert')).toContainText(
    'truncated.json cannot be imported: the file is incomplete or damaged',
  )
  await expect(settings.backups.getByRole('alert')).toContainText('Your workspace was not changed.')
  await events.gotoEvents()
  await expect(events.section('Upcoming')).toContainText('AI Demo Night #1')
})

test('a timed backup that cannot be made is said in the window, and the app goes on', async ({
  page,
  desktop,
}) => {
  const events = new EventsScreens(page)
  await desktop.open()
  await events.chooseEmptyStart()
  await events.createEvent(night('AI Demo Night #1', '2031-03-12'))
  // Something outside the app cut people.json short since it was read: the backup must not copy it.
  writeFileSync(join(desktop.directory, 'people.json'), '{"schemaVersion":3,"people":[{"id":"cut')
  const backupsFolder = join(desktop.directory, 'backups')
  const backups = () => (existsSync(backupsFolder) ? readdirSync(backupsFolder) : [])
  const before = backups()

  await desktop.runTimedBackup()
  const notice = page.getByRole('alert').filter({ hasText: 'A backup was not made' })
  await expect(notice).toContainText('people.json does not read back whole')
  expect(backups()).toEqual(before)
  // The window still works: the next change saves.
  await events.gotoEvents()
  await events.createEvent(night('AI Demo Night #2', '2031-04-09'))
  await expect(page.getByRole('heading', { name: 'AI Demo Night #2' })).toBeVisible()
})
