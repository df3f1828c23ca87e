/**
 * Tito ticket exports (FORMATS.md): one row per ticket, `Ticket Reference` its key; `Void Status`
 * holds when a ticket was voided (empty = valid); checked in = any `Check-ins: <list>` column has a
 * time; `-` is an unanswered question; an unassigned ticket falls back to the order's buyer.
 */
import type { PlatformProfile } from './profile'

export const tito: PlatformProfile = {
  platform: 'tito',
  label: 'Tito',
  detection: {
    signatures: [
      ['Ticket Reference'],
      ['Ticket Full Name'],
      ['Void Status'],
      ['Unique Ticket URL'],
      ['Order Reference'],
      ['Ticket Email'],
      ['Ticket Created Date'],
    ],
    anchors: ['Ticket Reference', 'Ticket Full Name', 'Void Status', 'Unique Ticket URL'],
    minimum: 2,
  },
  columns: {
    name: ['Ticket Full Name'],
    firstName: ['Ticket First Name'],
    lastName: ['Ticket Last Name'],
    email: ['Ticket Email'],
    sourceKey: ['Ticket Reference'],
    status: ['Void Status'],
    attendance: ['Check-ins:*'],
    ticketType: ['Ticket'],
    registeredAt: ['Ticket Created Date'],
  },
  // `Void Status` is a flag: the time a ticket was voided, or nothing.
  statusFlagWord: 'voided',
  statusWords: { '': 'going', voided: 'cancelled' },
  isNoAttendanceOutright: false,
  isAttendanceOverColumns: true,
  emptyMarkers: ['-'],
  repeats: 'later-wins',
  tickets: {
    orderColumn: ['Order Reference'],
    hasExtraUnnamedTickets: false,
    hasReplacedTickets: true,
    buyerName: ['Order Name'],
    buyerEmail: ['Order Email'],
  },
}
