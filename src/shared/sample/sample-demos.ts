/**
 * The sample chapter's demos: three to five presented per past night (some builders come back to
 * demo again), and the coming night part-way through its slot contract — two confirmed, one in
 * screening, one proposed, one declined — so the announce gate has something to say.
 */
import { confirmedDemos } from '../demos/demo-counts'
import type { Demo, DemoState } from '../domain/demo-schemas'
import type { Event, Registration } from '../domain/schemas'
import { eventStart } from '../events/event-time'
import { createSeededRandom, type SeededRandom } from './seeded-random'

const DEMO_SEED = 20_241_105
const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

const DEMO_TITLES = [
  ['Voice agent on a Raspberry Pi', 'Offline speech in, answers out, under 2 W'],
  ['RAG evals in CI', 'Every pull request gets a retrieval score'],
  ['Local-first notes with on-device embeddings', 'Search that works on a plane'],
  ['Agent that files its own bug reports', 'It reads the logs so you do not have to'],
  ['Prompt diffing tool', 'See what changed between two prompt versions, token by token'],
  ['Whisper subtitles for meetup videos', 'The recording of this talk will have them'],
  ['LLM-powered Bahn delay explainer', 'Why your train is late, in plain German'],
  ['Vision model that reads whiteboards', 'Photo in, Markdown out'],
  ['Tiny model, big context', 'A 1B model summarising 200-page PDFs'],
  ['Fine-tuning on a laptop GPU', 'LoRA in 20 minutes, live'],
  ['Browser agent for grant forms', 'Fills the boring parts, asks about the rest'],
  ['Code review bot with receipts', 'Every comment links the line that triggered it'],
  ['Synthetic data for German NER', 'Names, streets and umlauts that look real'],
  ['Cooking assistant with a camera', 'It knows when the onions are done'],
  ['Knowledge graph from Slack threads', 'Who knows what, without asking around'],
  ['Realtime translation for meetups', 'English talk, German captions, one laptop'],
  ['MCP server for our office plants', 'The ficus files its own watering tickets'],
  ['Eval harness in 50 lines', 'Because every team writes one anyway'],
  ['On-device OCR for receipts', 'Expenses without the cloud'],
  ['Multi-agent trip planner', 'Three agents argue, you get an itinerary'],
  ['Small language model for SQL', 'Text to query, checked against the schema'],
  ['AI pair for accessibility audits', 'Finds the missing labels before users do'],
  ['Music stem splitter in the browser', 'WebGPU, no upload'],
  ['Chat with your bike computer', 'Ask your rides questions'],
] as const

export interface SampleDemosInput {
  events: readonly Event[]
  registrations: readonly Registration[]
  /** Answers to the sample's "Would you like to demo…?" question, per person. */
  demoQuestion: string
  now: Date
}

/** Demos for the sample events, and the events with the day their demo target was met. */
export function buildSampleDemos(input: SampleDemosInput): { events: Event[]; demos: Demo[] } {
  const random = createSeededRandom(DEMO_SEED)
  const demos: Demo[] = []
  const presentedBefore: string[] = []
  let titleIndex = 0
  const nextTitle = (): readonly [string, string] => {
    const entry = DEMO_TITLES[titleIndex % DEMO_TITLES.length] ?? DEMO_TITLES[0]
    titleIndex += 1
    return entry
  }

  const events = input.events.map((event) => {
    const attendees = attendeesOf(event.id, input.registrations)
    const willing = attendees.filter(
      (registration) => registration.answers[input.demoQuestion] === 'Yes',
    )
    const created = Date.parse(event.createdAt)
    const at = (offsetMs: number): string =>
      new Date(Math.min(created + offsetMs, input.now.getTime())).toISOString()

    if (event.status === 'planning') {
      const people = pickPresenters(random, willing, attendees, [], 5)
      const plan: DemoState[] = ['confirmed', 'confirmed', 'screening', 'proposed', 'declined']
      plan.forEach((state, index) => {
        const person = people[index]
        if (person === undefined) return
        const [title, pitch] = nextTitle()
        demos.push(sampleDemo(event, person, title, pitch, state, index, at, random))
      })
      return event
    }

    const count = random.int(3, 5)
    const returning = presentedBefore.filter(() => random.chance(0.08))
    const people = pickPresenters(random, willing, attendees, returning, count)
    people.forEach((person, index) => {
      const [title, pitch] = nextTitle()
      demos.push(sampleDemo(event, person, title, pitch, 'presented', index, at, random))
      if (!presentedBefore.includes(person)) presentedBefore.push(person)
    })
    const confirmations = confirmedDemos(demos, event.id)
      .map((demo) => demo.stateHistory.find((entry) => entry.state === 'confirmed')?.at ?? '')
      .sort()
    const metAt = confirmations[event.demoContract.demoTarget - 1] ?? null
    return { ...event, demoTargetMetAt: metAt }
  })
  return { events, demos }
}

