/**
 * Writes the sample attendee exports in resources/sample-workspace/: a Luma guest list and a
 * Meetup RSVP list for AI Demo Night #15, the sample workspace's upcoming night, as if exported
 * after the night. They reuse the sample builder's people, so importing them shows updated
 * registrations, people matched by e-mail and Meetup id, and a few new people.
 *
 *   npx tsx scripts/make-sample-csvs.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Person, Registration } from '../src/shared/domain/schemas'
import { eventStart } from '../src/shared/events/event-time'
import { createIdentityFactory } from '../src/shared/sample/sample-names'
import {
  BUILDING_QUESTION,
  DEMO_QUESTION,
  buildSampleWorkspace,
  sampleEventId,
} from '../src/shared/sample/sample-workspace'
import { createSeededRandom } from '../src/shared/sample/seeded-random'

/** Fixed, so that the committed files change only when the builder does. */
const REFERENCE_NOW = new Date('2026-11-23T09:00:00.000Z')
const OUTPUT_DIRECTORY = fileURLToPath(new URL('../resources/sample-workspace/', import.meta.url))
const MINUTE_MS = 60_000
const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const MEETUP_GROUP_URL = 'https://www.meetup.com/berlin-ai-builders/members/'

/** FORMATS.md's Luma header with the 2026 renames (`guest_id`) and a tracking block. */
const LUMA_HEADER = [
  'guest_id',
  'name',
  'first_name',
  'last_name',
  'email',
  'phone_number',
  'created_at',
  'approval_status',
  'checked_in_at',
  'custom_source',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'referrer',
  'referred_by',
  'qr_code_url',
  'amount',
  'amount_tax',
  'amount_discount',
  'currency',
  'coupon_code',
  'eth_address',
  'solana_address',
  'survey_response_rating',
  'survey_response_feedback',
  'ticket_type_id',
  'ticket_name',
  BUILDING_QUESTION,
  DEMO_QUESTION,
] as const

const MEETUP_HEADER = [
  'Name',
  'User ID',
  'Title',
  'Event Host',
  'RSVP',
  'Guests',
  'RSVPed on',
  'Joined Group on',
  'URL of Member Profile',
  BUILDING_QUESTION,
] as const

type LumaRow = Record<(typeof LUMA_HEADER)[number], string>
type MeetupRow = Record<(typeof MEETUP_HEADER)[number], string>

const FEEDBACK = [
  'Great demos, the room got too warm',
  'Loved the local-first agent demo',
  'More time for Q&A please',
  'Good mix of beginners and experts',
]
const NEW_BUILDING_ANSWERS = [
  'An offline speech assistant for a Raspberry Pi',
  'Evaluating small models for on-device search',
  'Just curious, first AI meetup',
  'Sync engine for a local-first CRM, with embeddings',
]

const random = createSeededRandom(15_015)
const workspace = buildSampleWorkspace(REFERENCE_NOW)
const { people } = workspace.people
const { registrations } = workspace.registrations
const eventId = sampleEventId(15)
const event = workspace.events.events.find((candidate) => candidate.id === eventId)
if (event === undefined) throw new Error(`The sample has no ${eventId}`)
const startMs = eventStart(event).getTime()
const personById = new Map(people.map((person) => [person.id, person]))
const eventRegistrations = registrations.filter((row) => row.eventId === eventId)
const registeredIds = new Set(eventRegistrations.map((row) => row.personId))

const identities = createIdentityFactory(random)
for (const person of people) {
  identities.reserve({
    name: person.name,
    emails: person.emails,
    meetupUserIds: person.platformIds.map((platformId) => platformId.id),
  })
}

const checkInUrl = `https://luma.com/check-in/evt-${random.token(15, ALPHANUMERIC)}`
const ticketTypeId = `evtticktyp-${random.token(15, ALPHANUMERIC)}`

function personOf(registration: Registration): Person {
  const person = personById.get(registration.personId)
  if (person === undefined) throw new Error(`No person ${registration.personId}`)
  return person
}

function isoBetween(fromMs: number, toMs: number): string {
  return new Date(fromMs + random.next() * (toMs - fromMs)).toISOString()
}

/** Mostly empty, like real exports: most guests come straight to the event page. */
function tracking(): Pick<LumaRow, 'utm_source' | 'utm_medium' | 'utm_campaign' | 'referrer'> {
  const roll = random.next()
  if (roll < 0.2) {
    return {
      utm_source: 'newsletter',
      utm_medium: 'email',
      utm_campaign: 'ai-demo-night-15',
      referrer: '',
    }
  }
  if (roll < 0.3) {
    return { utm_source: 'linkedin', utm_medium: 'social', utm_campaign: '', referrer: '' }
  }
  return { utm_source: '', utm_medium: '', utm_campaign: '', referrer: '' }
}

