/**
 * Any other CSV with a name or an e-mail column (a sign-up sheet, a door list, another platform):
 * columns are matched by their usual names; a status or yes/no attendance column is read by the
 * common vocabulary, and a word nobody knows is `unknown`.
 */
import type { PlatformProfile } from './profile'

export const generic: PlatformProfile = {
  platform: 'generic',
  label: 'CSV',
  detection: null,
  columns: {},
  statusWords: {},
  // A yes/no attendance column in a hand-made list says "did not come" outright.
  isNoAttendanceOutright: true,
  repeats: 'later-wins',
}
