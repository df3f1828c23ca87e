/**
 * The sample workspace offered on first start: "Berlin AI Builders", a chapter that has run twelve
 * AI demo nights over the past year and is planning the next one. Every date is relative to `now`
 * so that the sample always looks current (the last night ended about a day ago, so its 48-hour
 * retro is due), and a fixed seed makes the same `now` give the same workspace.
 */
import type {
  Event,
  MergeSuggestion,
  Person,
  Platform,
  Registration,
  RegistrationStatus,
} from '../domain/schemas'
import { instantToWallClock, wallClockToInstant } from '../events/event-time'
import { DEFAULT_SETTINGS, emptyWorkspaceFiles, type WorkspaceFiles } from '../schema/workspace'
import { defaultDemoContract } from '../events/event-lifecycle'
import {
  FEATURED_CASUAL_IDENTITY,
  FEATURED_IDENTITIES,
  createIdentityFactory,
  latinIdentity,
  type EmailKind,
  type IdentityFactory,
  type SampleIdentity,
} from './sample-names'
import { capitalise } from '../util/text'
import { buildSampleBoard } from './sample-board'
import { buildSampleDemos } from './sample-demos'
import { buildSampleFeedback } from './sample-feedback'
import { buildSampleJournal } from './sample-journal'
import { createSeededRandom, type SeededRandom } from './seeded-random'

export const SAMPLE_TIME_ZONE = 'Europe/Berlin'
const SAMPLE_SEED = 20_240_314
export const BUILDING_QUESTION = 'What are you building?'
export const DEMO_QUESTION = 'Would you like to demo at a future AI Demo Night?'

type SamplePlatform = Extract<Platform, 'luma' | 'meetup' | 'eventbrite'>

interface EventPlan {
  number: number
  theme: string
  venue: string
  capacity: number
  /** Where the chapter took registrations for that night. */
  platform: SamplePlatform
  registrations: number
  hours: Hours
}

type Hours = readonly [start: string, end: string]
type EventRow = readonly [number, string, string, number, SamplePlatform, number, Hours?]

const EVENING: Hours = ['18:30', '21:30']
const LATE_EVENING: Hours = ['19:00', '22:00']

/**
 * number, theme, venue, capacity, platform, registrations (and hours where not the usual), oldest
 * first. Meetup nights have no check-in data; the two big co-hosted nights used Eventbrite.
 */
const PAST_EVENT_ROWS: readonly EventRow[] = [
  [3, 'Shipping with LLM APIs', 'Kreuzberg Loft', 80, 'luma', 60],
  [4, 'RAG that actually works', 'Spreeufer Studio', 80, 'meetup', 64],
  [5, 'Voice interfaces', 'Kreuzberg Loft', 90, 'luma', 66],
  [6, 'Fine-tuning on a laptop', 'Hinterhof Werkstatt', 90, 'meetup', 70, LATE_EVENING],
  [7, 'Multimodal hacks', 'Neukölln Commons', 100, 'luma', 74],
  [8, 'Evals and guardrails', 'Kreuzberg Loft', 100, 'luma', 80],
  [9, 'Open-weight models', 'Halle am Spreeufer', 150, 'eventbrite', 104],
  [10, 'AI for climate and cities', 'Moabit Makerspace', 110, 'luma', 84],
  [11, 'Small models, big wins', 'Neukölln Commons', 120, 'luma', 88],
  [12, 'Coding agents', 'Gewerbehof Wedding', 150, 'eventbrite', 100, LATE_EVENING],
  [13, 'AI meets hardware', 'Moabit Makerspace', 120, 'luma', 92],
  [14, 'Agents in production', 'Kreuzberg Loft', 120, 'luma', 96],
]
const UPCOMING_EVENT_ROW: EventRow = [15, 'Local-first AI', 'Prenzlauer Atelier', 120, 'luma', 40]

