/**
 * The retro summary (DESIGN.md §1.5: "a folder of them is the program's history"): the event, its
 * numbers, the retro and the follow-ups, as Markdown an organizer can paste or keep.
 */
import type { Demo } from '../domain/demo-schemas'
import type { FollowUp, FollowUpOutcome, Journal } from '../domain/journal-schemas'
import type { Event, Person, Registration } from '../domain/schemas'
import { eventStart } from '../events/event-time'
import { formatEventWhen } from '../events/format-event'
import { registrationCounts } from '../events/registration-counts'
import { returningBuilderRates } from '../metrics/returning-builders'
import { markdownText } from '../export/markdown-text'
import { retroStatus, describeRetroStatus } from './retro-deadline'

export interface RetroSummaryInput {
  event: Event
  events: readonly Event[]
  registrations: readonly Registration[]
  people: readonly Pick<Person, 'id' | 'name'>[]
  demos: readonly Demo[]
  journal: Journal
  now: Date
}

/** How each follow-up outcome tag reads in a sentence. */
export const OUTCOME_WORDS: Record<FollowUpOutcome, string> = {
  'built-something': 'built something',
  'joined-a-team': 'joined a team',
  shipped: 'shipped',
  'nothing-yet': 'nothing yet',
}

export function retroSummaryMarkdown(input: RetroSummaryInput): string {
  const { event } = input
  const names = new Map(input.people.map((person) => [person.id, person.name]))
  // Names come from ticketing exports and text from the organizer: both are escaped.
  const nameOf = (id: string) => markdownText(names.get(id) ?? 'Deleted person')
  const counts = registrationCounts(input.registrations, event.id)
  const rate = returningBuilderRates(
    input.events.filter((candidate) => eventStart(candidate) <= eventStart(event)),
    input.registrations,
  ).find((entry) => entry.eventId === event.id)
  const presented = input.demos.filter(
    (demo) => demo.eventId === event.id && demo.state === 'presented',
  )
  const retro = input.journal.retros.find((entry) => entry.eventId === event.id)
  const followUps = input.journal.followUps.filter((entry) => entry.eventId === event.id)
  const estimated = rate?.isEstimated ? ' (estimated: no check-in data)' : ''
  const where = markdownText([event.venue, event.city].filter(Boolean).join(', '))

  const lines = [
    `# Retro — ${markdownText(event.title)}`,
    '',
    `${formatEventWhen(event, 'en-GB')}${where ? ` · ${where}` : ''}`,
    `Retro: ${describeRetroStatus(retroStatus(event, retro, input.now))}`,
    '',
    '## Numbers',
    '',
    `- Registered: ${counts.registered}`,
    `- Attended: ${rate?.attendees ?? 0}${estimated}`,
    `- First-timers: ${rate?.firstTimers ?? 0}`,
    `- Returning: ${rate?.returning ?? 0}`,
    `- Demos presented: ${presented.length}`,
    ...presented.map((demo) => `  - ${markdownText(demo.title)} — ${nameOf(demo.personId)}`),
    '',
    '## What worked',
    '',
    text(retro?.worked),
    '',
    '## What broke',
    '',
    text(retro?.broke),
    '',
    '## What surprised us',
    '',
    text(retro?.surprised),
    '',
    '## Invite next time',
    '',
    ...list((retro?.inviteNext ?? []).map(nameOf)),
    '',
    '## Follow up with, and why',
    '',
    ...list(
      (retro?.followUpPicks ?? []).map(
        (pick) => `${nameOf(pick.personId)} — ${markdownText(pick.why.trim())}`,
      ),
    ),
    '',
    `## Follow-ups (${followUps.filter((entry) => entry.sentOn !== null).length} sent)`,
    '',
    ...list(followUps.map((entry) => followUpLine(entry, nameOf(entry.personId)))),
  ]
  return `${lines.join('\n')}\n`
}

function text(value: string | undefined): string {
  const trimmed = value?.trim() ?? ''
  return trimmed === '' ? '_Not written._' : markdownText(trimmed)
}

function list(items: readonly string[]): string[] {
  return items.length === 0 ? ['_Nobody yet._'] : items.map((item) => `- ${item}`)
}

function followUpLine(followUp: FollowUp, name: string): string {
  const sent =
    followUp.sentOn === null
      ? 'not sent yet'
      : `sent ${followUp.sentOn}${followUp.channel ? ` by ${markdownText(followUp.channel)}` : ''}`
  const outcomes = followUp.outcomes.map((outcome) => OUTCOME_WORDS[outcome]).join(', ')
  const answer = markdownText(followUp.answer.trim().replace(/\s*\n\s*/g, ' '))
  return [`${name} — ${sent}`, outcomes, answer ? `“${answer}”` : ''].filter(Boolean).join(' · ')
}
