/**
 * A large Luma guest export that looks like a real one to identity resolution: a few dozen common
 * first names, shared surnames (so "Maria Garcia" is dozens of different people), unique e-mails,
 * phone numbers on most rows, and some true duplicates planted the ways people really register
 * twice. Used by the identity tests and `npm run bench`; deterministic for a given size and seed.
 */
import { createSeededRandom } from '../sample/seeded-random'

const FIRST_NAMES = [
  'Maria',
  'John',
  'David',
  'Michael',
  'Sarah',
  'Anna',
  'James',
  'Laura',
  'Daniel',
  'Emma',
  'Thomas',
  'Julia',
  'Alex',
  'Chris',
  'Sam',
  'Lisa',
  'Mark',
  'Peter',
  'Paul',
  'Nina',
  'Tom',
  'Kate',
  'Robert',
  'Jessica',
  'Ahmed',
  'Wei',
  'Priya',
  'Raj',
  'Olga',
  'Ivan',
  'Lucas',
  'Sofia',
  'Mateo',
  'Lea',
  'Jan',
  'Eva',
  'Ben',
  'Mia',
  'Leon',
  'Hana',
] as const

const LAST_NAMES = [
  'Smith',
  'Garcia',
  'Müller',
  'Kim',
  'Nguyen',
  'Johnson',
  'Schmidt',
  'Lee',
  'Brown',
  'Wang',
  'Rossi',
  'Silva',
  'Patel',
  'Kowalski',
  'Martin',
  'Novak',
  'Jones',
  'Chen',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Baker',
  'Becker',
  'Hoffmann',
  'Schulz',
  'Koch',
  'Richter',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Schmitt',
  'Werner',
  'Krause',
  'Meier',
  'Lehmann',
  'Schmid',
  'Schulze',
  'Maier',
  'Köhler',
  'Herrmann',
  'König',
  'Walter',
  'Mayer',
  'Huber',
  'Kaiser',
  'Fuchs',
  'Peters',
  'Lang',
  'Scholz',
  'Möller',
  'Weiß',
  'Jung',
] as const

const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'gmx.de', 'proton.me'] as const
const WORK_DOMAINS = ['acme.io', 'initech.com', 'globex.dev', 'umbrella.org', 'hooli.xyz'] as const
const SYLLABLES = ['ka', 'ro', 'vi', 'len', 'mar', 'to', 'sha', 'dri', 'el', 'nu', 'zo', 'qui']

export const ROSTER_HEADER =
  'api_id,name,first_name,last_name,email,phone_number,created_at,approval_status,checked_in_at,ticket_name'

/** How a planted duplicate's second row differs from the first. */
export type PlantedKind =
  'work-email' | 'plus-address' | 'same-phone' | 'abbreviated-no-email' | 'rare-name-other-email'

export interface PlantedDuplicate {
  kind: PlantedKind
  /** File lines (the header is line 1) of the two rows of one person. */
  lines: [number, number]
}

export interface Roster {
  csv: string
  rows: number
  planted: PlantedDuplicate[]
}

interface Guest {
  first: string
  last: string
  email: string
  phone: string
}

/**
 * `rows` guest rows, one in `plantEvery` of them a planted second registration of an earlier guest.
 * Common names come from short weighted lists, so most names are shared by several people.
 */
