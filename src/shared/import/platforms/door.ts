/**
 * Not a file: the registrations the door creates for walk-ins (DESIGN.md §1.10). A platform of its
 * own so that no export's import ever replaces or re-keys them, and a later export that does list
 * the person joins them as one person, counted once.
 */
import type { PlatformProfile } from './profile'

export const door: PlatformProfile = {
  platform: 'door',
  label: 'Door',
  detection: null,
  columns: {},
  statusWords: {},
  isNoAttendanceOutright: false,
  repeats: 'later-wins',
}
