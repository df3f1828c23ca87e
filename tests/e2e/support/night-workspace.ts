/**
 * Tonight's event and its Luma list for the night's specs (issue 18): 32 guests approved, one on
 * the waitlist, one declined, each with the check-in URL Luma prints on the ticket's QR code.
 */
import type { Page } from '@playwright/test'
import { EventsScreens } from '../pages/events-page'
import { ImportDialog } from '../pages/import-dialog'
import { expect } from './desktop-fixture'

export interface Guest {
  key: string
  name: string
  email: string
  status: string
  checkedInAt?: string
}

const LUMA_HEADER =
  'api_id,name,first_name,last_name,email,phone_number,created_at,approval_status,checked_in_at,custom_source,qr_code_url,amount,amount_tax,amount_discount,currency,coupon_code,eth_address,solana_address,survey_response_rating,survey_response_feedback,ticket_type_id,ticket_name'

const FIRST = [
  'Ada',
  'Alan',
  'Grace',
  'José',
  'Margaret',
  'Linus',
  'Barbara',
  'Ken',
  'Frances',
  'Dennis',
  'Radia',
  'Edsger',
  'Hedy',
  'Tim',
  'Karen',
  'Guido',
]
const LAST = ['Lovelace', 'Turing', 'Hopper', 'Núñez', 'Hamilton', 'Torvalds', 'Liskov', 'Thompson']

/** 32 guests approved (every name different), one on the waitlist, one declined: keys `g-001`… */
export function guests(): Guest[] {
  const list: Guest[] = Array.from({ length: 32 }, (_, index) => ({
    key: `g-${String(index + 1).padStart(3, '0')}`,
    name: `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / 4) % LAST.length]}`,
    email: `guest${index + 1}@example.com`,
    status: 'approved',
  }))
  list.push({
    key: 'g-033',
    name: 'Wanda Waitlist',
    email: 'wanda@example.com',
    status: 'waitlist',
  })
  list.push({ key: 'g-034', name: 'Dora Declined', email: 'dora@example.com', status: 'declined' })
  return list
}

/** The guest list as Luma exports it (BOM, CRLF), the check-in URL in `qr_code_url`. */
export function lumaCsv(rows: readonly Guest[]): Buffer {
  const lines = rows.map((row) => {
    const [first = '', last = ''] = row.name.split(' ')
    return [
      row.key,
      row.name,
      first,
      last,
      row.email,
      '',
      '2026-01-05T10:00:00.000Z',
      row.status,
      row.checkedInAt ?? '',
      '',
      `https://lu.ma/check-in/evt-1?pk=${row.key}`,
      '0',
      '0',
      '0',
      'EUR',
      '',
      '',
      '',
      '',
      '',
      'tt-1',
      'Free',
    ].join(',')
  })
  return Buffer.from(`\ufeff${[LUMA_HEADER, ...lines].join('\r\n')}\r\n`)
}

/** A wall-clock time `hours` from now, as the event form takes it (the event is in UTC). */
export function wallClock(hours: number): string {
  return new Date(Date.now() + hours * 3_600_000).toISOString().slice(0, 16)
}

/** Creates tonight's event (from `startHours` to `endHours` from now) and imports `list` to it. */
export async function tonightWithItsList(
  page: Page,
  desktop: { open(): Promise<void> },
  { list = guests(), startHours = -1, endHours = 2 } = {},
): Promise<void> {
  await desktop.open()
  const events = new EventsScreens(page)
  await events.chooseEmptyStart()
  await events.gotoEvents()
  await events.createEvent({
    title: 'Demo Night #14',
    start: wallClock(startHours),
    end: wallClock(endHours),
    capacity: '40',
  })
  await importList(page, 'luma-guests.csv', list)
  await closeImport(page)
}

/** Imports a Luma list to the event on screen; the import's report stays open. */
export async function importList(page: Page, name: string, list: readonly Guest[]): Promise<void> {
  const importer = new ImportDialog(page)
  await importer.openFromEventPage()
  await importer.chooseFile({ name, mimeType: 'text/csv', buffer: lumaCsv(list) })
  await importer.importRows()
  await expect(importer.fact('Rows imported')).toHaveText(String(list.length))
}

/** Closes the import's report. */
export async function closeImport(page: Page): Promise<void> {
  const importer = new ImportDialog(page)
  await importer.dialog.getByRole('button', { name: 'Done' }).click()
  await expect(importer.dialog).toBeHidden()
}