/** Days between consecutive past nights, oldest first: every four or five weeks, a summer break. */
const DAYS_BETWEEN_PAST_EVENTS = [35, 28, 35, 28, 42, 28, 35, 28, 28, 35, 28] as const
const DAYS_TO_UPCOMING_EVENT = 28

/**
 * Evening slots for the latest night, preferred first; a neighbouring slot is used only where the
 * usual one would not end 12–36 hours before `now` (early mornings, daylight-saving weekends).
 */
const LATEST_EVENT_SLOTS: readonly Hours[] = [
  EVENING,
  ['18:00', '21:00'],
  ['19:00', '22:00'],
  ['17:30', '20:30'],
  ['19:30', '22:30'],
]

/** The event each regular first came to; most of the core was there from the start. */
const REGULAR_JOIN_EVENTS = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 6, 7, 7, 8,
] as const

const REGULAR_NOTES = [
  'Runs a weekly LLM paper reading group; great at explaining evals to newcomers.',
  'Offered their office in Mitte as a venue for a future night.',
  'Asks the best questions in Q&A. Has never demoed; worth a personal ask.',
  'Co-founder, hiring ML engineers; happy to sponsor pizza.',
  'Helped with check-in at the door twice.',
  'Built an on-device transcription app; mentioned wanting to demo it.',
]

const BUILDING_ANSWERS = [
  'An eval harness for our RAG pipeline',
  'A voice agent that books appointments',
  'Fine-tuning small models for German legal text',
  'Agentic code review for our monorepo',
  'Nothing yet, here to learn',
  'Multimodal search over a design archive',
  'LLM support triage, in production since spring',
  'A local-first notes app with on-device embeddings',
  'A robot arm with a vision-language model, sorting recycling',
  'Synthetic data generation for tabular ML',
  'Guardrails for a health-care chatbot',
  'Prompt regression tests in CI',
  'Speech-to-text for regional dialects',
  'A browser agent for procurement forms',
  'Tooling to compare open-weight models on our own data',
  'Energy forecasting for a solar co-op, with a small transformer',
  'A tutor for my data-science students',
  'Still exploring, mostly reading papers',
  'A knowledge graph + LLM for museum collections',
  'On-call copilot for Kubernetes incidents',
  'Figma plugin that turns sketches into components',
  'Our startup: contract analysis for SMEs, pre-seed',
]
const DEMO_ANSWERS = ['Yes', 'Maybe later', 'Not yet']

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
const MINUTE_MS = 60_000
const TICKET_TYPES: Record<SamplePlatform, string> = {
  luma: 'General admission',
  eventbrite: 'General Admission',
  meetup: '',
}
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/**
 * People whose nights are fixed: the two pairs behind the merge suggestions (who never came to the
 * same night, which is what makes them plausible as one person) and a featured name.
 */
interface ScriptedPerson {
  key: 'tom-meetup' | 'tom-luma' | 'daniel-personal' | 'daniel-work' | 'misaki'
  identity: SampleIdentity
  /** Shown name where it differs from the identity (Meetup's `First L.`). */
  name?: string
  emails: readonly string[]
  isMeetupOnly: boolean
  tags: readonly string[]
  eventIndexes: readonly number[]
}

const TOM = latinIdentity('Tom', 'Baker')
const DANIEL = latinIdentity('Daniel', 'Weber')
const SCRIPTED_PEOPLE: readonly ScriptedPerson[] = [
  {
    key: 'tom-meetup',
    identity: TOM,
    name: 'Tom B.',
    emails: [],
    isMeetupOnly: true,
    tags: [],
    eventIndexes: [1, 3],
  },
  {
    key: 'tom-luma',
    identity: TOM,
    emails: ['tom.baker@mailbox.example'],
    isMeetupOnly: false,
    tags: ['ml-eng'],
    eventIndexes: [5, 8, 10],
  },
  {
    key: 'daniel-personal',
    identity: DANIEL,
    emails: ['daniel.weber@inbox.example'],
    isMeetupOnly: false,
    tags: [],
    eventIndexes: [2, 4, 6],
  },
  {
    key: 'daniel-work',
    identity: DANIEL,
    emails: ['dweber@vectorhaus.example'],
    isMeetupOnly: false,
    tags: ['founder'],
    eventIndexes: [9, 11],
  },
  {
    key: 'misaki',
    identity: FEATURED_CASUAL_IDENTITY,
    emails: ['misaki.sato@campus.tu-berlin.example'],
    isMeetupOnly: false,
    tags: ['student'],
    eventIndexes: [4, 7, 10],
  },
]

