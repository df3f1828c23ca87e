/**
 * The run-of-show: the confirmed demos in order, each with its slot time computed from the event
 * start and the minutes per demo, and the texts an organizer sends (DESIGN.md §1.2).
 */
import type { Demo } from '../domain/demo-schemas'
import type { Event, Person } from '../domain/schemas'
import { addMinutesToWallClock } from '../events/event-time'
import { formatEventWhen } from '../events/format-event'
import { runOrder } from './demo-slots'
import { markdownText } from '../export/markdown-text'

export interface RunOfShowEntry {
  position: number
  demo: Demo
  presenter: string
  /** Venue wall-clock `HH:mm`. */
  startsAt: string
  endsAt: string
}

/** Slot times are clock-face times at the venue, starting at the event's start. */
export function runOfShow(
  event: Event,
  demos: readonly Demo[],
  people: readonly Pick<Person, 'id' | 'name'>[],
): RunOfShowEntry[] {
  const names = new Map(people.map((person) => [person.id, person.name]))
  const minutes = event.demoContract.minutesPerDemo
  return runOrder(demos, event.id).map((demo, index) => ({
    position: index + 1,
    demo,
    presenter: names.get(demo.personId) ?? 'Unknown presenter',
    startsAt: addMinutesToWallClock(event.start, index * minutes).slice(11),
    endsAt: addMinutesToWallClock(event.start, (index + 1) * minutes).slice(11),
  }))
}

/**
 * Markdown pipes and line breaks would break a table row; people type both into titles, and
 * titles from a speaker export may hold HTML, escaped like all typed text.
 */
function cell(text: string): string {
  return markdownText(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim()
}

/** The run-of-show as a Markdown table, for the venue's chat or the MC's notes. */
export function runOfShowMarkdown(event: Event, entries: readonly RunOfShowEntry[]): string {
  const where = markdownText([event.venue, event.city].filter(Boolean).join(', '))
  const lines = [
    `# Run of show — ${markdownText(event.title)}`,
    '',
    `${formatEventWhen(event, 'en-GB')}${where ? ` · ${where}` : ''}`,
    '',
  ]
  if (entries.length === 0) {
    lines.push('_No confirmed demos yet._')
    return `${lines.join('\n')}\n`
  }
  lines.push('| # | Time | Presenter | Demo |', '|---|------|-----------|------|')
  for (const entry of entries) {
    lines.push(
      `| ${entry.position} | ${entry.startsAt}–${entry.endsAt} | ${cell(entry.presenter)} | ${cell(entry.demo.title)} |`,
    )
  }
  return `${lines.join('\n')}\n`
}

/** What a presenter needs to know: their slot, its length, and the expectations as written. */
export function presenterBrief(event: Event, entry: RunOfShowEntry): string {
  const contract = event.demoContract
  const where = [event.venue, event.city].filter(Boolean).join(', ')
  const lines = [
    `Hi ${entry.presenter.split(' ')[0] ?? entry.presenter},`,
    '',
    `you are demoing “${entry.demo.title}” at ${event.title}.`,
    '',
    `When: ${formatEventWhen(event, 'en-GB')}${where ? `, ${where}` : ''}`,
    `Your slot: #${entry.position}, ${entry.startsAt}–${entry.endsAt} (${contract.minutesPerDemo} minutes, setup included)`,
    '',
    'What we expect:',
    contract.expectations.trim(),
  ]
  if (contract.isWipWelcome) {
    lines.push('', 'Work in progress is welcome: it does not have to be finished, it has to run.')
  }
  return `${lines.join('\n')}\n`
}
