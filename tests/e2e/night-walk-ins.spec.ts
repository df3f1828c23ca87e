/**
 * Issue 18, walk-ins and the export afterwards: a new walk-in and one the form recognises as
 * someone already known, the night survives a restart, and the platform's export imported after
 * the night merges with the door: real attendance, each person counted once.
 */
import { ImportDialog } from './pages/import-dialog'
import { MetricsScreens } from './pages/metrics-page'
import { DoorScreen } from './pages/night-pages'
import { expect, test } from './support/desktop-fixture'
import { closeImport, guests, importList, tonightWithItsList } from './support/night-workspace'

test('two walk-ins, one of them known, survive a restart; the export afterwards merges with the door, nobody counted twice', async ({
  page,
  desktop,
}) => {
  // Tonight's night has just ended: the door was open during it.
  await tonightWithItsList(page, desktop, { startHours: -3, endHours: -0.05 })
  const door = new DoorScreen(page)
  await door.openFromEventPage()
  const list = guests()
  // Three from the list: Ada, Alan and José Lovelace.
  for (const guest of [list[0], list[1], list[3]]) {
    await door.checkIn(guest?.name ?? '', guest?.name ?? '')
  }

  // A new face, on no list: added, checked in, a first-timer and a walk-in.
  await door.addWalkIn('Katherine Johnson', 'kj@example.com', true)
  await expect(door.said()).toHaveText('Katherine Johnson added as a walk-in and checked in')
  await expect(door.count('walk-ins')).toHaveText('1')

  // Someone who says they are on no list, but the workspace knows them: offered, not duplicated.
  const grace = list[2]?.name ?? ''
  await door.view.getByRole('button', { name: 'Add a walk-in' }).click()
  const form = door.view.getByRole('form', { name: 'Add a walk-in' })
  await form.getByLabel('Name').fill(grace)
  await form.getByLabel('No, been before').check()
  await form.getByRole('button', { name: `It’s ${grace}: check in` }).click()
  await expect(door.said()).toHaveText(`${grace} was on the list: checked in`)
  await expect(door.search).toBeFocused()
  await expect(door.count('checked-in')).toHaveText('5')
  await expect(door.count('walk-ins')).toHaveText('1')
  await expect(door.count('going')).toHaveText('33')

  // Quit and start again: the night is all there.
  await door.close()
  await desktop.restart()
  await door.openFromEventPage()
  await expect(door.count('checked-in')).toHaveText('5')
  await expect(door.count('walk-ins')).toHaveText('1')
  await expect(door.view.getByRole('region', { name: 'Checked in last' })).toContainText(
    'Katherine Johnson',
  )
  await door.close()

  // The platform's export afterwards: nobody checked in on the platform's app, and Katherine
  // registered there after all (same e-mail). The door's check-ins stand, each person once.
  await importList(page, 'luma-after.csv', [
    ...list,
    { key: 'g-035', name: 'Katherine Johnson', email: 'kj@example.com', status: 'approved' },
  ])
  await expect(new ImportDialog(page).report().getByTestId('import-door-merge')).toHaveText(
    'Merged with the door: 5 people the door checked in are on this list; 5 people the list has as not checked in stay checked in, with the door’s times. Nobody is counted twice.',
  )
  await closeImport(page)

  // What a person counts: 35 on the list (Katherine once, not also as a walk-in); 33 going
  // (32 approved and Katherine); 5 came in at the door.
  const registrations = page.getByRole('region', { name: 'Registrations' })
  await expect(registrations.getByTestId('registered-count')).toHaveText('35')
  await expect(registrations.getByTestId('going-count')).toHaveText('33')
  await expect(registrations).toContainText('Checked in5 (15% of going)')

  // The metrics count the door's attendance, not the going estimate: 5 came, none of them before.
  const metrics = new MetricsScreens(page)
  await metrics.open('Metrics')
  const returning = metrics.trend('Returning builder rate per event')
  await expect(returning.getByTestId('trend-table').locator('tbody tr')).toHaveCount(1)
  const [row] = await metrics.tableRows(returning)
  expect(row?.[0]).toContain('Demo Night #14')
  expect(row?.[0]).not.toContain('est.')
  expect(row?.slice(1, 3)).toEqual(['5', '0'])
})
