/**
 * Which ticketing platform wrote a file, from its header names alone. Platforms move and rename
 * columns between versions (Luma's `api_id` became `guest_id`) and translate them (pretix), so a
 * platform is recognised by a set of telltale names, never by where a column sits.
 */
import type { Platform } from '../domain/schemas'
import { normaliseHeader } from './normalise'
import type { PlatformGuess } from './types'

interface PlatformRule {
  platform: Platform
  label: string
  /** Telltale columns; each entry lists the spellings of one column (versions, translations). */
  signatures: readonly (readonly string[])[]
  /** Columns only this platform writes: at least one must be present. */
  anchors: readonly string[]
  /** How many telltale columns must be present. */
  minimum: number
}

// pretix's German headers are its own translations of the English ones; only the columns that
// identify the file are listed, the rest map through the generic synonyms.
const RULES: readonly PlatformRule[] = [
  {
    platform: 'luma',
    label: 'Luma',
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
  {
    platform: 'eventbrite',
    label: 'Eventbrite',
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
  {
    platform: 'meetup',
    label: 'Meetup',
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
  {
    platform: 'tito',
    label: 'Tito',
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
  {
    platform: 'zoom',
    label: 'Zoom',
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
  {
    platform: 'pretix',
    label: 'pretix',
    signatures: [
      ['Order code', 'Bestellnummer'],
      ['Attendee name', 'Name des Teilnehmers', 'Teilnehmername'],
      ['Attendee name: Given name'],
      ['Attendee name: Family name'],
      ['Checked in', 'Eingecheckt'],
      ['Checked out', 'Ausgecheckt'],
      ['Automatically checked in', 'Automatisch eingecheckt'],
      ['Voucher code', 'Gutscheincode'],
      ['E-mail', 'E-Mail'],
    ],
    anchors: ['Order code', 'Bestellnummer', 'Automatically checked in', 'Automatisch eingecheckt'],
    minimum: 2,
  },
  {
    platform: 'sessionize',
    label: 'Sessionize',
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
  {
    platform: 'google-forms',
    label: 'Google Forms',
    signatures: [
      ['Timestamp', 'Zeitstempel', 'Marca temporal', 'Horodateur', 'Carimbo de data/hora'],
      ['Email Address', 'E-Mail-Adresse', 'Adresse e-mail', 'Dirección de correo electrónico'],
      ['Score', 'Punkte'],
    ],
    // A form's only fixed column is its timestamp; every other column is a question title.
    anchors: ['Timestamp', 'Zeitstempel', 'Marca temporal', 'Horodateur', 'Carimbo de data/hora'],
    minimum: 1,
  },
]

function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** Recognise the platform that wrote an export from its header names; `generic` when none fits. */
export function detectPlatform(header: string[]): PlatformGuess {
  const present = new Map<string, string>()
  for (const name of header) {
    const key = normaliseHeader(name)
    if (key !== '' && !present.has(key)) present.set(key, name.trim())
  }

  let best: { rule: PlatformRule; found: string[] } | null = null
  for (const rule of RULES) {
    const found: string[] = []
    for (const spellings of rule.signatures) {
      const match = spellings
        .map((spelling) => present.get(normaliseHeader(spelling)))
        .find(Boolean)
      if (match) found.push(match)
    }
    const hasAnchor = rule.anchors.some((anchor) => present.has(normaliseHeader(anchor)))
    if (!hasAnchor || found.length < rule.minimum) continue
    if (!best || found.length > best.found.length) best = { rule, found }
  }

  if (!best) {
    return {
      platform: 'generic',
      reason: 'Generic CSV: no platform’s telltale columns found, so columns are matched by name',
    }
  }
  return {
    platform: best.rule.platform,
    reason: `${best.rule.label}: has ${listInWords(best.found.slice(0, 3))}`,
  }
}