function lumaRow(fields: {
  guestId: string
  name: string
  email: string
  createdAt: string
  status: string
  isCheckedIn: boolean
  answers: Record<string, string>
}): LumaRow {
  // Luma fills first and last name only when the guest typed them separately.
  const [firstName = '', ...rest] = fields.name.split(' ')
  const hasSplitName = random.chance(0.5) && rest.length > 0
  const rating = fields.isCheckedIn && random.chance(0.25) ? random.pick(['4', '5', '5']) : ''
  return {
    guest_id: fields.guestId,
    name: fields.name,
    first_name: hasSplitName ? firstName : '',
    last_name: hasSplitName ? rest.join(' ') : '',
    email: fields.email,
    phone_number: '',
    created_at: fields.createdAt,
    approval_status: fields.status,
    checked_in_at: fields.isCheckedIn
      ? isoBetween(startMs - 15 * MINUTE_MS, startMs + 75 * MINUTE_MS)
      : '',
    custom_source: '',
    ...tracking(),
    referred_by: '',
    qr_code_url: `${checkInUrl}?pk=g-${random.token(15, ALPHANUMERIC)}`,
    amount: '',
    amount_tax: '',
    amount_discount: '',
    currency: '',
    coupon_code: '',
    eth_address: '',
    solana_address: '',
    survey_response_rating: rating,
    survey_response_feedback: rating === '' ? '' : random.pick(FEEDBACK),
    ticket_type_id: ticketTypeId,
    ticket_name: 'General admission',
    [BUILDING_QUESTION]: fields.answers[BUILDING_QUESTION] ?? '',
    [DEMO_QUESTION]: fields.answers[DEMO_QUESTION] ?? '',
  }
}

/** `Lena.Fischer@Mailbox.example`: how some people type their address, to show normalising. */
function typedCapitalised(email: string): string {
  return email
    .split(/([.@])/)
    .map((part) => part.slice(0, 1).toUpperCase() + part.slice(1))
    .join('')
}

function lumaRows(): LumaRow[] {
  // After the night: a guest cancelled on the day, and the first on the waitlist got the seat.
  const cancelledId = eventRegistrations.findLast((row) => row.status === 'going')?.id
  const promotedId = eventRegistrations.find((row) => row.status === 'waitlist')?.id
  const capitalisedId = eventRegistrations.find((row) =>
    /^[a-z]+\.[a-z]+@/.test(personOf(row).emails[0] ?? ''),
  )?.id
  const rows = eventRegistrations.map((registration) => {
    const person = personOf(registration)
    const primary = person.emails[0] ?? ''
    const lumaStatus =
      registration.id === cancelledId
        ? 'declined'
        : registration.status === 'going' || registration.id === promotedId
          ? 'approved'
          : registration.status
    return lumaRow({
      guestId: registration.sourceKey,
      name: person.name,
      email: registration.id === capitalisedId ? typedCapitalised(primary) : primary,
      createdAt: registration.registeredAt,
      status: lumaStatus,
      isCheckedIn: lumaStatus === 'approved' && random.chance(0.72),
      answers: registration.answers,
    })
  })

  const lastMinuteFromMs = startMs - 6 * DAY_MS
  const pastAttendees = people.filter(
    (person) =>
      !registeredIds.has(person.id) &&
      person.emails.length > 0 &&
      registrations.some((row) => row.personId === person.id && row.attendance === 'checked-in'),
  )
  const byPrimaryEmail = pastAttendees.filter((person) => person.emails.length === 1).slice(0, 2)
  const bySecondEmail = pastAttendees.filter((person) => person.emails.length === 2).slice(0, 1)
  for (const person of byPrimaryEmail) {
    rows.push(returningRow(person, person.emails[0] ?? '', lastMinuteFromMs))
  }
  for (const person of bySecondEmail) {
    rows.push(returningRow(person, person.emails[1] ?? '', lastMinuteFromMs))
  }

  for (const answer of NEW_BUILDING_ANSWERS) {
    const identity = identities.nextIdentity()
    rows.push(
      lumaRow({
        guestId: `gst-${random.token(15, ALPHANUMERIC)}`,
        name: identity.name,
        email: identities.emailFor(identity, random.chance(0.5) ? 'work' : 'personal'),
        createdAt: isoBetween(lastMinuteFromMs, startMs - 3 * HOUR_MS),
        status: 'approved',
        isCheckedIn: random.chance(0.6),
        answers: { [BUILDING_QUESTION]: answer },
      }),
    )
  }
  return rows.sort((a, b) => a.created_at.localeCompare(b.created_at))
}

