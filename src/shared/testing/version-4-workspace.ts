/**
 * A workspace as schema version 4 wrote it, built from the current shapes: version 4 held the
 * data of version 5 and wrote every file as that data's JSON, one object per registration and per
 * person with every key repeated (version 5 only changes how registrations and people are
 * written). Test code only.
 */
import type { Person, Registration } from '../domain/schemas'
import { filesAtVersion } from '../schema/migrations'
import { type ImportRecord, type WorkspaceFileName, type WorkspaceFiles } from '../schema/workspace'
import { makePerson, makeRegistration } from './factories'
import { everythingVersion3Held } from './version-3-workspace'

/** The files version 4 would have written for this workspace, each with its `schemaVersion`. */
export function version4Files(
  files: WorkspaceFiles,
): Partial<Record<WorkspaceFileName, Record<string, unknown>>> {
  const written: Partial<Record<WorkspaceFileName, Record<string, unknown>>> = {}
  for (const name of filesAtVersion(4)) written[name] = { schemaVersion: 4, ...files[name] }
  return written
}

/** Version 4's text of each file: compact for the large ones, indented for the rest, as it wrote. */
export function version4Texts(files: WorkspaceFiles): Record<WorkspaceFileName, string> {
  const compact: ReadonlySet<string> = new Set(['people', 'registrations', 'events'])
  return Object.fromEntries(
    Object.entries(version4Files(files)).map(([name, data]) => [
      name,
      compact.has(name) ? JSON.stringify(data) : JSON.stringify(data, null, 2),
    ]),
  ) as Record<WorkspaceFileName, string>
}

/** A UUID as the app makes them, numbered so a test can name it. */
const uuid = (kind: number, index: number): string =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`

/**
 * Everything version 4 could hold, with what the version 5 encoding has to keep exactly: an
 * import's undo data (people it created, registrations it added, some since deleted, a row it
 * replaced, a person it overwrote), app-made UUIDs beside other ids, answers in different key
 * orders and with keys objects treat specially (a number, `constructor`), several e-mails, platform ids and tags.
 */
export function everythingVersion4Held(now: Date): WorkspaceFiles {
  const files = everythingVersion3Held(now)
  const eventId = files.events.events[0]?.id ?? ''
  const importId = uuid(3, 1)
  const at = now.toISOString()
  const people: Person[] = Array.from({ length: 30 }, (_, index) =>
    makePerson(uuid(1, index), {
      name: index === 7 ? '' : `Guest ${index}`,
      emails:
        index === 3 ? ['guest.3@example.org', 'g3@work.example'] : [`guest.${index}@example.org`],
      platformIds: index % 4 === 0 ? [{ platform: 'meetup', id: `m-${index}` }] : [],
      notes: index === 5 ? 'Builds agents.\nAsked about GPUs.' : '',
      tags: index === 5 ? ['speaker', 'gpu'] : [],
      createdAt: at,
    }),
  )
  const answersOf = (index: number): Record<string, string> => {
    if (index % 5 === 0) return {}
    if (index % 5 === 1) return { Company: 'Acme', 'Job Title': `Role ${index}` }
    if (index % 5 === 2) return { 'Job Title': `Role ${index}`, Company: 'Acme' }
    if (index % 5 === 3) return { constructor: 'x', '2024': 'yes', Company: '' }
    return { 'What are you building?': 'An agent, "mostly"\nand tests' }
  }
  const registrations: Registration[] = people.map((person, index) =>
    makeRegistration({
      id: uuid(2, index),
      eventId,
      personId: person.id,
      platform: 'eventbrite',
      sourceKey: `order-${Math.floor(index / 2)}-${index}`,
      status: index % 9 === 0 ? 'cancelled' : 'going',
      attendance: index % 3 === 0 ? 'checked-in' : 'no-show',
      ticketType: index % 10 === 0 ? 'Speaker' : 'General Admission',
      registeredAt: `2026-11-${String((index % 28) + 1).padStart(2, '0')}T09:00`,
      answers: answersOf(index),
      importId,
    }),
  )
  const replaced = makeRegistration({
    id: 'v3-invited',
    eventId,
    personId: files.people.people[1]?.id ?? '',
    status: 'maybe',
    answers: { Company: 'Before' },
  })
  const overwritten = files.people.people[0] ?? makePerson('nobody')
  const imported: ImportRecord = {
    id: importId,
    eventId,
    fileName: 'eventbrite-attendees.csv',
    platform: 'eventbrite',
    importedAt: at,
    rowCount: 31,
    undo: {
      createdPersonIds: [...people.map((person) => person.id), 'a-person-since-deleted'],
      addedRegistrationIds: [
        ...registrations.slice(0, 10).map((registration) => registration.id),
        'a-registration-since-deleted',
        ...registrations.slice(10).map((registration) => registration.id),
      ],
      replacedRegistrations: [replaced],
      previousPeople: [{ ...overwritten, notes: 'before the import' }],
    },
    undoneAt: null,
  }
  return {
    ...files,
    people: { ...files.people, people: [...files.people.people, ...people] },
    registrations: {
      registrations: [...files.registrations.registrations, ...registrations],
      imports: [...files.registrations.imports, imported],
    },
  }
}