interface EventTimeline {
  plan: EventPlan
  id: string
  date: string
  hours: Hours
  startMs: number
  endMs: number
  createdMs: number
  /** Null for the upcoming night, still in planning. */
  announcedMs: number | null
}

interface DraftPerson {
  id: string
  name: string
  emails: string[]
  meetupUserId: string | null
  tags: string[]
  notes: string
  isRegular: boolean
  isMeetupOnly: boolean
  scripted: ScriptedPerson | null
  /** How likely a casual attendee is to come back; most never do. */
  propensity: number
  firstEventIndex: number
  lastEventIndex: number
  attendedCount: number
  firstRegisteredMs: number
}

type NewPerson = Omit<DraftPerson, 'id' | 'lastEventIndex' | 'attendedCount' | 'firstRegisteredMs'>

interface Roster {
  people: DraftPerson[]
  identities: IdentityFactory
  add: (person: NewPerson) => DraftPerson
}

interface DraftRegistration {
  person: DraftPerson
  registration: Registration
}

/** The sample workspace for a chapter whose last night ended about a day before `now`. */
export function buildSampleWorkspace(now: Date): WorkspaceFiles {
  const random = createSeededRandom(SAMPLE_SEED)
  const timelines = planTimelines(now, random)
  const roster = createRoster(random)
  const registrations = timelines.flatMap((timeline, eventIndex) =>
    registerEvent(random, roster, timeline, eventIndex, now),
  )
  const empty = emptyWorkspaceFiles()
  const withDemos = buildSampleDemos({
    events: timelines.map((timeline) => toEvent(timeline, random, now)),
    registrations,
    demoQuestion: DEMO_QUESTION,
    now,
  })
  const journal = buildSampleJournal({
    events: withDemos.events,
    registrations,
    demos: withDemos.demos,
    followUpMinimum: DEFAULT_SETTINGS.followUpMinimum,
    now,
  })
  return {
    ...empty,
    settings: {
      settings: { ...DEFAULT_SETTINGS, defaultTimeZone: SAMPLE_TIME_ZONE, startedWith: 'sample' },
    },
    events: withDemos,
    people: {
      people: roster.people.map(toPerson),
      tombstones: [],
      mergeSuggestions: mergeSuggestions(roster.people, timelines),
      merges: [],
    },
    registrations: { registrations, imports: [] },
    journal,
    reviews: { ...empty.reviews, ...buildSampleFeedback({ retros: journal.retros, now }) },
    board: {
      board: buildSampleBoard({
        events: withDemos.events,
        registrations,
        demos: withDemos.demos,
        now,
      }),
    },
  }
}

/** The id of the sample event with the given number (`#14` → `sample-evt-14`). */
export function sampleEventId(eventNumber: number): string {
  return `sample-evt-${String(eventNumber).padStart(2, '0')}`
}

