/**
 * Zoom webinar attendee reports (FORMATS.md): a preamble before the `Attendee Details` header,
 * one row per join session (a rejoin repeats the person), `Attended` Yes/No, `--` for a no-show's
 * join and leave times.
 */
import type { PlatformProfile } from './profile'

export const zoom: PlatformProfile = {
  platform: 'zoom',
  label: 'Zoom',
  detection: {
    signatures: [
      ['User Name (Original Name)', 'Name (Original Name)'],
      ['Attended'],
      ['Join Time'],
      ['Leave Time'],
      ['Time in Session (minutes)', 'Duration (Minutes)'],
      ['Is Guest', 'Guest'],
      ['Country/Region Name'],
    ],
    anchors: [
      'User Name (Original Name)',
      'Name (Original Name)',
      'Time in Session (minutes)',
      'Is Guest',
    ],
    minimum: 2,
  },
  columns: {
    name: ['User Name (Original Name)', 'Name (Original Name)'],
    firstName: ['First Name'],
    lastName: ['Last Name'],
    email: ['Email', 'User Email'],
    status: ['Approval Status'],
    attendance: ['Attended'],
    registeredAt: ['Registration Time'],
  },
  statusWords: {
    // A webinar without registration leaves approval empty: everyone on the report registered.
    '': 'going',
    approved: 'going',
    pending: 'waitlist',
    denied: 'declined',
    rejected: 'declined',
    cancelled: 'cancelled',
  },
  // `Attended` No says they did not come, outright.
  isNoAttendanceOutright: true,
  emptyMarkers: ['--'],
  // Its user name is whatever someone typed into the meeting window; first/last are the form's.
  isFirstLastPreferred: true,
  repeats: 'rejoin',
  repeatsByEmail: true,
}
