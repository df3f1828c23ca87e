/**
 * Luma guest exports (FORMATS.md): `api_id`, renamed `guest_id` in 2026; `approval_status`;
 * checked in = `checked_in_at` holds a time. UTF-8 with BOM, CRLF.
 */
import type { PlatformProfile } from './profile'

export const luma: PlatformProfile = {
  platform: 'luma',
  label: 'Luma',
  detection: {
    signatures: [
      ['api_id', 'guest_id'],
      ['approval_status'],
      ['checked_in_at'],
      ['qr_code_url'],
      ['custom_source'],
      ['ticket_type_id'],
      ['eth_address'],
      ['solana_address'],
    ],
    anchors: ['api_id', 'guest_id', 'qr_code_url', 'eth_address'],
    minimum: 2,
  },
  columns: {
    name: ['name'],
    firstName: ['first_name'],
    lastName: ['last_name'],
    email: ['email'],
    sourceKey: ['guest_id', 'api_id'],
    status: ['approval_status'],
    attendance: ['checked_in_at'],
    ticketType: ['ticket_name'],
    registeredAt: ['created_at'],
  },
  statusWords: {
    approved: 'going',
    // The host has not approved them yet: not a seat, so not counted as going.
    'pending approval': 'waitlist',
    waitlist: 'waitlist',
    // Invited by the host, not yet accepted: neither going nor declined (a later export updates it).
    invited: 'invited',
    declined: 'declined',
  },
  isNoAttendanceOutright: false,
  repeats: 'later-wins',
}