/** The scripted people and the core of regulars; casual attendees join night by night. */
function createRoster(random: SeededRandom): Roster {
  const identities = createIdentityFactory(random)
  for (const scripted of SCRIPTED_PEOPLE) {
    identities.reserve({ name: scripted.identity.name, emails: scripted.emails })
  }
  // The Latin spelling too, so that no stranger shares a featured person's transliterated name.
  for (const identity of [...FEATURED_IDENTITIES, FEATURED_CASUAL_IDENTITY]) {
    identities.reserve({ name: identity.name, emails: [] })
    identities.reserve({
      name: `${capitalise(identity.asciiFirst)} ${capitalise(identity.asciiLast)}`,
      emails: [],
    })
  }

  const people: DraftPerson[] = []
  const add = (person: NewPerson): DraftPerson => {
    // Spelled out rather than spread: one object shape for every person keeps the build fast.
    const draft: DraftPerson = {
      id: `sample-person-${String(people.length + 1).padStart(3, '0')}`,
      name: person.name,
      emails: person.emails,
      meetupUserId: person.meetupUserId,
      tags: person.tags,
      notes: person.notes,
      isRegular: person.isRegular,
      isMeetupOnly: person.isMeetupOnly,
      scripted: person.scripted,
      propensity: person.propensity,
      firstEventIndex: person.firstEventIndex,
      lastEventIndex: person.firstEventIndex,
      attendedCount: 0,
      firstRegisteredMs: Number.POSITIVE_INFINITY,
    }
    people.push(draft)
    return draft
  }

  for (const scripted of SCRIPTED_PEOPLE) {
    add({
      name: scripted.name ?? scripted.identity.name,
      emails: [...scripted.emails],
      meetupUserId: scripted.isMeetupOnly ? identities.meetupUserId() : null,
      tags: [...scripted.tags],
      notes: '',
      isRegular: false,
      isMeetupOnly: scripted.isMeetupOnly,
      scripted,
      propensity: 0,
      firstEventIndex: scripted.eventIndexes[0] ?? 0,
    })
  }
  for (const [index, joinIndex] of REGULAR_JOIN_EVENTS.entries()) {
    const identity = FEATURED_IDENTITIES[index] ?? identities.nextIdentity()
    const tags = regularTags(random)
    add({
      name: identity.name,
      emails: personEmails(identities, random, identity, tags, 0.3),
      meetupUserId: null,
      tags,
      notes: REGULAR_NOTES[index - FEATURED_IDENTITIES.length] ?? '',
      isRegular: true,
      isMeetupOnly: false,
      scripted: null,
      propensity: 0,
      firstEventIndex: joinIndex,
    })
  }
  return { people, identities, add }
}

/** One night's registrations: who signed up, in what status, and who was checked in. */
function registerEvent(
  random: SeededRandom,
  roster: Roster,
  timeline: EventTimeline,
  eventIndex: number,
  now: Date,
): Registration[] {
  const { plan } = timeline
  const drafts = chooseRegistrants(random, roster, timeline, eventIndex).map(
    (person, order): DraftRegistration => {
      if (plan.platform === 'meetup' && person.meetupUserId === null) {
        person.meetupUserId = roster.identities.meetupUserId()
      }
      const id = `sample-reg-${plan.number}-${String(order + 1).padStart(3, '0')}`
      return { person, registration: registrationFor(random, timeline, person, id, now) }
    },
  )
  if (plan.platform !== 'meetup' && timeline.announcedMs !== null) {
    markCheckIns(random, drafts, eventIndex)
  }
  for (const { person, registration } of drafts) {
    if (isAttended(registration)) person.attendedCount += 1
    person.lastEventIndex = eventIndex
    person.firstRegisteredMs = Math.min(
      person.firstRegisteredMs,
      Date.parse(registration.registeredAt),
    )
  }
  return drafts.map(({ registration }) => registration)
}

/**
 * Scripted people, then the regulars who have joined by now, then casual attendees coming back
 * (those who showed up before are likelier to), and first-timers for the rest.
 */
