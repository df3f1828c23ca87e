import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../tests/fixtures/csv/read-fixture'
import { detectPlatform } from './detect-platform'
import { parseTable } from './parse'

const LUMA_OLD =
  'api_id,name,first_name,last_name,email,phone_number,created_at,approval_status,checked_in_at,custom_source,qr_code_url,amount,amount_tax,amount_discount,currency,coupon_code,eth_address,solana_address,survey_response_rating,survey_response_feedback,ticket_type_id,ticket_name'
const EVENTBRITE =
  'Order #,Order Date,First Name,Last Name,Email,Quantity,Price Tier,Ticket Type,Attendee #,Group,Order Type,Currency,Total Paid,Fees Paid,Eventbrite Fees,Eventbrite Payment Processing,Attendee Status,Home Address 1,Home Address 2,Home City,Home State,Home Zip,Home Country,Job Title,Company'
const MEETUP =
  'Name,User ID,Title,Event Host,RSVP,Guests,RSVPed on,Joined Group on,URL of Member Profile'
const TITO =
  'Number,Ticket Created Date,Ticket,Ticket Full Name,Ticket First Name,Ticket Last Name,Ticket Email,Ticket Company Name,Ticket Phone Number,Event,Void Status,Price,Ticket Reference,Tags,Unique Ticket URL,Unique Order URL,Order Reference,Order Name,Order Email,Check-ins: Main'
const ZOOM =
  'Attended,User Name (Original Name),First Name,Last Name,Email,Phone,Registration Time,Approval Status,Join Time,Leave Time,Time in Session (minutes),Is Guest,Country/Region Name'
const PRETIX =
  'Order code,Attendee name,Attendee name: Given name,Attendee name: Family name,Product,Price,Checked in,Checked out,Automatically checked in,E-mail,Company,Voucher code,Order date'
const SESSIONIZE =
  'Session Id,Title,Description,Owner,Owner Email,Session format,Level,Speaker Id,FirstName,LastName,Email,TagLine,Bio'

describe('detectPlatform: header row → platform, with the headers that gave it away', () => {
  it.each([
    [LUMA_OLD, 'luma', 'Luma: has api_id, approval_status and checked_in_at'],
    [
      LUMA_OLD.replace('api_id', 'guest_id') + ',utm_source,utm_medium,referrer',
      'luma',
      'Luma: has guest_id, approval_status and checked_in_at',
    ],
    // The 2026 export moved checked_in_at after custom_source: names, not positions, decide.
    [
      'guest_id,name,email,approval_status,custom_source,checked_in_at',
      'luma',
      'Luma: has guest_id, approval_status and checked_in_at',
    ],
    [EVENTBRITE, 'eventbrite', 'Eventbrite: has Order #, Attendee # and Attendee Status'],
    [
      EVENTBRITE.replace('Last Name', 'Surname'),
      'eventbrite',
      'Eventbrite: has Order #, Attendee # and Attendee Status',
    ],
    [MEETUP, 'meetup', 'Meetup: has User ID, RSVP and RSVPed on'],
    [TITO, 'tito', 'Tito: has Ticket Reference, Ticket Full Name and Void Status'],
    [ZOOM, 'zoom', 'Zoom: has User Name (Original Name), Attended and Join Time'],
    [PRETIX, 'pretix', 'pretix: has Order code, Attendee name and Attendee name: Given name'],
    [
      'Bestellnummer;Name des Teilnehmers;Produkt;Preis;Eingecheckt;E-Mail'.split(';').join(','),
      'pretix',
      'pretix: has Bestellnummer, Name des Teilnehmers and Eingecheckt',
    ],
    ['Bestellnummer,E-Mail', 'pretix', 'pretix: has Bestellnummer and E-Mail'],
    [
      'Timestamp,Email Address,"What\'s your name?"',
      'google-forms',
      'Google Forms: has Timestamp and Email Address',
    ],
    ['Timestamp,Your name,Your email', 'google-forms', 'Google Forms: has Timestamp'],
    [SESSIONIZE, 'sessionize', 'Sessionize: has Speaker Id, Session Id and FirstName'],
    [
      'Name,Email,Company',
      'generic',
      'Generic CSV: no platform’s telltale columns found, so columns are matched by name',
    ],
    [
      '',
      'generic',
      'Generic CSV: no platform’s telltale columns found, so columns are matched by name',
    ],
  ])('%s → %s', (headerRow, platform, reason) => {
    const header = headerRow === '' ? [] : headerRow.replace(/"/g, '').split(',')
    expect(detectPlatform(header)).toEqual({ platform, reason })
  })

  it.each([
    ['first_name,last_name,email', 'generic'],
    ['Name,Email,Status', 'generic'],
    ['User ID,Name', 'generic'],
    ['Attended,Name,Email', 'generic'],
  ])('does not claim a platform from one shared column name: %s', (headerRow, platform) => {
    expect(detectPlatform(headerRow.split(',')).platform).toBe(platform)
  })

  it('matches names regardless of case, spaces and order', () => {
    expect(detectPlatform(['checked_in_at', ' API_ID ', 'Approval Status']).platform).toBe('luma')
  })

  it.each([
    ['luma-old.csv', 'luma'],
    ['luma-2026.csv', 'luma'],
    ['eventbrite-us.csv', 'eventbrite'],
    ['eventbrite-uk.csv', 'eventbrite'],
    ['meetup-rsvps.csv', 'meetup'],
    ['tito-tickets.csv', 'tito'],
    ['zoom-webinar-report.csv', 'zoom'],
    ['pretix-semicolon.csv', 'pretix'],
    ['pretix-german.csv', 'pretix'],
    ['google-forms-responses.csv', 'google-forms'],
    ['sessionize-sessions.csv', 'sessionize'],
    ['windows-1252-semicolon.csv', 'generic'],
    ['utf16le-tab.csv', 'generic'],
    ['unicode-names.csv', 'generic'],
  ])('recognises %s as %s', (name, platform) => {
    const result = parseTable(readFixture(name))
    if (!result.ok) throw new Error(result.reason)
    expect(detectPlatform(result.table.header).platform).toBe(platform)
  })
})
