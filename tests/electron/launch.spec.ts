import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { electronBinary, NO_ELECTRON_REASON } from './electron-binary'

const executablePath = electronBinary()
if (!executablePath) console.log(`Skipping real-Electron tests: ${NO_ELECTRON_REASON}`)
test.skip(!executablePath, NO_ELECTRON_REASON)

const launch = (userData: string): Promise<ElectronApplication> =>
  electron.launch({
    executablePath: executablePath ?? '',
    args: ['.'],
    env: { ...process.env, DEVREL_USER_DATA: userData, ELECTRON_RENDERER_URL: '' },
  })

test('opens with the secure preferences and no Node in the page', async () => {
  const app = await launch(mkdtempSync(join(tmpdir(), 'devrel-electron-')))
  const window = await app.firstWindow()
  await expect(window.getByRole('heading', { name: 'Welcome to DevRel OS' })).toBeVisible()
  // Asked of the live renderer rather than of the options object: what the page can really reach.
  expect(await window.evaluate(() => typeof (globalThis as { module?: unknown }).module)).toBe(
    'undefined',
  )
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
    'undefined',
  )
  expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
    'undefined',
  )
  expect(
    await window.evaluate(() => Object.keys((globalThis as unknown as { api: object }).api).sort()),
  ).toEqual(['invoke', 'onMenuCommand', 'onNotice'])
  await app.close()
})

test('a created event is still there after quitting and relaunching', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'devrel-electron-'))
  const first = await launch(userData)
  const window = await first.firstWindow()
  await window.getByRole('button', { name: /Start empty/ }).click()
  await window.getByRole('button', { name: 'New event' }).first().click()
  await window.getByLabel('Title', { exact: true }).fill('Relaunch Night')
  await window.getByLabel('Starts', { exact: true }).fill('2031-05-01T18:30')
  await window.getByLabel('Ends', { exact: true }).fill('2031-05-01T21:00')
  await window.getByRole('button', { name: 'Create event' }).click()
  await expect(window.getByRole('heading', { level: 1, name: 'Relaunch Night' })).toBeVisible()
  await first.close()

  const second = await launch(userData)
  const again = await second.firstWindow()
  await again
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Events' })
    .click()
  await expect(again.getByText('Relaunch Night')).toBeVisible()
  await second.close()
})

test('an attendee CSV is parsed by the import worker under the packaged file:// page', async () => {
  const app = await launch(mkdtempSync(join(tmpdir(), 'devrel-electron-')))
  const window = await app.firstWindow()
  await window.getByRole('button', { name: /Start empty/ }).click()
  await window.getByRole('button', { name: 'New event' }).first().click()
  await window.getByLabel('Title', { exact: true }).fill('Worker Night')
  await window.getByLabel('Starts', { exact: true }).fill('2031-05-01T18:30')
  await window.getByLabel('Ends', { exact: true }).fill('2031-05-01T21:00')
  await window.getByRole('button', { name: 'Create event' }).click()
  await window.getByRole('button', { name: 'Import attendees…' }).click()
  const dialog = window.getByRole('dialog', { name: 'Import attendees' })
  await dialog
    .getByLabel('Attendee export file')
    .setInputFiles(new URL('../fixtures/csv/luma-2026.csv', import.meta.url).pathname)
  await expect(dialog.getByTestId('import-platform')).toHaveText('Luma')
  // The worker is the app's own file: the strict CSP and file:// must both let it start.
  expect(window.context().pages().length).toBeGreaterThan(0)
  expect(window.workers().length).toBeGreaterThan(0)
  await dialog.getByRole('button', { name: /^Import \d+ people$/ }).click()
  await expect(dialog.getByTestId('import-report')).toBeVisible()
  await app.close()
})