function chooseRegistrants(
  random: SeededRandom,
  roster: Roster,
  timeline: EventTimeline,
  eventIndex: number,
): DraftPerson[] {
  const { plan } = timeline
  const isUpcoming = timeline.announcedMs === null
  const registrants = roster.people.filter((person) =>
    person.scripted?.eventIndexes.includes(eventIndex),
  )
  for (const person of roster.people) {
    if (!person.isRegular || person.firstEventIndex > eventIndex) continue
    const isFirstNight = person.firstEventIndex === eventIndex
    if (isFirstNight || random.chance(isUpcoming ? 0.5 : 0.8)) registrants.push(person)
  }

  const minimumFirstTimers = isUpcoming ? 5 : 8
  const returnShare = isUpcoming ? 0.35 : 0.3 + random.next() * 0.08
  const room = plan.registrations - registrants.length - minimumFirstTimers
  const returningCount = Math.max(0, Math.min(Math.round(plan.registrations * returnShare), room))
  const candidates = roster.people.filter(
    (person) =>
      !person.isRegular &&
      person.scripted === null &&
      person.firstEventIndex < eventIndex &&
      (plan.platform === 'meetup' || !person.isMeetupOnly),
  )
  const weights = candidates.map(
    (person) =>
      (person.propensity * (person.attendedCount > 0 ? 1.5 : 0.5)) /
      (1 + 0.35 * (eventIndex - person.lastEventIndex)),
  )
  registrants.push(...sampleWeighted(random, candidates, weights, returningCount))

  while (registrants.length < plan.registrations) {
    registrants.push(roster.add(newcomer(roster.identities, random, plan.platform, eventIndex)))
  }
  return registrants
}

/**
 * Checks in 66–74% of those going, like a real door list: regulars nearly always come, people
 * coming back usually do, first-timers are the likeliest no-shows.
 */
function markCheckIns(
  random: SeededRandom,
  drafts: readonly DraftRegistration[],
  eventIndex: number,
): void {
  const going = drafts.filter(({ registration }) => registration.status === 'going')
  const target = Math.round(going.length * (0.66 + random.next() * 0.08))
  const scripted = going.filter(({ person }) => person.scripted !== null)
  const others = going.filter(({ person }) => person.scripted === null)
  const weights = others.map(({ person }) =>
    person.isRegular ? 4 : person.firstEventIndex < eventIndex ? 1.8 : 1,
  )
  const checkedIn = [
    ...scripted,
    ...sampleWeighted(random, others, weights, target - scripted.length),
  ]
  for (const { registration } of checkedIn) registration.attendance = 'checked-in'
}

/** Each night is created 5–6 weeks ahead and announced about 3 weeks ahead, as organizers do. */
function planTimelines(now: Date, random: SeededRandom): EventTimeline[] {
  const latest = latestEventSlot(now)
  const dates: string[] = [latest.date]
  for (const gap of [...DAYS_BETWEEN_PAST_EVENTS].reverse()) {
    dates.unshift(addDays(dates[0] ?? latest.date, -gap))
  }
  const rows = [...PAST_EVENT_ROWS, UPCOMING_EVENT_ROW]
  return rows.map((row, index) => {
    const plan = toPlan(row)
    const isLatest = index === PAST_EVENT_ROWS.length - 1
    const isUpcoming = index === PAST_EVENT_ROWS.length
    const date = isUpcoming
      ? addDays(latest.date, DAYS_TO_UPCOMING_EVENT)
      : (dates[index] ?? latest.date)
    const hours = isLatest ? latest.hours : plan.hours
    const startMs = wallClockToInstant(`${date}T${hours[0]}`, SAMPLE_TIME_ZONE).getTime()
    const endMs = wallClockToInstant(`${date}T${hours[1]}`, SAMPLE_TIME_ZONE).getTime()
    const createdMs =
      startMs -
      random.int(36, 42) * DAY_MS -
      random.int(2, 8) * HOUR_MS -
      random.int(0, 59) * MINUTE_MS
    const announcedMs =
      startMs -
      random.int(17, 24) * DAY_MS -
      random.int(1, 6) * HOUR_MS -
      random.int(0, 59) * MINUTE_MS
    return {
      plan,
      id: sampleEventId(plan.number),
      date,
      hours,
      startMs,
      endMs,
      createdMs,
      announcedMs: isUpcoming ? null : announcedMs,
    }
  })
}

