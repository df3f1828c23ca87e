import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../tests/fixtures/csv/read-fixture'
import type { Platform } from '../domain/schemas'
import { guessColumnMapping, validateMapping } from './column-mapping'
import { detectPlatform } from './detect-platform'
import { parseTable } from './parse'
import type { ColumnMapping } from './types'

function fixtureMapping(name: string): { platform: Platform; mapping: ColumnMapping } {
  const result = parseTable(readFixture(name))
  if (!result.ok) throw new Error(result.reason)
  const { platform } = detectPlatform(result.table.header)
  return { platform, mapping: guessColumnMapping(result.table.header, platform) }
}

describe('guessColumnMapping on each fixture', () => {
  it.each<[string, ColumnMapping]>([
    [
      'luma-old.csv',
      {
        name: 'name',
        firstName: 'first_name',
        lastName: 'last_name',
        email: 'email',
        sourceKey: 'api_id',
        status: 'approval_status',
        attendance: 'checked_in_at',
        ticketType: 'ticket_name',
        registeredAt: 'created_at',
      },
    ],
    [
      'luma-2026.csv',
      {
        name: 'name',
        firstName: 'first_name',
        lastName: 'last_name',
        email: 'email',
        sourceKey: 'guest_id',
        status: 'approval_status',
        attendance: 'checked_in_at',
        ticketType: 'ticket_name',
        registeredAt: 'created_at',
      },
    ],
    [
      'eventbrite-us.csv',
      {
        firstName: 'First Name',
        lastName: 'Last Name',
        email: 'Email',
        sourceKey: 'Attendee #',
        status: 'Attendee Status',
        attendance: 'Attendee Status',
        ticketType: 'Ticket Type',
        registeredAt: 'Order Date',
      },
    ],
    [
      'eventbrite-uk.csv',
      {
        firstName: 'First Name',
        lastName: 'Surname',
        email: 'Email',
        sourceKey: 'Attendee #',
        status: 'Attendee Status',
        attendance: 'Attendee Status',
        ticketType: 'Ticket Type',
        registeredAt: 'Order Date',
      },
    ],
    [
      'meetup-rsvps.csv',
      {
        name: 'Name',
        platformPersonId: 'User ID',
        sourceKey: 'User ID',
        status: 'RSVP',
        registeredAt: 'RSVPed on',
      },
    ],
    [
      'tito-tickets.csv',
      {
        name: 'Ticket Full Name',
        firstName: 'Ticket First Name',
        lastName: 'Ticket Last Name',
        email: 'Ticket Email',
        sourceKey: 'Ticket Reference',
        status: 'Void Status',
        attendance: 'Check-ins: Main entrance',
        ticketType: 'Ticket',
        registeredAt: 'Ticket Created Date',
      },
    ],
    [
      'zoom-webinar-report.csv',
      {
        name: 'User Name (Original Name)',
        firstName: 'First Name',
        lastName: 'Last Name',
        email: 'Email',
        status: 'Approval Status',
        attendance: 'Attended',
        registeredAt: 'Registration Time',
      },
    ],
    [
      'pretix-semicolon.csv',
      {
        name: 'Attendee name',
        firstName: 'Attendee name: Given name',
        lastName: 'Attendee name: Family name',
        email: 'E-mail',
        sourceKey: 'Order code',
        attendance: 'Checked in',
        ticketType: 'Product',
        registeredAt: 'Order date',
      },
    ],
    [
      'pretix-german.csv',
      {
        name: 'Name des Teilnehmers',
        email: 'E-Mail',
        sourceKey: 'Bestellnummer',
        attendance: 'Eingecheckt',
        ticketType: 'Produkt',
        registeredAt: 'Bestelldatum',
      },
    ],
    [
      'google-forms-responses.csv',
      { name: "What's your name?", email: 'Email Address', registeredAt: 'Timestamp' },
    ],
    [
      'sessionize-sessions.csv',
      { firstName: 'FirstName', lastName: 'LastName', email: 'Email', sourceKey: 'Speaker Id' },
    ],
    ['windows-1252-semicolon.csv', { name: 'Name', email: 'E-Mail' }],
    ['utf16le-tab.csv', { name: 'Name', email: 'Email' }],
    ['no-email.csv', { name: 'Name', email: 'Email', ticketType: 'Ticket Type' }],
    ['pasted-twice.csv', { name: 'Name', email: 'Email', status: 'Status' }],
  ])('%s', (name, expected) => {
    expect(fixtureMapping(name).mapping).toEqual(expected)
  })
})