function returningRow(person: Person, email: string, fromMs: number): LumaRow {
  return lumaRow({
    guestId: `gst-${random.token(15, ALPHANUMERIC)}`,
    name: person.name,
    email,
    createdAt: isoBetween(fromMs, startMs - 3 * HOUR_MS),
    status: 'approved',
    isCheckedIn: true,
    answers: {},
  })
}

function meetupDate(ms: number): string {
  const date = new Date(ms)
  const pad = (value: number): string => String(value).padStart(2, '0')
  return `${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/${date.getUTCFullYear()}`
}

function meetupRow(fields: {
  name: string
  userId: string
  isHost: boolean
  rsvp: 'Yes' | 'No' | 'Waitlist'
  joinedMs: number
}): MeetupRow {
  const rsvpMs = Math.max(fields.joinedMs, startMs - random.int(2, 20) * DAY_MS)
  return {
    Name: fields.name,
    'User ID': `user ${fields.userId}`,
    Title: fields.isHost ? 'Co-organizer' : '',
    'Event Host': fields.isHost ? 'Yes' : 'No',
    RSVP: fields.rsvp,
    Guests: fields.rsvp === 'Yes' && random.chance(0.1) ? '1' : '0',
    'RSVPed on': meetupDate(rsvpMs),
    'Joined Group on': meetupDate(fields.joinedMs),
    'URL of Member Profile': `${MEETUP_GROUP_URL}${fields.userId}/`,
    [BUILDING_QUESTION]: random.chance(0.3) ? random.pick(NEW_BUILDING_ANSWERS) : '',
  }
}

function meetupRows(): MeetupRow[] {
  const meetupIdOf = (person: Person): string =>
    person.platformIds.find((platformId) => platformId.platform === 'meetup')?.id ?? ''
  const onMeetup = people.filter(
    (person) => meetupIdOf(person) !== '' && !registeredIds.has(person.id),
  )
  const meetupOnly = onMeetup.filter((person) => person.emails.length === 0)
  const tom = meetupOnly.filter((person) => person.name === 'Tom B.')
  const others = meetupOnly.filter((person) => person.name !== 'Tom B.').slice(0, 5)
  const linked = onMeetup.filter((person) => person.emails.length > 0).slice(0, 4)
  const existing = [...tom, ...others, ...linked].map((person, index) =>
    meetupRow({
      name: person.name,
      userId: meetupIdOf(person),
      isHost: index === tom.length + others.length,
      rsvp: index === 2 ? 'No' : 'Yes',
      joinedMs: Date.parse(person.createdAt),
    }),
  )
  const newcomers = Array.from({ length: 10 }, (_, index) =>
    meetupRow({
      name: identities.meetupName(identities.nextIdentity()),
      userId: identities.meetupUserId(),
      isHost: false,
      rsvp: index === 4 ? 'Waitlist' : index === 7 ? 'No' : 'Yes',
      joinedMs: startMs - random.int(10, 700) * DAY_MS,
    }),
  )
  return [...existing, ...newcomers]
}

/** RFC 4180 quoting: only cells that need it, as the platforms do. */
function toCsv(
  header: readonly string[],
  rows: readonly Record<string, string>[],
  eol: string,
): string {
  const cell = (value: string): string =>
    /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
  const lines = [header, ...rows.map((row) => header.map((name) => row[name] ?? ''))]
  return lines.map((line) => line.map(cell).join(',')).join(eol) + eol
}

mkdirSync(OUTPUT_DIRECTORY, { recursive: true })
const luma = lumaRows()
const meetup = meetupRows()
// Luma: UTF-8 with a byte-order mark and CRLF, as it exports; Meetup: plain UTF-8.
writeFileSync(
  join(OUTPUT_DIRECTORY, 'luma-ai-demo-night-15.csv'),
  `\uFEFF${toCsv(LUMA_HEADER, luma, '\r\n')}`,
)
writeFileSync(
  join(OUTPUT_DIRECTORY, 'meetup-ai-demo-night-15.csv'),
  toCsv(MEETUP_HEADER, meetup, '\n'),
)
console.log(
  `Wrote ${luma.length} Luma rows and ${meetup.length} Meetup rows to ${OUTPUT_DIRECTORY}`,
)
