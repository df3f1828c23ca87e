/**
 * Sessionize session exports (FORMATS.md): speakers, not attendance; one row per session and
 * speaker, a co-speaker's row leaves the session columns blank (they fill down).
 */
import type { PlatformProfile } from './profile'

export const sessionize: PlatformProfile = {
  platform: 'sessionize',
  label: 'Sessionize',
  detection: {
    signatures: [
      ['Speaker Id'],
      ['Session Id'],
      ['FirstName'],
      ['LastName'],
      ['TagLine'],
      ['Owner Email'],
      ['Session format'],
      ['Bio'],
    ],
    anchors: ['Speaker Id', 'Session Id', 'TagLine', 'Owner Email'],
    minimum: 2,
  },
  columns: {
    firstName: ['FirstName'],
    lastName: ['LastName'],
    email: ['Email'],
    sourceKey: ['Speaker Id'],
  },
  statusWords: {},
  isNoAttendanceOutright: false,
  repeats: 'first-wins',
  isSpeakerList: true,
}