function attendeesOf(eventId: string, registrations: readonly Registration[]): Registration[] {
  const own = registrations.filter((registration) => registration.eventId === eventId)
  const hasCheckIns = own.some((registration) => registration.attendance !== 'unknown')
  return own.filter((registration) =>
    hasCheckIns ? registration.attendance === 'checked-in' : registration.status === 'going',
  )
}

/**
 * Returning presenters first (when they came that night), then people who said they would like to
 * demo, then anyone who came.
 */
function pickPresenters(
  random: SeededRandom,
  willing: readonly Registration[],
  attendees: readonly Registration[],
  returning: readonly string[],
  count: number,
): string[] {
  const present = new Set(attendees.map((registration) => registration.personId))
  const chosen = returning.filter((personId) => present.has(personId)).slice(0, 2)
  for (const pool of [willing, attendees]) {
    const rest = pool
      .map((registration) => registration.personId)
      .filter((id) => !chosen.includes(id))
    while (chosen.length < count && rest.length > 0) {
      const [personId] = rest.splice(random.int(0, rest.length - 1), 1)
      if (personId !== undefined && !chosen.includes(personId)) chosen.push(personId)
    }
  }
  return chosen
}

function sampleDemo(
  event: Event,
  personId: string,
  title: string,
  pitch: string,
  state: DemoState,
  index: number,
  at: (offsetMs: number) => string,
  random: SeededRandom,
): Demo {
  const proposedAt = random.int(1, 4) * DAY_MS + index * 7 * HOUR_MS
  const screenedAt = proposedAt + random.int(1, 2) * DAY_MS
  const confirmedAt = screenedAt + random.int(2, 20) * HOUR_MS
  const history: Demo['stateHistory'] = [{ state: 'proposed', at: at(proposedAt) }]
  if (state !== 'proposed') history.push({ state: 'screening', at: at(screenedAt) })
  if (state === 'declined') history.push({ state: 'declined', at: at(confirmedAt) })
  if (state === 'confirmed' || state === 'presented') {
    history.push({ state: 'confirmed', at: at(confirmedAt) })
  }
  if (state === 'presented') {
    history.push({
      state: 'presented',
      at: new Date(eventStart(event).getTime() + (index + 1) * 7 * 60_000).toISOString(),
    })
  }
  const isScreened = state !== 'proposed'
  return {
    id: `${event.id}-demo-${index + 1}`,
    eventId: event.id,
    personId,
    title,
    pitch,
    links: [],
    state,
    stateHistory: history,
    screening: isScreened
      ? {
          checks: {
            'shows-working-thing': state !== 'declined',
            'fits-the-slot': true,
            'own-work': true,
          },
          note: state === 'declined' ? 'Slides only for now; asked to come back with a build.' : '',
        }
      : null,
    waitlistedAt: null,
    runOrder: state === 'confirmed' || state === 'presented' ? index : null,
    createdAt: at(proposedAt),
  }
}
