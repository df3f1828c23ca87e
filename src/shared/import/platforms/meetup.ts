/**
 * Meetup RSVP lists (FORMATS.md): no e-mail, so the member id (`User ID`, written `user 12345678`)
 * is the person and one RSVP per member the row; `RSVP` is Yes / No / Waitlist; no attendance.
 */
import type { PlatformProfile } from './profile'

export const meetup: PlatformProfile = {
  platform: 'meetup',
  label: 'Meetup',
  detection: {
    signatures: [
      ['User ID'],
      ['RSVP'],
      ['RSVPed on'],
      ['URL of Member Profile'],
      ['Joined Group on'],
      ['Event Host'],
      ['Guests'],
    ],
    anchors: ['RSVP', 'RSVPed on', 'URL of Member Profile', 'Joined Group on'],
    minimum: 2,
  },
  columns: {
    name: ['Name'],
    platformPersonId: ['User ID'],
    sourceKey: ['User ID'],
    status: ['RSVP'],
    registeredAt: ['RSVPed on'],
  },
  statusWords: {
    yes: 'going',
    // Older Meetup events offered "Maybe": a maybe is not an estimated attendee.
    maybe: 'maybe',
    no: 'declined',
    waitlist: 'waitlist',
    waitlisted: 'waitlist',
  },
  isNoAttendanceOutright: false,
  idPrefix: /^user\s+/i,
  repeats: 'later-wins',
}
