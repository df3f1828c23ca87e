/**
 * Google Forms responses (FORMATS.md): `Timestamp`, maybe `Email Address`, then one column per
 * question; no check-ins; a form re-submitted by the same person repeats them, and the later
 * answer stands. The RSVP question is found by its answers (yes / maybe / no in any phrasing).
 */
import type { PlatformProfile } from './profile'

export const googleForms: PlatformProfile = {
  platform: 'google-forms',
  label: 'Google Forms',
  detection: {
    signatures: [
      ['Timestamp', 'Zeitstempel', 'Marca temporal', 'Horodateur', 'Carimbo de data/hora'],
      ['Email Address', 'E-Mail-Adresse', 'Adresse e-mail', 'Dirección de correo electrónico'],
      ['Score', 'Punkte'],
    ],
    // A form's only fixed column is its timestamp; every other column is a question title.
    anchors: ['Timestamp', 'Zeitstempel', 'Marca temporal', 'Horodateur', 'Carimbo de data/hora'],
    minimum: 1,
  },
  columns: {
    email: ['Email Address', 'E-Mail-Adresse', 'Adresse e-mail', 'Dirección de correo electrónico'],
    registeredAt: ['Timestamp', 'Zeitstempel', 'Marca temporal', 'Horodateur'],
  },
  statusWords: {},
  isNoAttendanceOutright: false,
  repeats: 'later-wins',
  repeatsByEmail: true,
}
