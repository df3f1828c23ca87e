/**
 * Issue 18, the door (two short tests, each from a fresh workspace): 30 people checked in by typing (name, name turned round, accents left out,
 * e-mail) and by a scanner that types the ticket's code and presses Enter; Enter on someone
 * checked in asks before taking it back; a guest on the waitlist is let in anyway with a reason.
 */
import { DoorScreen } from './pages/night-pages'
import { expect, test } from './support/desktop-fixture'
import { guests, tonightWithItsList } from './support/night-workspace'

test('the door checks in 30 by typing and by a scanner', async ({ page, desktop }) => {
  await tonightWithItsList(page, desktop)
  const door = new DoorScreen(page)
  await door.openFromEventPage()
  await expect(door.count('going')).toHaveText('32')
  await expect(door.count('checked-in')).toHaveText('0')

  const list = guests()
  // 27 by typing: the name as on the list, the e-mail, or the name's words turned round.
  for (const [index, guest] of list.slice(0, 27).entries()) {
    const query =
      guest.name === 'José Lovelace'
        ? 'jose lovelace' // accents forgiven
        : index % 3 === 0
          ? guest.name
          : index % 3 === 1
            ? guest.email
            : guest.name.split(' ').reverse().join(' ')
    await door.checkIn(query, guest.name)
  }
  // An initial and the surname: "e liskov" finds Edsger Liskov.
  await door.checkIn('e liskov', list[27]?.name ?? '')
  // Two by the scanner: the key alone, and the whole check-in URL of the ticket's QR code.
  await door.scan('g-029', list[28]?.name ?? '')
  await door.scan('https://lu.ma/check-in/evt-1?pk=g-030', list[29]?.name ?? '')
  await expect(door.count('checked-in')).toHaveText('30')
  await expect(door.count('first-timers')).toHaveText('30')
})

test('Enter on someone checked in asks before taking it back; the waitlist is let in with a reason', async ({
  page,
  desktop,
}) => {
  await tonightWithItsList(page, desktop)
  const door = new DoorScreen(page)
  await door.openFromEventPage()
  const list = guests()
  await door.checkIn(list[0]?.name ?? '', list[0]?.name ?? '')
  await door.scan('g-002', list[1]?.name ?? '')
  await expect(door.count('checked-in')).toHaveText('2')

  // Enter on someone checked in asks first; Escape keeps them in, the caret back in the search.
  await door.search.fill(list[0]?.email ?? '')
  await expect(door.view.getByRole('option').first()).toContainText('Checked in')
  await door.search.press('Enter')
  const undo = door.view.getByRole('alertdialog', { name: 'Undo check-in' })
  await expect(undo).toContainText(`${list[0]?.name} is checked in`)
  await page.keyboard.press('Escape')
  await expect(undo).toBeHidden()
  await expect(door.search).toBeFocused()
  await expect(door.count('checked-in')).toHaveText('2')
  // Asked again and answered: the check-in is taken back, and given again.
  await door.search.fill(list[0]?.email ?? '')
  await door.search.press('Enter')
  await undo.getByRole('button', { name: 'Undo check-in' }).click()
  await expect(door.count('checked-in')).toHaveText('1')
  await expect(door.search).toBeFocused()
  await door.checkIn(list[0]?.email ?? '', list[0]?.name ?? '')
  await expect(door.count('checked-in')).toHaveText('2')

  // Declined is shown as such; the waitlist is let in anyway, with the reason recorded.
  await door.search.fill('dora')
  await expect(door.view.getByRole('option').first()).toContainText('Declined')
  await door.search.fill('wanda')
  await expect(door.view.getByRole('option').first()).toContainText('Waitlist')
  await door.search.press('Enter')
  const letIn = door.view.getByRole('form', { name: 'Let in anyway' })
  await letIn.getByRole('textbox').fill('a seat came free')
  await letIn.getByRole('textbox').press('Enter')
  await expect(door.said()).toHaveText('Wanda Waitlist checked in')
  await expect(door.count('checked-in')).toHaveText('3')
  await expect(door.search).toBeFocused()
})
