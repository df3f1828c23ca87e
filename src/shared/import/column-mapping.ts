/**
 * Header names → import fields. The guess is only a starting point: the organizer corrects it in
 * the preview, and `validateMapping` says whether a (corrected) mapping can import anything.
 */
import type { Platform } from '../domain/schemas'
import { normaliseHeader } from './normalise'
import { platformProfile } from './platforms/registry'
import { detectStatusColumn } from './status-reading'
import type { ColumnMapping, ImportField, ParsedRecord } from './types'

/** Words for each field, as the preview and the CLI show them. */
export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  name: 'name',
  firstName: 'first name',
  lastName: 'last name',
  email: 'e-mail',
  platformPersonId: 'person id',
  sourceKey: 'row key',
  status: 'status',
  attendance: 'attendance',
  ticketType: 'ticket type',
  registeredAt: 'registered at',
}

const GENERIC_COLUMNS: Readonly<Record<ImportField, readonly string[]>> = {
  name: [
    'Name',
    'Full Name',
    'Attendee Name',
    'Participant Name',
    'Guest Name',
    'Registrant Name',
    'Member Name',
    'Contact Name',
    'Display Name',
    'Your Name',
    'Ticket Holder',
    'Ticket Holder Name',
  ],
  firstName: ['First Name', 'Given Name', 'Forename', 'First', 'Vorname', 'Prénom'],
  lastName: ['Last Name', 'Surname', 'Family Name', 'Last', 'Nachname', 'Nom de famille'],
  email: [
    'Email',
    'Email Address',
    'Mail',
    'Attendee Email',
    'Participant Email',
    'Guest Email',
    'Registrant Email',
    'Contact Email',
    'User Email',
    'Primary Email',
    'Your Email',
    'Your Email Address',
    'Work Email',
    'E-Mail-Adresse',
    'Courriel',
  ],
  platformPersonId: ['User ID', 'Member ID', 'Person ID', 'Profile ID'],
  sourceKey: [
    'Ticket ID',
    'Ticket Number',
    'Ticket Reference',
    'Ticket Code',
    'Registration ID',
    'Attendee ID',
    'Guest ID',
    'Booking ID',
    'Booking Reference',
  ],
  status: [
    'Status',
    'RSVP',
    'RSVP Status',
    'Registration Status',
    'Attendee Status',
    'Approval Status',
    'Ticket Status',
  ],
  attendance: [
    'Checked In',
    'Check-in',
    'Checked In At',
    'Check-in Time',
    'Check-in Date',
    'Attended',
    'Attendance',
    'Present',
  ],
  ticketType: [
    'Ticket Type',
    'Ticket',
    'Ticket Name',
    'Ticket Class',
    'Ticket Tier',
    'Registration Type',
    'Pass Type',
  ],
  registeredAt: [
    'Registered At',
    'Registration Date',
    'Registration Time',
    'Registered On',
    'Created At',
    'Created',
    'Order Date',
    'Timestamp',
    'RSVP Date',
    'Submitted At',
  ],
}

// Form questions are sentences ("What's your e-mail address?"); these catch the usual ones without
// catching "May we e-mail you?".
const QUESTION_PATTERNS: Partial<Record<ImportField, RegExp>> = {
  email:
    /^(what(is|s|['’]s)?)?(your)?(work|business|personal|contact|primary)?e?mail(address)?\??:?$/,
  name: /^(what(is|s|['’]s)?)?your(full)?name\??:?$/,
}

function findHeader(header: readonly string[], spelling: string): string | undefined {
  if (spelling.endsWith('*')) {
    const prefix = normaliseHeader(spelling.slice(0, -1))
    return header.find((name) => normaliseHeader(name).startsWith(prefix))
  }
  const key = normaliseHeader(spelling)
  return header.find((name) => normaliseHeader(name) === key)
}

/**
 * Guess which column holds each import field: the platform's own names first, then synonyms, then
 * form questions. Given the rows, a status column no name gives away is found by its answers
 * ("Will you attend in person?" answered Yes / Maybe / No, online only).
 */
export function guessColumnMapping(
  header: string[],
  platform: Platform,
  records: readonly ParsedRecord[] = [],
): ColumnMapping {
  const mapping: ColumnMapping = {}
  const used = new Set<string>()
  const platformColumns = platformProfile(platform).columns

  for (const [field, spellings] of Object.entries(platformColumns) as [ImportField, string[]][]) {
    for (const spelling of spellings) {
      const match = findHeader(header, spelling)
      if (match !== undefined) {
        mapping[field] = match
        used.add(match)
        break
      }
    }
  }

  for (const [field, spellings] of Object.entries(GENERIC_COLUMNS) as [ImportField, string[]][]) {
    if (mapping[field] !== undefined) continue
    for (const spelling of spellings) {
      const match = findHeader(header, spelling)
      if (match !== undefined && !used.has(match)) {
        mapping[field] = match
        used.add(match)
        break
      }
    }
  }

  for (const [field, pattern] of Object.entries(QUESTION_PATTERNS) as [ImportField, RegExp][]) {
    if (mapping[field] !== undefined) continue
    const match = header.find((name) => !used.has(name) && pattern.test(normaliseHeader(name)))
    if (match !== undefined) {
      mapping[field] = match
      used.add(match)
    }
  }

  if (mapping.status === undefined && records.length > 0) {
    const column = detectStatusColumn(header, records, used)
    if (column !== null) mapping.status = column
  }

  return mapping
}

export interface MappingValidation {
  isValid: boolean
  reasons: string[]
}

/** Check that a mapping can import anything: its columns exist and something identifies a person. */
export function validateMapping(mapping: ColumnMapping, header: string[]): MappingValidation {
  const reasons: string[] = []
  const columns = new Set(header)
  for (const [field, column] of Object.entries(mapping) as [ImportField, string | undefined][]) {
    if (column !== undefined && !columns.has(column)) {
      reasons.push(`“${column}” (${IMPORT_FIELD_LABELS[field]}) is not a column of this file`)
    }
  }
  const identifies = (['name', 'firstName', 'lastName', 'email', 'platformPersonId'] as const).some(
    (field) => {
      const column = mapping[field]
      return column !== undefined && columns.has(column)
    },
  )
  if (!identifies) {
    reasons.push(
      'map a name, an e-mail or a person id column: without one no row can become a person',
    )
  }
  return { isValid: reasons.length === 0, reasons }
}