function toPlan(row: EventRow): EventPlan {
  const [number, theme, venue, capacity, platform, registrations, hours = EVENING] = row
  return { number, theme, venue, capacity, platform, registrations, hours }
}

function latestEventSlot(now: Date): { date: string; hours: Hours } {
  const today = instantToWallClock(now, SAMPLE_TIME_ZONE).slice(0, 10)
  for (const hours of LATEST_EVENT_SLOTS) {
    let best: { date: string; distance: number } | null = null
    for (let daysBack = 1; daysBack <= 3; daysBack += 1) {
      const date = addDays(today, -daysBack)
      const endMs = wallClockToInstant(`${date}T${hours[1]}`, SAMPLE_TIME_ZONE).getTime()
      const hoursAgo = (now.getTime() - endMs) / HOUR_MS
      if (hoursAgo < 12.5 || hoursAgo > 35.5) continue
      const distance = Math.abs(hoursAgo - 24)
      if (best === null || distance < best.distance) best = { date, distance }
    }
    if (best !== null) return { date: best.date, hours }
  }
  // Not reached for any time of 2026–2027 (checked every 10 minutes); a safe default all the same.
  return { date: addDays(today, -1), hours: EVENING }
}

function addDays(date: string, days: number): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

function toEvent(timeline: EventTimeline, random: SeededRandom, now: Date): Event {
  const { plan, startMs, endMs, createdMs, announcedMs } = timeline
  const iso = (ms: number): string => new Date(ms).toISOString()
  const liveMs = startMs - random.int(5, 20) * MINUTE_MS
  // The organizer marks the night done on the way home; never later than `now`.
  const doneMs = Math.min(endMs + random.int(20, 150) * MINUTE_MS, now.getTime())
  const statusHistory: Event['statusHistory'] =
    announcedMs === null
      ? [{ status: 'planning', at: iso(createdMs) }]
      : [
          { status: 'planning', at: iso(createdMs) },
          { status: 'announced', at: iso(announcedMs) },
          { status: 'live', at: iso(liveMs) },
          { status: 'done', at: iso(doneMs) },
        ]
  return {
    id: timeline.id,
    title: `AI Demo Night #${plan.number} — ${plan.theme}`,
    start: `${timeline.date}T${timeline.hours[0]}`,
    end: `${timeline.date}T${timeline.hours[1]}`,
    timeZone: SAMPLE_TIME_ZONE,
    venue: plan.venue,
    city: 'Berlin',
    capacity: plan.capacity,
    status: announcedMs === null ? 'planning' : 'done',
    statusHistory,
    createdAt: iso(createdMs),
    demoContract: defaultDemoContract(DEFAULT_SETTINGS),
    gateOverrides: [],
    demoTargetMetAt: null,
  }
}

function regularTags(random: SeededRandom): string[] {
  const roll = random.next()
  if (roll < 0.45) return random.chance(0.25) ? ['ml-eng', 'founder'] : ['ml-eng']
  if (roll < 0.6) return ['founder']
  if (roll < 0.7) return ['designer']
  if (roll < 0.75) return ['student']
  return []
}

function casualTags(random: SeededRandom): string[] {
  const roll = random.next()
  if (roll < 0.22) return random.chance(0.12) ? ['ml-eng', 'founder'] : ['ml-eng']
  if (roll < 0.3) return ['founder']
  if (roll < 0.4) return ['student']
  if (roll < 0.46) return ['designer']
  return []
}

function personEmails(
  identities: IdentityFactory,
  random: SeededRandom,
  identity: SampleIdentity,
  tags: readonly string[],
  secondEmailChance: number,
): string[] {
  const kind: EmailKind = tags.includes('student')
    ? 'student'
    : random.chance(0.35)
      ? 'work'
      : 'personal'
  const emails = [identities.emailFor(identity, kind)]
  if (random.chance(secondEmailChance)) {
    emails.push(identities.emailFor(identity, kind === 'work' ? 'personal' : 'work'))
  }
  return emails
}