export function realisticRoster(rows: number, { seed = 17, plantEvery = 80 } = {}): Roster {
  const random = createSeededRandom(seed)
  // Zipf-like weights: the first names of each list are much more common than the last ones.
  const firstWeights = FIRST_NAMES.map((_, index) => 1 / (index + 1))
  const lastWeights = LAST_NAMES.map((_, index) => 1 / (index + 1))
  const usedEmails = new Set<string>()
  // How many addresses use each mailbox name (`maria.garcia` at gmail.com and at outlook.com).
  const mailboxNames = new Map<string, number>()
  const usedPhones = new Set<string>()
  const guests: Guest[] = []
  const lines: string[] = [ROSTER_HEADER]
  const planted: PlantedDuplicate[] = []
  const guestLine: number[] = []

  const rareWord = (): string => {
    const word = Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES)).join('')
    return word.charAt(0).toUpperCase() + word.slice(1)
  }
  const ascii = (text: string): string =>
    text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase()
  const uniqueEmail = (first: string, last: string): string => {
    const f = ascii(first)
    const l = ascii(last)
    const patterns = [
      `${f}.${l}`,
      `${f}${l}`,
      `${f.charAt(0)}${l}`,
      `${f}_${l}`,
      `${f}${l.charAt(0)}`,
    ]
    for (let attempt = 0; ; attempt += 1) {
      const local = random.pick(patterns) + (attempt === 0 ? '' : String(random.int(1, 9999)))
      const domain = random.chance(0.7) ? random.pick(MAIL_DOMAINS) : random.pick(WORK_DOMAINS)
      const email = `${local}@${domain}`
      if (!usedEmails.has(email)) {
        usedEmails.add(email)
        mailboxNames.set(local, (mailboxNames.get(local) ?? 0) + 1)
        return email
      }
    }
  }
  const uniquePhone = (): string => {
    for (;;) {
      const digits = String(random.int(100_000_000, 999_999_999))
      if (!usedPhones.has(digits)) {
        usedPhones.add(digits)
        return `+49 1${digits.slice(0, 2)} ${digits.slice(2)}`
      }
    }
  }
  const push = (guest: Guest, name: string, email: string, phone: string): number => {
    const index = lines.length - 1
    const checkedIn = random.chance(0.6) ? `2026-05-${String(random.int(10, 28))}T19:05:00Z` : ''
    lines.push(
      [
        `gst-${index}`,
        name,
        guest.first,
        guest.last,
        email,
        phone,
        `2026-04-${String(random.int(10, 28))}T12:00:00Z`,
        'approved',
        checkedIn,
        'General',
      ].join(','),
    )
    return lines.length
  }

  const kinds: PlantedKind[] = [
    'work-email',
    'plus-address',
    'same-phone',
    'abbreviated-no-email',
    'rare-name-other-email',
  ]
  for (let index = 0; index < rows; index += 1) {
    const plantKind = index > 50 && index % plantEvery === 0 ? kinds[planted.length % 5] : undefined
    if (plantKind !== undefined) {
      const plant = plantedRow(plantKind)
      if (plant !== undefined) {
        planted.push({ kind: plantKind, lines: [plant.firstLine, push(...plant.row)] })
        continue
      }
    }
    // One guest in twenty has a rare name; the rest draw from the common lists.
    const isRare = random.chance(0.05)
    const first = isRare ? rareWord() : (FIRST_NAMES[random.weightedIndex(firstWeights)] ?? 'Sam')
    const last = isRare ? rareWord() : (LAST_NAMES[random.weightedIndex(lastWeights)] ?? 'Lee')
    const guest: Guest = {
      first,
      last,
      email: uniqueEmail(first, last),
      phone: random.chance(0.6) ? uniquePhone() : '',
    }
    guests.push(guest)
    guestLine.push(push(guest, `${first} ${last}`, guest.email, guest.phone))
  }
  return { csv: lines.join('\n') + '\n', rows, planted }

  /** A second row for an earlier guest suited to `kind`, or undefined when none fits yet. */
  function plantedRow(
    kind: PlantedKind,
  ): { firstLine: number; row: [Guest, string, string, string] } | undefined {
    // Walk back from a random earlier guest to the first that suits the kind.
    const start = random.int(0, guests.length - 1)
    for (let step = 0; step < guests.length; step += 1) {
      const position = (start + guests.length - step) % guests.length
      const guest = guests[position]
      const firstLine = guestLine[position]
      if (guest === undefined || firstLine === undefined) continue
      const isRare = !FIRST_NAMES.includes(guest.first as (typeof FIRST_NAMES)[number])
      const name = `${guest.first} ${guest.last}`
      const [local = '', domain = ''] = guest.email.split('@')
      switch (kind) {
        case 'work-email':
          // Registered once privately and once from work, under the same mailbox name: one of
          // their own (`maria.garcia` at five providers is five people; `maria.garcia77` is one).
          if (!/\d/.test(local) || (mailboxNames.get(local) ?? 0) > 1) continue
          return {
            firstLine,
            row: [guest, name, `${local}@${WORK_DOMAINS.find((d) => d !== domain)}`, ''],
          }
        case 'plus-address':
          return { firstLine, row: [guest, name, `${local}+meetup@${domain}`, guest.phone] }
        case 'same-phone':
          if (guest.phone === '') continue
          // A new address and the phone typed without spaces.
          return {
            firstLine,
            row: [
              guest,
              name,
              uniqueEmail(guest.first, guest.last),
              guest.phone.replace(/ /g, '').replace('+49', '0'),
            ],
          }
        case 'abbreviated-no-email':
          // Added by hand at the door as "Kavi R.", as Meetup shows names: a rare first name, so
          // the abbreviation points at few people (a "Tom B." could be any of dozens).
          if (!isRare) continue
          return { firstLine, row: [guest, `${guest.first} ${guest.last.charAt(0)}.`, '', ''] }
        case 'rare-name-other-email':
          if (!isRare) continue
          return { firstLine, row: [guest, name, uniqueEmail(guest.first, guest.last), ''] }
      }
    }
    return undefined
  }
}
