/**
 * pretix check-in lists and order exports (FORMATS.md): one row per order position, `Order code`
 * its key (with the position where the file has one), headers translated (German listed), `;` or
 * `,`, formula cells escaped with `'`. Positions without an attendee name bought beside a named
 * one are the buyer's extra tickets.
 */
import type { PlatformProfile } from './profile'

export const pretix: PlatformProfile = {
  platform: 'pretix',
  label: 'pretix',
  detection: {
    signatures: [
      ['Order code', 'Bestellnummer'],
      ['Attendee name', 'Name des Teilnehmers', 'Teilnehmername'],
      ['Attendee name: Given name'],
      ['Attendee name: Family name'],
      ['Checked in', 'Eingecheckt'],
      ['Checked out', 'Ausgecheckt'],
      ['Automatically checked in', 'Automatisch eingecheckt'],
      ['Voucher code', 'Gutscheincode'],
      ['E-mail', 'E-Mail'],
    ],
    anchors: ['Order code', 'Bestellnummer', 'Automatically checked in', 'Automatisch eingecheckt'],
    minimum: 2,
  },
  columns: {
    name: ['Attendee name', 'Name des Teilnehmers', 'Teilnehmername'],
    firstName: ['Attendee name: Given name'],
    lastName: ['Attendee name: Family name'],
    email: ['E-mail', 'E-Mail'],
    sourceKey: ['Order code', 'Bestellnummer'],
    status: ['Order status', 'Status', 'Bestellstatus'],
    attendance: ['Checked in', 'Eingecheckt'],
    ticketType: ['Product', 'Produkt'],
    registeredAt: ['Order date', 'Bestelldatum'],
  },
  statusWords: {
    paid: 'going',
    bezahlt: 'going',
    // Ordered, not yet paid: a seat held on condition, for the organizer to read.
    pending: 'unknown',
    ausstehend: 'unknown',
    canceled: 'cancelled',
    cancelled: 'cancelled',
    storniert: 'cancelled',
    expired: 'cancelled',
    abgelaufen: 'cancelled',
  },
  isNoAttendanceOutright: false,
  rowKeyPositionColumn: ['Position ID', 'Positions-ID', 'Order position', 'Position'],
  repeats: 'later-wins',
  tickets: {
    orderColumn: ['Order code', 'Bestellnummer'],
    hasExtraUnnamedTickets: true,
    hasReplacedTickets: true,
  },
}