function newcomer(
  identities: IdentityFactory,
  random: SeededRandom,
  platform: SamplePlatform,
  eventIndex: number,
): NewPerson {
  const identity = identities.nextIdentity()
  const propensity = [0.3, 0.8, 1.6][random.weightedIndex([60, 30, 10])] ?? 0.3
  // Meetup exports carry no e-mail: a member never seen on Luma stays a Meetup-only person.
  const isMeetupOnly = platform === 'meetup' && random.chance(0.55)
  const tags = isMeetupOnly ? [] : casualTags(random)
  return {
    name: isMeetupOnly ? identities.meetupName(identity) : identity.name,
    emails: isMeetupOnly ? [] : personEmails(identities, random, identity, tags, 0.08),
    meetupUserId: null,
    tags,
    notes: '',
    isRegular: false,
    isMeetupOnly,
    scripted: null,
    propensity,
    firstEventIndex: eventIndex,
  }
}

function sampleWeighted<T>(
  random: SeededRandom,
  items: readonly T[],
  weights: readonly number[],
  count: number,
): T[] {
  const remaining = [...weights]
  let total = remaining.reduce((sum, weight) => sum + weight, 0)
  const chosen: T[] = []
  while (chosen.length < count && total > 0) {
    let target = random.next() * total
    let index = 0
    for (; index < remaining.length - 1; index += 1) {
      target -= remaining[index] ?? 0
      if (target < 0) break
    }
    // Rounding can run the scan off the end onto an item already taken; step back to a free one.
    while (index > 0 && remaining[index] === 0) index -= 1
    const item = items[index]
    if (item === undefined) break
    chosen.push(item)
    total -= remaining[index] ?? 0
    remaining[index] = 0
  }
  return chosen
}

/** A registration as the platform's export would give it; check-ins are marked per night after. */
function registrationFor(
  random: SeededRandom,
  timeline: EventTimeline,
  person: DraftPerson,
  id: string,
  now: Date,
): Registration {
  const { plan } = timeline
  const isUpcoming = timeline.announcedMs === null
  const status =
    person.scripted !== null
      ? 'going'
      : registrationStatus(random, plan.platform, person, isUpcoming)
  const hasCheckInData = plan.platform !== 'meetup' && !isUpcoming
  const answers: Record<string, string> = {}
  if (random.chance(person.isRegular ? 0.5 : 0.3)) {
    answers[BUILDING_QUESTION] = random.pick(BUILDING_ANSWERS)
    if (random.chance(0.5)) answers[DEMO_QUESTION] = random.pick(DEMO_ANSWERS)
  }
  return {
    id,
    eventId: timeline.id,
    personId: person.id,
    platform: plan.platform,
    sourceKey: sourceKey(random, plan.platform, person),
    status,
    attendance: hasCheckInData ? 'no-show' : 'unknown',
    ticketType: TICKET_TYPES[plan.platform],
    registeredAt: new Date(registeredAtMs(random, timeline, person, now)).toISOString(),
    answers,
    importId: null,
  }
}

function registrationStatus(
  random: SeededRandom,
  platform: SamplePlatform,
  person: DraftPerson,
  isUpcoming: boolean,
): RegistrationStatus {
  if (isUpcoming) return random.chance(0.93) ? 'going' : 'waitlist'
  const statuses: Record<SamplePlatform, readonly RegistrationStatus[]> = {
    luma: ['going', 'waitlist', 'declined'],
    meetup: ['going', 'waitlist', 'declined'],
    eventbrite: ['going', 'cancelled'],
  }
  const weights: Record<SamplePlatform, readonly number[]> = person.isRegular
    ? { luma: [95, 3, 2], meetup: [95, 2, 3], eventbrite: [96, 4] }
    : { luma: [86, 8, 6], meetup: [85, 5, 10], eventbrite: [89, 11] }
  return statuses[platform][random.weightedIndex(weights[platform])] ?? 'going'
}

