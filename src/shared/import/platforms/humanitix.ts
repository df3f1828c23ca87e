/**
 * Humanitix attendee reports. Humanitix publishes no header list we could check; the columns here
 * follow its public API's ticket fields (order id, ticket number, ticket type, status `complete` /
 * `cancelled`, check-in, the buyer of the order), in the spellings its dashboard uses, with
 * the variants we could not rule out. A ticket swapped for another is cancelled and replaced.
 */
import type { PlatformProfile } from './profile'

export const humanitix: PlatformProfile = {
  platform: 'humanitix',
  label: 'Humanitix',
  detection: {
    signatures: [
      ['Order ID', 'Order Id'],
      ['Ticket ID', 'Ticket Id', 'Ticket number', 'Barcode'],
      ['Ticket type', 'Ticket Type Name'],
      ['Checked in', 'Check-in status'],
      ['Purchaser email', 'Buyer email'],
      ['Purchaser name', 'Buyer name', 'Purchaser first name'],
      ['Humanitix fee', 'Humanitix fees'],
      ['Swapped from ticket', 'Swapped from'],
    ],
    anchors: [
      'Purchaser email',
      'Buyer email',
      'Purchaser name',
      'Purchaser first name',
      'Humanitix fee',
      'Humanitix fees',
      'Swapped from ticket',
    ],
    minimum: 3,
  },
  columns: {
    firstName: ['First name', 'Attendee first name'],
    lastName: ['Last name', 'Attendee last name'],
    email: ['Email', 'Attendee email'],
    sourceKey: ['Ticket ID', 'Ticket Id', 'Ticket number', 'Barcode'],
    status: ['Status', 'Ticket status'],
    attendance: ['Checked in', 'Check-in status', 'Check in time'],
    ticketType: ['Ticket type', 'Ticket Type Name'],
    registeredAt: ['Order date', 'Purchase date'],
  },
  statusWords: {
    complete: 'going',
    completed: 'going',
    valid: 'going',
    cancelled: 'cancelled',
    canceled: 'cancelled',
    refunded: 'cancelled',
    swapped: 'cancelled',
  },
  isNoAttendanceOutright: false,
  repeats: 'later-wins',
  tickets: {
    orderColumn: ['Order ID', 'Order Id'],
    hasExtraUnnamedTickets: true,
    hasReplacedTickets: true,
    buyerName: ['Purchaser name', 'Buyer name'],
    buyerEmail: ['Purchaser email', 'Buyer email'],
  },
}
