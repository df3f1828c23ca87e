/** The people list as a spreadsheet, for organizers who work in Excel or Sheets. */
import type { Event, Person, Registration } from '../domain/schemas'
import { personSummary, summaryContext } from '../identity/people-queries'
import { toSafeCsv } from './csv-safe'

export const PEOPLE_CSV_HEADER = [
  'Name',
  'E-mails',
  'Platform ids',
  'Events attended',
  'First event',
  'Tags',
  'Notes',
] as const

/** Several values in one cell: `; ` reads well and never clashes with the `,` delimiter. */
const LIST_SEPARATOR = '; '

/**
 * People as a safe CSV: name, e-mails, platform ids (`platform:id`), events attended, first event
 * attended, tags, notes (DESIGN.md §2: "Attended" = checked-in where the event has check-in data;
 * where it has none, status `going` counts and is labelled estimated, so the count then reads
 * `3 (estimated)`). Events that have not started by `now` are upcoming: registered, not attended,
 * as the journey funnel counts them. One pass over the registrations, so 50,000 people export in
 * one go.
 */
export function peopleToCsv(
  people: readonly Person[],
  registrations: readonly Registration[],
  events: readonly Event[],
  now: Date,
): string {
  const context = summaryContext(registrations, events, now)
  const byPerson = new Map<string, Registration[]>()
  for (const registration of registrations) {
    const list = byPerson.get(registration.personId)
    if (list === undefined) byPerson.set(registration.personId, [registration])
    else list.push(registration)
  }
  const rows = people.map((person) => {
    const summary = personSummary(person, byPerson.get(person.id) ?? [], context)
    const attended = String(summary.attended.length)
    const first = summary.firstAttended
    return [
      person.name,
      person.emails.join(LIST_SEPARATOR),
      person.platformIds.map((entry) => `${entry.platform}:${entry.id}`).join(LIST_SEPARATOR),
      summary.isEstimated ? `${attended} (estimated)` : attended,
      first === null ? '' : `${first.title} (${first.start.slice(0, 10)})`,
      person.tags.join(LIST_SEPARATOR),
      person.notes,
    ]
  })
  return toSafeCsv(PEOPLE_CSV_HEADER, rows)
}
