/**
 * The sample chapter's life after its nights: retros done for every past night but the last (its
 * 48-hour retro is due on first look), follow-ups sent after each, a few intros of which some
 * sparked, and an organizer check-in per night, so the metrics have something to say.
 */
import type { Demo } from '../domain/demo-schemas'
import type { CheckIn, FollowUp, Intro, Journal, Retro } from '../domain/journal-schemas'
import type { Event, Registration } from '../domain/schemas'
import { eventEnd, sortByStart } from '../events/event-time'
import { eventAttendance } from '../metrics/returning-builders'
import { createSeededRandom } from './seeded-random'

const JOURNAL_SEED = 20_241_201
const HOUR_MS = 3_600_000
const RETRO_NOTES = [
  [
    'Seven-minute slots kept the energy up',
    'The HDMI adapter, again',
    'Half the room stayed for hallway demos',
  ],
  ['Screening the week before paid off', 'Sound in the back rows', 'More first-timers than ever'],
  [
    'Two WIP demos got the best questions',
    'Started 15 minutes late',
    'People asked for the slides of a live demo',
  ],
] as const
const ANSWERS = [
  'Shipped the prototype to my team',
  'Started a side project with someone I met',
  'Nothing yet, still exploring',
  'Opened a PR to the eval library from the demo',
] as const

export function buildSampleJournal(input: {
  events: readonly Event[]
  registrations: readonly Registration[]
  demos: readonly Demo[]
  followUpMinimum: number
  now: Date
}): Journal {
  const random = createSeededRandom(JOURNAL_SEED)
  const past = sortByStart(input.events).filter((event) => eventEnd(event) <= input.now)
  const attendance = new Map(
    eventAttendance(past, input.registrations).map((entry) => [
      entry.eventId,
      [...entry.attendees],
    ]),
  )
  const journal: Journal = {
    retros: [],
    followUps: [],
    intros: [],
    checkIns: [],
    doorLog: [],
    stageLog: [],
  }
  past.forEach((event, index) => {
    const end = eventEnd(event).getTime()
    const at = (hours: number) => new Date(Math.min(end + hours * HOUR_MS, input.now.getTime()))
    const came = attendance.get(event.id) ?? []
    const isLast = index === past.length - 1
    if (!isLast) {
      const [worked, broke, surprised] = RETRO_NOTES[index % RETRO_NOTES.length] ?? RETRO_NOTES[0]
      const picks = came.slice(0, 3)
      const retro: Retro = {
        eventId: event.id,
        worked,
        broke,
        surprised,
        inviteNext: came.slice(3, 5),
        followUpPicks: picks.map((personId) => ({
          personId,
          why: 'Asked about demoing next time',
        })),
        completedAt: at(random.int(20, 47)).toISOString(),
        updatedAt: at(20).toISOString(),
      }
      journal.retros.push(retro)
      // Most nights met the follow-up minimum; two fell short, as real cycles do.
      const count = index % 5 === 2 ? input.followUpMinimum - 3 : input.followUpMinimum
      came.slice(0, count).forEach((personId, position) => {
        const sentAt = at(24 + position)
        const answered = random.chance(0.6)
        const followUp: FollowUp = {
          id: `${event.id}-follow-up-${position + 1}`,
          eventId: event.id,
          personId,
          channel: position % 2 === 0 ? 'e-mail' : 'Signal',
          sentOn: sentAt.toISOString().slice(0, 10),
          answer: answered ? (ANSWERS[position % ANSWERS.length] ?? '') : '',
          outcomes: answered
            ? position % 4 === 0
              ? ['shipped']
              : position % 4 === 3
                ? ['built-something']
                : ['nothing-yet']
            : [],
          answeredAt: answered ? at(72).toISOString() : null,
          createdAt: at(22).toISOString(),
        }
        journal.followUps.push(followUp)
      })
    }
    for (let intro = 0; intro < 2 && came.length >= 4; intro += 1) {
      const first = came[random.int(0, came.length - 1)] ?? ''
      const second = came[random.int(0, came.length - 1)] ?? ''
      if (first === second) continue
      const sparked = !isLast && random.chance(0.4)
      const made: Intro = {
        id: `${event.id}-intro-${intro + 1}`,
        personIds: [first, second],
        eventId: event.id,
        byWhom: 'Maria (organizer)',
        at: at(-1).toISOString(),
        sparkedAt: sparked ? at(24 * 10).toISOString() : null,
        sparkNote: sparked ? 'Building a demo together for a coming night' : '',
      }
      journal.intros.push(made)
    }
    const checkIn: CheckIn = {
      eventId: event.id,
      energy: index >= past.length - 3 ? 2 + (index % 2) : random.int(3, 5),
      hours: random.int(8, 18),
      word: ['tired', 'proud', 'busy', 'happy', 'stretched'][index % 5] ?? 'ok',
      at: at(2).toISOString(),
    }
    journal.checkIns.push(checkIn)
  })
  return journal
}
