/**
 * Eventbrite attendee reports (FORMATS.md): one row per ticket, orders repeat; the row key is
 * `Order #` + `Attendee #`; `Attendee Status` says both status and check-in; labels are localised
 * (UK: `Surname`); an extra ticket nobody filled in carries `Info Requested` as its name.
 */
import type { PlatformProfile } from './profile'

export const eventbrite: PlatformProfile = {
  platform: 'eventbrite',
  label: 'Eventbrite',
  detection: {
    signatures: [
      ['Order #'],
      ['Attendee #'],
      ['Attendee Status'],
      ['Eventbrite Fees'],
      ['Eventbrite Payment Processing'],
      ['Price Tier'],
      ['Order Type'],
      ['Surname'],
    ],
    anchors: ['Order #', 'Attendee #', 'Attendee Status', 'Eventbrite Fees'],
    minimum: 2,
  },
  columns: {
    firstName: ['First Name'],
    lastName: ['Last Name', 'Surname'],
    email: ['Email'],
    sourceKey: ['Attendee #'],
    status: ['Attendee Status'],
    attendance: ['Attendee Status'],
    ticketType: ['Ticket Type'],
    registeredAt: ['Order Date'],
  },
  statusWords: {
    attending: 'going',
    'checked in': 'going',
    // Eventbrite writes `Not Attending` for refunded and cancelled tickets: the buyer withdrew.
    'not attending': 'cancelled',
    deleted: 'cancelled',
    refunded: 'cancelled',
    cancelled: 'cancelled',
  },
  // `Attending` is not a "no": it is all Eventbrite says until check-in is used at all.
  checkedInStatusWord: 'checked in',
  isNoAttendanceOutright: false,
  placeholderName: /^info requested$/i,
  rowKeyPrefixColumn: ['Order #'],
  repeats: 'later-wins',
  tickets: { orderColumn: ['Order #'], hasExtraUnnamedTickets: false, hasReplacedTickets: true },
}