describe('guessColumnMapping: generic synonyms, case- and space-insensitive', () => {
  it.each<[string, ColumnMapping]>([
    ['E-mail,Full name', { email: 'E-mail', name: 'Full name' }],
    ['Email Address,Attendee name', { email: 'Email Address', name: 'Attendee name' }],
    [
      ' EMAIL , first name , LAST_NAME ',
      { email: 'EMAIL', firstName: 'first name', lastName: 'LAST_NAME' },
    ],
    [
      'Vorname,Nachname,E-Mail-Adresse',
      { firstName: 'Vorname', lastName: 'Nachname', email: 'E-Mail-Adresse' },
    ],
    [
      'Given name,Family name,Mail',
      { firstName: 'Given name', lastName: 'Family name', email: 'Mail' },
    ],
    [
      'What is your name?,What is your email address?,May we email you?',
      { name: 'What is your name?', email: 'What is your email address?' },
    ],
    [
      'Ticket ID,Name,Email,Status,Checked In,Ticket Type,Registration Date',
      {
        sourceKey: 'Ticket ID',
        name: 'Name',
        email: 'Email',
        status: 'Status',
        attendance: 'Checked In',
        ticketType: 'Ticket Type',
        registeredAt: 'Registration Date',
      },
    ],
    ['Member ID,Display Name', { platformPersonId: 'Member ID', name: 'Display Name' }],
    ['Company,Notes', {}],
  ])('%s', (headerRow, expected) => {
    const header = headerRow.split(',').map((name) => name.trim())
    expect(guessColumnMapping(header, 'generic')).toEqual(expected)
  })

  it('prefers the platform’s own column over a generic synonym', () => {
    const header = ['Ticket Email', 'Order Email', 'Email', 'Ticket Full Name', 'Ticket Reference']
    expect(guessColumnMapping(header, 'tito')).toMatchObject({
      email: 'Ticket Email',
      name: 'Ticket Full Name',
    })
  })

  it('never maps Sessionize’s Owner Email as the speaker’s e-mail', () => {
    expect(guessColumnMapping(['Owner Email', 'Speaker Id', 'Email'], 'sessionize').email).toBe(
      'Email',
    )
  })
})

describe('validateMapping', () => {
  const header = ['Name', 'Email', 'User ID', 'Company']
  it.each<[string, ColumnMapping, { isValid: boolean; reasons: string[] }]>([
    ['a name', { name: 'Name' }, { isValid: true, reasons: [] }],
    ['an e-mail', { email: 'Email' }, { isValid: true, reasons: [] }],
    ['a person id', { platformPersonId: 'User ID' }, { isValid: true, reasons: [] }],
    ['a first name only', { firstName: 'Name' }, { isValid: true, reasons: [] }],
    [
      'nothing that identifies a person',
      { ticketType: 'Company' },
      {
        isValid: false,
        reasons: [
          'map a name, an e-mail or a person id column: without one no row can become a person',
        ],
      },
    ],
    [
      'a column the file does not have',
      { email: 'E-mail', name: 'Name' },
      { isValid: false, reasons: ['“E-mail” (e-mail) is not a column of this file'] },
    ],
    [
      'only missing columns',
      { email: 'Mail' },
      {
        isValid: false,
        reasons: [
          '“Mail” (e-mail) is not a column of this file',
          'map a name, an e-mail or a person id column: without one no row can become a person',
        ],
      },
    ],
  ])('%s', (_label, mapping, expected) => {
    expect(validateMapping(mapping, header)).toEqual(expected)
  })

  it.each([
    'luma-old.csv',
    'eventbrite-us.csv',
    'meetup-rsvps.csv',
    'tito-tickets.csv',
    'zoom-webinar-report.csv',
    'pretix-semicolon.csv',
    'google-forms-responses.csv',
    'sessionize-sessions.csv',
  ])('accepts the guessed mapping of %s', (name) => {
    const result = parseTable(readFixture(name))
    if (!result.ok) throw new Error(result.reason)
    const { mapping } = fixtureMapping(name)
    expect(validateMapping(mapping, result.table.header)).toEqual({ isValid: true, reasons: [] })
  })
})