function sourceKey(random: SeededRandom, platform: SamplePlatform, person: DraftPerson): string {
  if (platform === 'luma') return `gst-${random.token(15, ALPHANUMERIC)}`
  if (platform === 'eventbrite') {
    return `${random.int(1_000_000_000, 9_999_999_999)}-${random.int(1_000_000_000, 9_999_999_999)}`
  }
  // A Meetup RSVP has no key of its own: one member, one RSVP per event.
  return person.meetupUserId ?? ''
}

function registeredAtMs(
  random: SeededRandom,
  timeline: EventTimeline,
  person: DraftPerson,
  now: Date,
): number {
  const roll = random.next()
  const position = random.next()
  const { createdMs, announcedMs, startMs } = timeline
  if (announcedMs === null) {
    // Soft launch: the page went out to the community list before the public announcement.
    return createdMs + position * (Math.min(startMs, now.getTime()) - HOUR_MS - createdMs)
  }
  const lastMinuteMs = startMs - 2 * DAY_MS
  if (roll < (person.isRegular ? 0.15 : 0.05)) {
    return createdMs + position * (announcedMs - createdMs)
  }
  if (roll < 0.75) return announcedMs + position * (lastMinuteMs - announcedMs)
  return lastMinuteMs + position * (2 * DAY_MS - HOUR_MS)
}

/** DESIGN.md §2: checked in where the night has check-in data, otherwise going. */
function isAttended(registration: Registration): boolean {
  if (registration.attendance === 'unknown') return registration.status === 'going'
  return registration.attendance === 'checked-in'
}

function toPerson(draft: DraftPerson): Person {
  return {
    id: draft.id,
    name: draft.name,
    emails: draft.emails,
    platformIds:
      draft.meetupUserId === null ? [] : [{ platform: 'meetup', id: draft.meetupUserId }],
    notes: draft.notes,
    tags: draft.tags,
    createdAt: new Date(draft.firstRegisteredMs).toISOString(),
  }
}

/** Worded as the identity rules word the suggestions an import makes, so both read alike. */
function mergeSuggestions(
  people: readonly DraftPerson[],
  timelines: readonly EventTimeline[],
): MergeSuggestion[] {
  const scripted = (key: ScriptedPerson['key']): DraftPerson => {
    const person = people.find((candidate) => candidate.scripted?.key === key)
    if (person === undefined) throw new Error(`Scripted person ${key} is missing`)
    return person
  }
  const nights = (key: ScriptedPerson['key']): string =>
    (SCRIPTED_PEOPLE.find((entry) => entry.key === key)?.eventIndexes ?? [])
      .map((index) => `#${timelines[index]?.plan.number ?? '?'}`)
      .join(', ')
  const neverTogether = (first: ScriptedPerson['key'], second: ScriptedPerson['key']): string =>
    `never at the same night (${nights(first)}; ${nights(second)})`
  const tomMeetup = scripted('tom-meetup')
  const tomLuma = scripted('tom-luma')
  const danielPersonal = scripted('daniel-personal')
  const danielWork = scripted('daniel-work')
  return [
    {
      id: 'sample-suggestion-1',
      personIds: [tomMeetup.id, tomLuma.id],
      evidence: [
        '“Tom B.” abbreviates Luma name “Tom Baker”',
        'no e-mail known for “Tom B.”',
        neverTogether('tom-meetup', 'tom-luma'),
      ],
      createdAt: new Date(tomLuma.firstRegisteredMs).toISOString(),
      status: 'open',
    },
    {
      id: 'sample-suggestion-2',
      personIds: [danielPersonal.id, danielWork.id],
      evidence: [
        'same name “Daniel Weber”',
        `different e-mails: ${[...danielPersonal.emails, ...danielWork.emails].join(' and ')}`,
        neverTogether('daniel-personal', 'daniel-work'),
      ],
      createdAt: new Date(danielWork.firstRegisteredMs).toISOString(),
      status: 'open',
    },
  ]
}
